/**
 * Sponsor CRM demo data: companies with their contacts and past sponsorships, the packages each upcoming
 * event sells, and a few deals already in a pipeline. Northwind's companies are varied on purpose so the
 * matching engine has something to rank: developer-tools companies with a technology sponsorship
 * history fit DevConf Lisbon, Midwest beverage, instrument and food companies with a music history fit
 * Riverside Jazz Fest, and many fit neither. Deterministic for a plan's seed. Idempotent: an
 * organization that already has sponsor companies is left alone.
 */
import { randomUUID } from "node:crypto";
import { fakerEN as faker, fakerDE, fakerES, fakerFR, fakerNL, fakerPT_PT } from "@faker-js/faker";
import type { DbOrTx } from "@/lib/db/client";
import type { Event, Prisma } from "@/lib/db/generated/client";
import type { DealStage, Seniority } from "@/lib/db/generated/enums";
import { daysFrom } from "./factories";

type Person = { first: string; last: string };

const fromFaker = (locale: typeof faker) => (): Person => ({
  first: locale.person.firstName(),
  last: locale.person.lastName(),
});
/** Draws from space-separated first and last names. */
const fromLists = (first: string, last: string) => (): Person => ({
  first: faker.helpers.arrayElement(first.split(" ")),
  last: faker.helpers.arrayElement(last.split(" ")),
});

/** faker's English locales share made-up surnames, so English-speaking regions draw from these lists. */
const US_PEOPLE = fromLists(
  "Emily Michael Jessica David Ashley Chris Megan Ryan Lauren Kevin Rachel Brian Tyler Nicole Marcus Hannah Jordan " +
    "Olivia Andre Sarah Luis Dana",
  "Johnson Miller Anderson Nelson Schultz Kowalski Garcia Thompson Olson Reyes Novak Washington Carter Lindqvist " +
    "Murphy Nguyen Brooks Hernandez Peterson Wright",
);
const UK_PEOPLE = fromLists(
  "Oliver Amelia Harry Isla George Olivia Jack Sophie Thomas Grace Alfie Hannah Priya James Chloe Samuel Freya " +
    "Arjun Lucy Callum Ellie Kwame",
  "Smith Jones Taylor Davies Wright Evans Walker Roberts Clarke Hughes Patel Hall Campbell Stewart Morgan Khan " +
    "Turner Mensah Price Fraser Shaw",
);
const IRISH_PEOPLE = fromLists(
  "Aoife Ciarán Niamh Seán Siobhán Conor Róisín Darragh Orla Eoin Sinéad Cian Clodagh Pádraig Saoirse Declan Maeve " +
    "Oisín Gráinne Fionn Aisling Rory",
  "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan Doyle McCarthy Gallagher Nolan Kennedy Lynch Quinn Brennan " +
    "Fitzgerald Kavanagh Moran Dunne Hegarty",
);

type Region = {
  /** ISO 3166 code, as events store theirs. */
  country: string;
  cities: string[];
  currency: string;
  tld: string;
  /** First words for the names of local businesses. */
  places: string[];
  person: () => Person;
};

const REGIONS = {
  portugal: {
    country: "PT",
    cities: ["Lisbon", "Lisbon", "Porto", "Braga", "Coimbra"],
    currency: "EUR",
    tld: "pt",
    places: ["Tejo", "Douro", "Alfama", "Belém", "Sintra", "Minho", "Ribeira", "Chiado", "Arrábida", "Mondego"],
    person: fromFaker(fakerPT_PT),
  },
  spain: {
    country: "ES",
    cities: ["Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"],
    currency: "EUR",
    tld: "es",
    places: ["Ribera", "Turia", "Sierra", "Levante", "Montjuïc", "Triana", "Gràcia", "Malasaña", "Cantábrico"],
    person: fromFaker(fakerES),
  },
  germany: {
    country: "DE",
    cities: ["Berlin", "Munich", "Hamburg", "Cologne", "Stuttgart"],
    currency: "EUR",
    tld: "de",
    places: ["Spree", "Isar", "Elbe", "Alster", "Rhein", "Harz", "Mosel", "Kreuzberg", "Allgäu"],
    person: fromFaker(fakerDE),
  },
  netherlands: {
    country: "NL",
    cities: ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"],
    currency: "EUR",
    tld: "nl",
    places: ["Amstel", "Jordaan", "Maas", "Vondel", "Delfshaven", "Zuidas"],
    person: fromFaker(fakerNL),
  },
  france: {
    country: "FR",
    cities: ["Paris", "Lyon", "Bordeaux", "Nantes"],
    currency: "EUR",
    tld: "fr",
    places: ["Seine", "Marais", "Rhône", "Belleville", "Garonne", "Montmartre"],
    person: fromFaker(fakerFR),
  },
  uk: {
    country: "GB",
    cities: ["London", "London", "Manchester", "Bristol", "Edinburgh", "Leeds"],
    currency: "GBP",
    tld: "co.uk",
    places: ["Thames", "Camden", "Pennine", "Mersey", "Clifton", "Cotswold", "Shoreditch", "Severn"],
    person: UK_PEOPLE,
  },
  midwest: {
    country: "US",
    cities: ["Chicago", "Chicago", "Milwaukee", "Detroit", "Minneapolis", "Indianapolis", "Columbus", "Madison"],
    currency: "USD",
    tld: "com",
    places: ["Lakeshore", "Prairie", "Northside", "Riverbend", "Heartland", "Lakefront", "Fox River", "Bucktown"],
    person: US_PEOPLE,
  },
  usa: {
    country: "US",
    cities: ["San Francisco", "Seattle", "Austin", "New York", "Boston", "Denver"],
    currency: "USD",
    tld: "com",
    places: ["Pacific", "Cascade", "Hudson", "Golden Gate", "Rocky Ridge", "Bay Street"],
    person: US_PEOPLE,
  },
  ireland: {
    country: "IE",
    cities: ["Dublin", "Dublin", "Cork", "Galway", "Kilkenny", "Wicklow", "Wexford"],
    currency: "EUR",
    tld: "ie",
    places: ["Liffey", "Howth", "Claddagh", "Kinsale", "Burren", "Connemara", "Dalkey", "Dingle", "Boyne", "Achill"],
    person: IRISH_PEOPLE,
  },
  northernIreland: {
    country: "GB",
    cities: ["Belfast", "Derry", "Newry"],
    currency: "GBP",
    tld: "co.uk",
    places: ["Lagan", "Mourne", "Antrim", "Strangford", "Causeway"],
    person: UK_PEOPLE,
  },
} satisfies Record<string, Region>;

type RegionKey = keyof typeof REGIONS;

type PastSponsorshipSpec = { eventName: string; year: number; tier: string; amount: number; eventIndustry: string };

/** One company; amounts are in whole units of its region's currency. */
export type CompanySpec = {
  name: string;
  domain: string;
  industry: string;
  audiences: string[];
  region: RegionKey;
  city: string;
  budgetMin: number;
  budgetMax: number;
  employees: number;
  description: string;
  history: PastSponsorshipSpec[];
};

/** How to make up the companies of one industry. Lists with repeated entries weigh the draw. */
type IndustryProfile = {
  industry: string;
  count: number;
  regions: RegionKey[];
  /** Made-up first words of the names; without them names start with a place of the region. */
  prefixes?: string[];
  /** Second words of the names, with what a company of that name does (lower-case ones are joined). */
  kinds: [suffix: string, offering: string][];
  /** Every company wants the first audience, and one or two of the others. */
  audiences: [primary: string, ...others: string[]];
  /** The range of the usual minimum spend on one sponsorship. */
  budget: [number, number];
  employees: [number, number];
  /** The kinds of events they sponsored before: keys of the plan's past events. */
  history: string[];
  /** Top-level domains to use instead of the region's. */
  tlds?: string[];
};

type PackageSpec = { tier: string; name: string; price: number; spots: number; benefits: string[] };

type DealSpec = {
  event: string;
  domain: string;
  tier: string;
  stage: DealStage;
  daysAgo: number;
  note: string;
  nextAction: string;
  nextActionInDays: number;
};

export type SponsorPlan = {
  seed: number;
  /** Hand-written companies (the ones the deals are with), created before the made-up ones. */
  featured: CompanySpec[];
  profiles: IndustryProfile[];
  /** Names of past events by the kind of event (its industry). */
  pastEvents: Record<string, string[]>;
  /** Packages by event slug, in the event's currency. */
  packages: Record<string, PackageSpec[]>;
  deals: DealSpec[];
  optedOut: { unsubscribed: number; suppressed: number };
};

const TITLES: Record<Seniority, string[]> = {
  c_level: ["CEO", "Founder", "Co-founder", "Chief Marketing Officer"],
  vp: ["VP Marketing", "VP Partnerships", "VP Brand", "VP Communications"],
  director: ["Marketing Director", "Director of Partnerships", "Head of Sponsorships", "Head of Brand"],
  manager: ["Partnerships Manager", "Event Marketing Manager", "Brand Manager", "Community Manager"],
  individual: ["Marketing Coordinator", "Partnerships Associate", "Events Specialist", "Social Media Specialist"],
};
const SENIORITY_DRAW: Seniority[] = ["c_level", "vp", "director", "director", "manager", "manager", "individual"];
/** Small businesses have no VPs or directors: the founder, a manager, someone in marketing. */
const SMALL_BUSINESS_SENIORITY_DRAW: Seniority[] = ["c_level", "c_level", "manager", "individual"];
const TIERS: [share: number, tier: string][] = [
  [0.9, "platinum"],
  [0.6, "gold"],
  [0.35, "silver"],
  [0, "community"],
];

/** Letters and digits only, accents dropped: "Montjuïc Brewing" → "MontjuicBrewing". */
const ascii = (text: string) => text.normalize("NFD").replace(/[^a-zA-Z0-9]/g, "");
const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

function pastSponsorships(plan: SponsorPlan, profile: IndustryProfile, budgetMax: number): PastSponsorshipSpec[] {
  const count = faker.helpers.arrayElement([0, 0, 1, 1, 2, 2, 3, 4]);
  return Array.from({ length: count }, () => {
    const eventIndustry = faker.helpers.arrayElement(profile.history);
    const amount = roundTo(budgetMax * faker.number.float({ min: 0.2, max: 1 }), 500);
    const tier = TIERS.find(([share]) => amount >= budgetMax * share)?.[1] ?? "community";
    return {
      eventName: faker.helpers.arrayElement(plan.pastEvents[eventIndustry] ?? []),
      year: faker.number.int({ min: 2022, max: 2025 }),
      tier,
      amount,
      eventIndustry,
    };
  });
}

function madeUpCompanies(plan: SponsorPlan): CompanySpec[] {
  const taken = new Set(plan.featured.flatMap((company) => [company.name, company.domain]));
  const companies: CompanySpec[] = [];
  for (const profile of plan.profiles) {
    for (let made = 0; made < profile.count; ) {
      const regionKey = faker.helpers.arrayElement(profile.regions);
      const region = REGIONS[regionKey];
      const [suffix, offering] = faker.helpers.arrayElement(profile.kinds);
      const first = faker.helpers.arrayElement(profile.prefixes ?? region.places);
      const name = /^[a-z]/.test(suffix) ? `${first}${suffix}` : `${first} ${suffix}`;
      const tld = profile.tlds ? faker.helpers.arrayElement(profile.tlds) : region.tld;
      const domain = `${ascii(name.replace(/ Co\.$/, "")).toLowerCase()}.${tld}`;
      if (taken.has(name) || taken.has(domain)) continue;
      taken.add(name).add(domain);
      made += 1;
      const city = faker.helpers.arrayElement(region.cities);
      const budgetMin = roundTo(faker.number.int({ min: profile.budget[0], max: profile.budget[1] }), 500);
      const budgetMax = roundTo(budgetMin * faker.number.float({ min: 1.4, max: 2.5 }), 500);
      const [primary, ...others] = profile.audiences;
      companies.push({
        name,
        domain,
        industry: profile.industry,
        audiences: [primary, ...faker.helpers.arrayElements(others, { min: 1, max: 2 })],
        region: regionKey,
        city,
        budgetMin,
        budgetMax,
        employees: faker.number.int({ min: profile.employees[0], max: profile.employees[1] }),
        description: `${offering}, based in ${city}.`,
        history: pastSponsorships(plan, profile, budgetMax),
      });
    }
  }
  return companies;
}

type ContactRow = Prisma.SponsorContactCreateManyInput & { id: string };

function contactsOf(organizationId: string, companyId: string, company: CompanySpec): ContactRow[] {
  const emails = new Set<string>();
  return Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, () => {
    const { first, last } = REGIONS[company.region].person();
    const local = `${ascii(first)}.${ascii(last)}`.toLowerCase();
    let email = `${local}@${company.domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${company.domain}`;
    emails.add(email);
    const seniority = faker.helpers.arrayElement(
      company.employees < 50 ? SMALL_BUSINESS_SENIORITY_DRAW : SENIORITY_DRAW,
    );
    return {
      id: randomUUID(),
      organizationId,
      companyId,
      name: `${first} ${last}`,
      email,
      title: faker.helpers.arrayElement(TITLES[seniority]),
      seniority,
    };
  });
}

/** Marks a few contacts (never those of a company in the pipeline) as unsubscribed or bounced. */
function withOptOuts(contacts: ContactRow[], plan: SponsorPlan, dealCompanyIds: Set<string>, now: Date) {
  const { unsubscribed, suppressed } = plan.optedOut;
  const optedOut = faker.helpers.arrayElements(
    contacts.filter((contact) => !dealCompanyIds.has(contact.companyId)),
    unsubscribed + suppressed,
  );
  return contacts.map((contact) => {
    const index = optedOut.indexOf(contact);
    if (index < 0) return contact;
    const at = daysFrom(now, -faker.number.int({ min: 3, max: 300 }));
    return index < unsubscribed ? { ...contact, unsubscribedAt: at } : { ...contact, suppressedAt: at };
  });
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Sponsor seed: ${what} is missing`);
  return value;
}

type SeedEvent = Pick<Event, "id" | "slug" | "currency">;
type PackageRow = Prisma.SponsorshipPackageCreateManyInput & { id: string };

async function createDeals(
  db: DbOrTx,
  organizationId: string,
  deals: DealSpec[],
  created: { events: SeedEvent[]; companyIds: Map<string, string>; contacts: ContactRow[]; packages: PackageRow[] },
  now: Date,
) {
  const owner = await db.membership.findFirst({ where: { organizationId, role: "owner" }, select: { userId: true } });
  for (const deal of deals) {
    const event = must(
      created.events.find((candidate) => candidate.slug === deal.event),
      `event ${deal.event}`,
    );
    const companyId = must(created.companyIds.get(deal.domain), `company ${deal.domain}`);
    const pkg = must(
      created.packages.find((candidate) => candidate.eventId === event.id && candidate.tier === deal.tier),
      `${deal.tier} package of ${deal.event}`,
    );
    const createdAt = daysFrom(now, -deal.daysAgo);
    await db.sponsorDeal.create({
      data: {
        organizationId,
        eventId: event.id,
        companyId,
        contactId: created.contacts.find((contact) => contact.companyId === companyId)?.id ?? null,
        packageId: pkg.id,
        stage: deal.stage,
        valueCents: pkg.priceCents,
        nextAction: deal.nextAction,
        nextActionAt: daysFrom(now, deal.nextActionInDays),
        createdAt,
        notes: { create: { body: deal.note, authorId: owner?.userId ?? null, createdAt } },
      },
    });
  }
}

export async function seedSponsors(
  db: DbOrTx,
  organizationId: string,
  events: SeedEvent[],
  plan: SponsorPlan,
  now: Date,
) {
  if ((await db.sponsorCompany.count({ where: { organizationId } })) > 0) return;
  for (const locale of [faker, fakerPT_PT, fakerES, fakerDE, fakerNL, fakerFR]) locale.seed(plan.seed);

  const companies = [...plan.featured, ...madeUpCompanies(plan)].map((spec) => ({ id: randomUUID(), spec }));
  const companyIds = new Map(companies.map(({ id, spec }) => [spec.domain, id]));
  await db.sponsorCompany.createMany({
    data: companies.map(({ id, spec }) => ({
      id,
      organizationId,
      name: spec.name,
      domain: spec.domain,
      industry: spec.industry,
      audiences: spec.audiences,
      city: spec.city,
      country: REGIONS[spec.region].country,
      budgetMinCents: spec.budgetMin * 100,
      budgetMaxCents: spec.budgetMax * 100,
      currency: REGIONS[spec.region].currency,
      employees: spec.employees,
      description: spec.description,
    })),
  });
  await db.pastSponsorship.createMany({
    data: companies.flatMap(({ id, spec }) =>
      spec.history.map(({ amount, ...past }) => ({
        ...past,
        companyId: id,
        amountCents: amount * 100,
        currency: REGIONS[spec.region].currency,
      })),
    ),
  });
  const dealCompanyIds = new Set(plan.deals.map((deal) => must(companyIds.get(deal.domain), `company ${deal.domain}`)));
  const contacts = withOptOuts(
    companies.flatMap(({ id, spec }) => contactsOf(organizationId, id, spec)),
    plan,
    dealCompanyIds,
    now,
  );
  await db.sponsorContact.createMany({ data: contacts });

  const packages: PackageRow[] = events.flatMap((event) =>
    (plan.packages[event.slug] ?? []).map(({ price, ...pkg }) => ({
      ...pkg,
      id: randomUUID(),
      eventId: event.id,
      priceCents: price * 100,
      currency: event.currency,
    })),
  );
  await db.sponsorshipPackage.createMany({ data: packages });
  await createDeals(db, organizationId, plan.deals, { events, companyIds, contacts, packages }, now);
}

const DEVCONF_PACKAGES: PackageSpec[] = [
  {
    tier: "title",
    name: "Title Partner",
    price: 65_000,
    spots: 1,
    benefits: [
      "DevConf Lisbon presented by your brand",
      "10-minute keynote slot on the main stage",
      "Largest booth in the expo hall (6 x 4 m)",
      "20 conference passes",
      "Logo on the website, badges, stage and livestream",
      "Opt-in attendee list after the event",
    ],
  },
  {
    tier: "platinum",
    name: "Platinum Partner",
    price: 40_000,
    spots: 2,
    benefits: [
      "Sponsored talk in the main track",
      "Premium booth (4 x 3 m)",
      "12 conference passes",
      "Logo on stage screens and the livestream",
      "A workshop room for one afternoon",
    ],
  },
  {
    tier: "gold",
    name: "Gold Partner",
    price: 20_000,
    spots: 4,
    benefits: ["Booth (3 x 2 m)", "6 conference passes", "Logo on the website and signage", "Swag in the welcome bag"],
  },
  {
    tier: "silver",
    name: "Silver Partner",
    price: 10_000,
    spots: 8,
    benefits: ["A table in the shared sponsor area", "3 conference passes", "Logo on the website"],
  },
  {
    tier: "community",
    name: "Community Supporter",
    price: 3_000,
    spots: 12,
    benefits: ["2 conference passes", "Logo on the community page", "Thanks in the closing session"],
  },
];

const RIVERSIDE_PACKAGES: PackageSpec[] = [
  {
    tier: "title",
    name: "Presenting Sponsor",
    price: 55_000,
    spots: 1,
    benefits: [
      "Riverside Jazz Fest presented by your brand",
      "Naming of the main stage",
      "Brand activation area by the main gate",
      "40 VIP Lawn passes",
      "Logo on every stage, ticket and wristband",
      "Mentions in the radio and social campaigns",
    ],
  },
  {
    tier: "platinum",
    name: "Stage Sponsor",
    price: 30_000,
    spots: 2,
    benefits: [
      "Naming of the Garden or River stage",
      "Announcements before each set on your stage",
      "20 VIP Lawn passes",
      "Activation tent (20 x 20 ft)",
    ],
  },
  {
    tier: "gold",
    name: "Gold Sponsor",
    price: 15_000,
    spots: 4,
    benefits: [
      "A branded bar or food court area",
      "Activation tent (10 x 10 ft)",
      "10 weekend passes",
      "Logo on the festival map and website",
    ],
  },
  {
    tier: "silver",
    name: "Silver Sponsor",
    price: 7_500,
    spots: 8,
    benefits: ["Product sampling at the gate", "6 weekend passes", "Logo on the website and screens between sets"],
  },
  {
    tier: "community",
    name: "Community Partner",
    price: 2_500,
    spots: 15,
    benefits: ["A table in the community village", "4 day passes", "Listing on the website"],
  },
];

const WINTER_MARKET_PACKAGES: PackageSpec[] = [
  {
    tier: "title",
    name: "Title Sponsor",
    price: 12_000,
    spots: 1,
    benefits: [
      "Winter Market presented by your brand",
      "Logo on the entrance arch and light installations",
      "Two premium stalls by the entrance",
      "Mentions in all press and social posts",
    ],
  },
  {
    tier: "gold",
    name: "Gold Sponsor",
    price: 5_000,
    spots: 3,
    benefits: ["A premium stall", "Logo on the map and signage", "A feature in the market newsletter"],
  },
  {
    tier: "silver",
    name: "Silver Sponsor",
    price: 2_500,
    spots: 6,
    benefits: ["A stall in the main hall", "Logo on the website", "A post on the market's social channels"],
  },
  {
    tier: "community",
    name: "Community Friend",
    price: 750,
    spots: 20,
    benefits: ["Listing on the website", "Name on the thank-you board at the entrance", "Two family passes"],
  },
];

/** Northwind Events: about 300 companies across 14 industries; the summit is over, so it sells nothing. */
export const NORTHWIND_SPONSORS: SponsorPlan = {
  seed: 101,
  featured: [
    {
      name: "Windy Harbor Brewing",
      domain: "windyharborbrewing.com",
      industry: "Beverages",
      audiences: ["music fans", "young adults", "foodies"],
      region: "midwest",
      city: "Chicago",
      budgetMin: 10_000,
      budgetMax: 25_000,
      employees: 140,
      description: "Independent Chicago brewery with two taprooms and a summer beer garden.",
      history: [
        { eventName: "Chicago Blues Festival", year: 2025, tier: "gold", amount: 15_000, eventIndustry: "music" },
        { eventName: "Hyde Park Jazz Festival", year: 2024, tier: "silver", amount: 8_000, eventIndustry: "music" },
      ],
    },
    {
      name: "Prairie Tone Guitars",
      domain: "prairietoneguitars.com",
      industry: "Musical instruments",
      audiences: ["musicians", "music fans", "music students"],
      region: "midwest",
      city: "Milwaukee",
      budgetMin: 15_000,
      budgetMax: 35_000,
      employees: 220,
      description: "Hand-built electric and acoustic guitars, made in Milwaukee since 1978.",
      history: [
        { eventName: "Summerfest", year: 2025, tier: "platinum", amount: 30_000, eventIndustry: "music" },
        { eventName: "Detroit Jazz Festival", year: 2024, tier: "gold", amount: 18_000, eventIndustry: "music" },
        { eventName: "Twin Cities Jazz Festival", year: 2022, tier: "gold", amount: 12_000, eventIndustry: "music" },
      ],
    },
    {
      name: "Maple & Rye Kitchen",
      domain: "mapleandrye.com",
      industry: "Food & hospitality",
      audiences: ["foodies", "families", "music fans"],
      region: "midwest",
      city: "Chicago",
      budgetMin: 5_000,
      budgetMax: 12_000,
      employees: 85,
      description: "Restaurant group with three Chicago neighbourhood spots and a festival food truck.",
      history: [{ eventName: "Taste of Chicago", year: 2025, tier: "silver", amount: 6_000, eventIndustry: "food" }],
    },
    {
      name: "Loop Street Coffee Roasters",
      domain: "loopstreetcoffee.com",
      industry: "Beverages",
      audiences: ["young adults", "music fans"],
      region: "midwest",
      city: "Chicago",
      budgetMin: 1_500,
      budgetMax: 4_000,
      employees: 24,
      description: "Specialty coffee roaster with two cafés in the Loop.",
      history: [],
    },
  ],
  profiles: [
    {
      industry: "Developer tools",
      count: 32,
      regions: ["portugal", "portugal", "portugal", "spain", "germany", "germany", "uk", "netherlands", "usa", "usa"],
      prefixes: ["Commit", "Pipeline", "Stack", "Patch", "Merge", "Branch", "Lint", "Deploy", "Trace", "Schema"],
      kinds: [
        ["Labs", "Error monitoring for web and mobile apps"],
        ["HQ", "A CI/CD platform for engineering teams"],
        ["ly", "Feature flags and progressive delivery"],
        ["Works", "Open-source API testing tools"],
        ["Hub", "A developer portal for platform teams"],
        ["Kit", "SDKs and tooling for mobile developers"],
        ["ify", "Code review automation for pull requests"],
        ["Base", "Browser-based development environments"],
      ],
      audiences: ["developers", "engineering leaders", "cto", "devops engineers", "open-source maintainers"],
      budget: [5_000, 35_000],
      employees: [12, 400],
      history: ["technology", "technology", "technology", "technology", "business"],
      tlds: ["io", "dev", "com"],
    },
    {
      industry: "Cloud infrastructure",
      count: 24,
      regions: ["germany", "germany", "netherlands", "uk", "usa", "usa", "portugal", "spain", "france"],
      prefixes: ["Nimbus", "Stratus", "Edge", "Node", "Cluster", "Vertex", "Orbit", "Helix", "Zenith", "Arc"],
      kinds: [
        ["Cloud", "Managed Kubernetes and container hosting"],
        ["Compute", "GPU cloud for training and inference"],
        ["Grid", "An edge network and CDN"],
        ["Data", "Managed Postgres and object storage"],
        ["Ops", "An infrastructure-as-code platform"],
        ["Stack", "Serverless functions at the edge"],
      ],
      audiences: ["developers", "cto", "platform engineers", "devops engineers", "engineering leaders"],
      budget: [15_000, 60_000],
      employees: [50, 3_000],
      history: ["technology", "technology", "technology", "business", "finance"],
      tlds: ["io", "cloud", "com"],
    },
    {
      industry: "Fintech",
      count: 24,
      regions: ["uk", "uk", "uk", "germany", "portugal", "portugal", "spain", "netherlands", "usa"],
      prefixes: ["Ledger", "Coin", "Penny", "Vault", "Mint", "Tally", "Bloom", "Sterling", "Kite", "Clear"],
      kinds: [
        ["Pay", "Online payments for marketplaces"],
        ["Bank", "A mobile bank for freelancers and small businesses"],
        ["Books", "Accounting software for startups"],
        ["Invest", "Micro-investing for first-time investors"],
        ["Card", "Corporate cards and expense management"],
        ["Lend", "Instant loans for small businesses"],
      ],
      audiences: ["founders", "developers", "finance teams", "young professionals", "small businesses"],
      budget: [10_000, 50_000],
      employees: [30, 2_000],
      history: ["finance", "finance", "finance", "technology", "technology", "business", "sports"],
      tlds: ["com", "io"],
    },
    {
      industry: "Cybersecurity",
      count: 20,
      regions: ["uk", "germany", "germany", "usa", "usa", "netherlands", "spain", "portugal", "france"],
      prefixes: ["Sentinel", "Bastion", "Cipher", "Aegis", "Warden", "Fortis", "Keystone", "Moat", "Onyx"],
      kinds: [
        ["Security", "Cloud security posture management"],
        ["Guard", "Endpoint detection and response"],
        ["ID", "Identity and single sign-on for businesses"],
        ["Defense", "Penetration testing and red-team services"],
        ["Labs", "Software supply-chain security"],
      ],
      audiences: ["security engineers", "cto", "developers", "it leaders", "engineering leaders"],
      budget: [8_000, 45_000],
      employees: [25, 1_500],
      history: ["technology", "technology", "technology", "technology", "business", "finance"],
      tlds: ["com", "io"],
    },
    {
      industry: "AI & data",
      count: 24,
      regions: ["uk", "germany", "france", "france", "portugal", "portugal", "spain", "netherlands", "usa", "usa"],
      prefixes: ["Neural", "Vector", "Tensor", "Signal", "Cortex", "Lumen", "Prism", "Synapse", "Atlas", "Sigma"],
      kinds: [
        ["AI", "LLM evaluation and observability"],
        ["Data", "A data warehouse for analytics teams"],
        ["Labs", "Computer vision for retail and logistics"],
        ["Metrics", "Product analytics for web and mobile"],
        ["ML", "An MLOps platform for model deployment"],
        ["Flow", "Data pipelines and ELT"],
      ],
      audiences: ["developers", "data scientists", "cto", "data engineers", "engineering leaders"],
      budget: [10_000, 60_000],
      employees: [15, 900],
      history: ["technology", "technology", "technology", "technology", "business", "finance"],
      tlds: ["ai", "io", "com"],
    },
    {
      industry: "Telecom",
      count: 14,
      regions: ["portugal", "portugal", "spain", "spain", "germany", "uk", "midwest", "netherlands"],
      kinds: [
        ["Telecom", "Mobile and fibre broadband provider"],
        ["Mobile", "A prepaid mobile network for young people"],
        ["Fibre", "Business fibre and 5G networks"],
        ["Connect", "IoT connectivity for fleets and devices"],
      ],
      audiences: ["consumers", "businesses", "developers", "young adults", "sports fans"],
      budget: [20_000, 90_000],
      employees: [200, 12_000],
      history: ["technology", "technology", "music", "music", "sports", "sports", "business"],
    },
    {
      industry: "Consumer electronics",
      count: 18,
      regions: ["germany", "uk", "netherlands", "usa", "usa", "midwest", "spain", "portugal"],
      prefixes: ["Sonic", "Pixel", "Volt", "Echo", "Lumi", "Beam", "Nova", "Pulse", "Aura", "Waveform"],
      kinds: [
        ["Audio", "Wireless headphones and speakers"],
        ["Devices", "Smart home devices"],
        ["Labs", "Gaming peripherals"],
        ["Tech", "E-readers and tablets"],
        ["Gear", "Action cameras and drones"],
        ["Sound", "Studio monitors and audio interfaces"],
      ],
      audiences: ["consumers", "gamers", "music fans", "developers", "young adults"],
      budget: [15_000, 70_000],
      employees: [40, 5_000],
      history: ["technology", "technology", "music", "music", "sports", "film"],
    },
    {
      industry: "Musical instruments",
      count: 19,
      regions: ["midwest", "midwest", "midwest", "midwest", "usa", "uk", "germany", "spain"],
      kinds: [
        ["Guitars", "Hand-built electric and acoustic guitars"],
        ["Drum Co.", "Custom drums and cymbals"],
        ["Music", "A music store with instrument rentals for schools"],
        ["Brass", "Trumpets, trombones and saxophones"],
        ["Pianos", "New and restored pianos and keyboards"],
        ["Strings", "Violins, double basses and string accessories"],
        ["Amps", "Tube amplifiers for guitar and bass"],
      ],
      audiences: ["music fans", "musicians", "music students", "families"],
      budget: [3_000, 20_000],
      employees: [5, 400],
      history: ["music", "music", "music", "music", "music", "community", "market"],
    },
    {
      industry: "Beverages",
      count: 24,
      regions: ["midwest", "midwest", "midwest", "midwest", "portugal", "portugal", "spain", "uk", "germany", "usa"],
      kinds: [
        ["Brewing Co.", "Independent craft brewery with a taproom"],
        ["Coffee Roasters", "Specialty coffee roaster supplying cafés and offices"],
        ["Distillery", "Small-batch gin and whiskey distillery"],
        ["Cider House", "Dry ciders from local orchards"],
        ["Kombucha", "Organic kombucha and sparkling teas"],
        ["Soda Works", "Craft sodas made with cane sugar"],
        ["Wines", "Family winery with a tasting room"],
      ],
      audiences: ["music fans", "young adults", "foodies", "sports fans", "families"],
      budget: [5_000, 50_000],
      employees: [8, 1_200],
      history: ["music", "music", "music", "music", "food", "food", "sports"],
    },
    {
      industry: "Food & hospitality",
      count: 25,
      regions: ["midwest", "midwest", "midwest", "portugal", "portugal", "spain", "spain", "uk", "usa"],
      kinds: [
        ["Kitchen", "Restaurant group with three neighbourhood spots"],
        ["Bakery", "Artisan bakery and café chain"],
        ["Catering", "Event and festival catering"],
        ["Hotels", "Boutique hotels near the city centre"],
        ["Foods", "Snacks made from local ingredients"],
        ["Pizza Co.", "Wood-fired pizza, delivered"],
        ["Creamery", "Small-batch ice cream"],
      ],
      audiences: ["foodies", "families", "music fans", "tourists", "young adults"],
      budget: [2_000, 18_000],
      employees: [10, 800],
      history: ["food", "food", "food", "music", "music", "community", "market"],
    },
    {
      industry: "Outdoor & lifestyle",
      count: 18,
      regions: ["usa", "midwest", "midwest", "portugal", "spain", "germany", "uk"],
      kinds: [
        ["Outfitters", "Outdoor clothing and camping gear"],
        ["Surf Co.", "Surfboards and wetsuits"],
        ["Bikes", "City and gravel bikes"],
        ["Trail Co.", "Trail-running shoes and packs"],
        ["Supply", "Sustainable backpacks and travel gear"],
      ],
      audiences: ["outdoor enthusiasts", "young adults", "families", "music fans", "runners"],
      budget: [3_000, 25_000],
      employees: [10, 900],
      history: ["sports", "sports", "sports", "music", "music", "community"],
    },
    {
      industry: "Local retail",
      count: 20,
      regions: ["spain", "spain", "portugal", "portugal", "midwest", "midwest", "germany", "uk"],
      kinds: [
        ["Books", "Independent bookshop with a café"],
        ["Home", "Homeware and design store"],
        ["Florist", "Florist and plant shop"],
        ["Optics", "Family-run opticians"],
        ["Market", "Neighbourhood grocery and deli"],
        ["Vintage", "Vintage clothing and records"],
      ],
      audiences: ["locals", "families", "shoppers", "tourists"],
      budget: [500, 4_000],
      employees: [3, 60],
      history: ["market", "market", "community", "community", "food"],
    },
    {
      industry: "Media & streaming",
      count: 18,
      regions: ["uk", "usa", "usa", "midwest", "spain", "portugal", "germany", "france"],
      prefixes: ["Reel", "Stream", "Tune", "Wave", "Channel", "Beat", "Cast", "Frame"],
      kinds: [
        ["Radio", "Independent radio station and podcast network"],
        ["TV", "A streaming service for documentaries"],
        ["Music", "Music streaming for independent artists"],
        ["Media", "A digital magazine about music and culture"],
        ["Studios", "Podcast and video production studio"],
      ],
      audiences: ["music fans", "young adults", "film lovers", "developers", "families"],
      budget: [10_000, 45_000],
      employees: [20, 2_500],
      history: ["music", "music", "music", "film", "film", "technology"],
    },
    {
      industry: "Automotive",
      count: 16,
      regions: ["germany", "germany", "germany", "midwest", "midwest", "spain", "uk", "france"],
      kinds: [
        ["Motors", "Electric cars for city driving"],
        ["Auto Group", "Car dealerships across the region"],
        ["Mobility", "Car sharing and an EV charging network"],
        ["Tyres", "Tyres and performance parts"],
      ],
      audiences: ["drivers", "families", "business travellers", "young professionals"],
      budget: [25_000, 120_000],
      employees: [100, 20_000],
      history: ["automotive", "automotive", "automotive", "sports", "sports", "music", "technology"],
    },
  ],
  pastEvents: {
    technology: [
      "Web Summit",
      "JSConf EU",
      "KubeCon Europe",
      "DevOpsDays Porto",
      "PyCon Portugal",
      "QCon London",
      "WeAreDevelopers World Congress",
      "Codemotion Madrid",
      "Devoxx UK",
    ],
    business: ["SaaStock", "South Summit Madrid", "Startup Grind Europe", "TNW Conference"],
    finance: ["Money20/20 Europe", "Finovate Europe", "Lisbon Fintech Week"],
    music: [
      "Chicago Blues Festival",
      "Summerfest",
      "Detroit Jazz Festival",
      "Twin Cities Jazz Festival",
      "Hyde Park Jazz Festival",
      "NOS Alive",
      "Primavera Sound",
      "North Sea Jazz Festival",
    ],
    food: ["Taste of Chicago", "Peixe em Lisboa", "Madrid Fusión", "Taste of London", "Chicago Gourmet"],
    sports: ["Chicago Marathon", "Lisbon Half Marathon", "Berlin Marathon", "Great North Run"],
    market: ["Christkindlmarket Chicago", "Renegade Craft Fair", "Mercado de Natal de Lisboa"],
    community: ["Festas de Lisboa", "Fiestas de Gràcia", "Andersonville Midsommarfest"],
    film: ["IndieLisboa", "Chicago International Film Festival", "Sitges Film Festival"],
    automotive: ["IAA Mobility", "Chicago Auto Show", "Goodwood Festival of Speed"],
  },
  packages: {
    "devconf-lisbon": DEVCONF_PACKAGES,
    "riverside-jazz-fest": RIVERSIDE_PACKAGES,
  },
  deals: [
    {
      event: "riverside-jazz-fest",
      domain: "windyharborbrewing.com",
      tier: "gold",
      stage: "won",
      daysAgo: 45,
      note: "Signed the gold package. Logo files are in; the beer garden placement is confirmed for all three days.",
      nextAction: "Send the sponsor guide with load-in times",
      nextActionInDays: 3,
    },
    {
      event: "riverside-jazz-fest",
      domain: "prairietoneguitars.com",
      tier: "platinum",
      stage: "proposal_sent",
      daysAgo: 18,
      note: "Sent the platinum proposal with the Garden stage naming option. They decide at their Friday budget meeting.",
      nextAction: "Follow up on the proposal",
      nextActionInDays: 2,
    },
    {
      event: "riverside-jazz-fest",
      domain: "mapleandrye.com",
      tier: "silver",
      stage: "contacted",
      daysAgo: 6,
      note: "Intro email sent. They sponsored Taste of Chicago last summer and asked for our attendance numbers.",
      nextAction: "Send last year's attendance figures",
      nextActionInDays: 1,
    },
    {
      event: "riverside-jazz-fest",
      domain: "loopstreetcoffee.com",
      tier: "community",
      stage: "contacted",
      daysAgo: 4,
      note: "Left a voicemail for the owner, who prefers email.",
      nextAction: "Email the community package",
      nextActionInDays: 4,
    },
  ],
  optedOut: { unsubscribed: 6, suppressed: 4 },
};

/** Harbor Lights Collective: about 60 local food, craft, drinks and retail businesses around Dublin. */
export const HARBOR_SPONSORS: SponsorPlan = {
  seed: 202,
  featured: [],
  profiles: [
    {
      industry: "Food & hospitality",
      count: 16,
      regions: ["ireland", "ireland", "ireland", "ireland", "northernIreland"],
      kinds: [
        ["Creamery", "Farmhouse cheeses"],
        ["Bakehouse", "Sourdough, mince pies and Christmas puddings"],
        ["Chocolate Co.", "Handmade chocolates and hot chocolate"],
        ["Smokehouse", "Smoked salmon and fish"],
        ["Preserves", "Jams, chutneys and honey"],
      ],
      audiences: ["foodies", "families", "locals", "tourists"],
      budget: [500, 4_000],
      employees: [2, 60],
      history: ["food", "food", "food", "market", "community"],
    },
    {
      industry: "Crafts",
      count: 14,
      regions: ["ireland", "ireland", "ireland", "northernIreland"],
      kinds: [
        ["Pottery", "Hand-thrown stoneware"],
        ["Knitwear", "Aran knitwear and wool blankets"],
        ["Candle Co.", "Soy candles and soaps"],
        ["Woodcraft", "Turned wooden bowls and toys"],
        ["Print Studio", "Illustrated prints and cards"],
      ],
      audiences: ["shoppers", "tourists", "families", "gift buyers"],
      budget: [300, 2_500],
      employees: [1, 20],
      history: ["market", "market", "market", "community"],
    },
    {
      industry: "Beverages",
      count: 14,
      regions: ["ireland", "ireland", "ireland", "northernIreland"],
      kinds: [
        ["Distillery", "Irish gin and poitín"],
        ["Cider", "Craft cider from local orchards"],
        ["Coffee Roasters", "Speciality coffee roasters"],
        ["Brewing", "Craft beer brewery"],
        ["Mulled Wine Co.", "Mulled wine and winter punches"],
      ],
      audiences: ["young adults", "foodies", "music fans", "tourists"],
      budget: [1_000, 8_000],
      employees: [3, 120],
      history: ["food", "food", "music", "music", "market"],
    },
    {
      industry: "Local retail",
      count: 16,
      regions: ["ireland", "ireland", "ireland", "northernIreland"],
      kinds: [
        ["Books", "Independent bookshop"],
        ["Home & Gift", "Gifts and homeware"],
        ["Toys", "Wooden toys and board games"],
        ["Florist", "Christmas wreaths and flowers"],
        ["Outdoor", "Outdoor clothing and gear"],
      ],
      audiences: ["shoppers", "families", "locals", "gift buyers"],
      budget: [500, 5_000],
      employees: [2, 80],
      history: ["market", "market", "community", "community", "food"],
    },
  ],
  pastEvents: {
    food: ["Taste of Dublin", "Galway International Oyster Festival", "Savour Kilkenny"],
    market: ["Galway Christmas Market", "Belfast Christmas Market", "Dublin Flea Christmas Market"],
    community: ["Dún Laoghaire Festival of Lights", "St Patrick's Festival", "Culture Night Dublin"],
    music: ["Other Voices", "Cork Jazz Festival", "Electric Picnic"],
  },
  packages: { "harbor-lights-winter-market": WINTER_MARKET_PACKAGES },
  deals: [],
  optedOut: { unsubscribed: 2, suppressed: 1 },
};
