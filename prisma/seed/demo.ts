/**
 * The demo: "Northwind Events" with three events at different stages, dated relative to the day the
 * seed runs so it never goes stale, plus a second, smaller organization to switch to.
 * Idempotent: running it again changes nothing that exists.
 */
import type { Db, DbOrTx } from "@/lib/db/client";
import type { Event } from "@/lib/db/generated/client";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import {
  createEvent,
  createMember,
  createOrganization,
  createSalesHistory,
  daysFrom,
  type EventSpec,
} from "./factories";
import { seedHistory } from "./history";
import { createOperationsPlan, DEVCONF_OPERATIONS, RIVERSIDE_OPERATIONS, WINTER_MARKET_OPERATIONS } from "./operations";
import { HARBOR_SPONSORS, NORTHWIND_SPONSORS, seedSponsors } from "./sponsors";
import { seedSupportHistory, seedSupportKnowledge } from "./support";

function startOfDayUtc(date: Date) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function demoEvents(today: Date) {
  const day = startOfDayUtc(today);
  const devconf: EventSpec = {
    name: "DevConf Lisbon",
    slug: "devconf-lisbon",
    startsAt: new Date(daysFrom(day, 90).getTime() + 8 * 3_600_000),
    durationDays: 2,
    timezone: "Europe/Lisbon",
    category: "technology",
    audiences: ["developers", "engineering leaders"],
    country: "PT",
    venue: "Centro de Congressos de Lisboa",
    city: "Lisbon",
    capacity: 1400,
    ticketSalesTarget: 1200,
    budgetCents: 42_000_000,
    currency: "EUR",
    status: "on_sale",
    salesOpenedAt: daysFrom(day, -60),
    ticketTypes: [
      { name: "Early Bird", priceCents: 24_900, quantity: 300, share: 5, onlyFirstDays: 21 },
      { name: "Regular", priceCents: 39_900, quantity: 800, share: 5 },
      { name: "Workshop Pass", priceCents: 54_900, quantity: 200, share: 1.5 },
      { name: "Student", priceCents: 9_900, quantity: 100, share: 0.8 },
    ],
  };
  const jazz: EventSpec = {
    name: "Riverside Jazz Fest",
    slug: "riverside-jazz-fest",
    startsAt: new Date(daysFrom(day, 20).getTime() + 22 * 3_600_000),
    durationDays: 3,
    timezone: "America/Chicago",
    category: "music",
    audiences: ["music fans", "families"],
    country: "US",
    venue: "Riverside Park Amphitheater",
    city: "Chicago",
    capacity: 4000,
    ticketSalesTarget: 3500,
    budgetCents: 31_000_000,
    currency: "USD",
    status: "on_sale",
    salesOpenedAt: daysFrom(day, -100),
    ticketTypes: [
      { name: "Day Pass", priceCents: 6_500, quantity: 2400, share: 6 },
      { name: "Weekend Pass", priceCents: 14_900, quantity: 1200, share: 3 },
      { name: "VIP Lawn", priceCents: 29_500, quantity: 400, share: 0.7 },
    ],
  };
  const summit: EventSpec = {
    name: "Northwind Summit",
    slug: "northwind-summit",
    startsAt: new Date(daysFrom(day, -32).getTime() + 16 * 3_600_000),
    durationDays: 2,
    timezone: "America/Los_Angeles",
    category: "technology",
    audiences: ["founders", "operators"],
    country: "US",
    venue: "Seattle Convention Center, Summit Building",
    city: "Seattle",
    capacity: 800,
    ticketSalesTarget: 650,
    budgetCents: 18_000_000,
    currency: "USD",
    status: "completed",
    salesOpenedAt: daysFrom(day, -152),
    ticketTypes: [
      { name: "Standard", priceCents: 45_000, quantity: 600, share: 6 },
      { name: "Executive", priceCents: 89_000, quantity: 150, share: 1.2 },
      { name: "Nonprofit", priceCents: 19_500, quantity: 50, share: 0.5 },
    ],
  };
  const winterMarket: EventSpec = {
    name: "Harbor Lights Winter Market",
    slug: "harbor-lights-winter-market",
    startsAt: new Date(daysFrom(day, 45).getTime() + 11 * 3_600_000),
    durationDays: 2,
    timezone: "Europe/Dublin",
    category: "market",
    audiences: ["families", "locals", "shoppers"],
    country: "IE",
    venue: "Dublin Port Warehouse 7",
    city: "Dublin",
    capacity: 2500,
    ticketSalesTarget: 2000,
    budgetCents: 6_500_000,
    currency: "EUR",
    status: "on_sale",
    salesOpenedAt: daysFrom(day, -30),
    ticketTypes: [
      { name: "Entry", priceCents: 1_200, quantity: 2200, share: 8 },
      { name: "Family (2+2)", priceCents: 3_600, quantity: 300, share: 1 },
    ],
  };
  return { devconf, jazz, summit, winterMarket, today: day };
}

/**
 * Loads the demo in one transaction (an interrupted seed leaves nothing half-made behind), then the
 * agents' past three weeks, produced by running their tools through the gate (./history), and the
 * support conversations of the past two weeks, through the Support agent's conversation layer (./support).
 */
export async function seedDemo(db: Db, now = new Date()) {
  const result = await db.$transaction((tx) => seedDemoIn(tx, now), { timeout: 120_000, maxWait: 30_000 });
  const history = await seedHistory(db);
  // After the agents' history: its inbox rounds would otherwise decide support items before they were filed.
  const support = await seedSupportHistory(db);
  return { ...result, history, support };
}

async function seedDemoIn(db: DbOrTx, now: Date) {
  const { devconf, jazz, summit, winterMarket, today } = demoEvents(now);
  const northwind = await createOrganization(db, { name: "Northwind Events", slug: "northwind-events" });
  for (const [role, person] of Object.entries(DEMO_USERS)) {
    await createMember(db, {
      organizationId: northwind.id,
      ...person,
      role: role as keyof typeof DEMO_USERS,
      password: DEMO_PASSWORD,
    });
  }
  const harbor = await createOrganization(db, { name: "Harbor Lights Collective", slug: "harbor-lights" });
  await createMember(db, { organizationId: harbor.id, ...DEMO_USERS.owner, role: "admin" });
  await createMember(db, {
    organizationId: harbor.id,
    email: "aoife@harborlights.ie",
    name: "Aoife Byrne",
    role: "owner",
    password: DEMO_PASSWORD,
  });

  // Sales so far: DevConf is on pace, the jazz festival lags far behind its target with three weeks
  // to go, the summit sold out past its target and has been checked in.
  const plans = [
    {
      org: northwind.id,
      spec: devconf,
      tickets: 470,
      until: now,
      refundRate: 0.015,
      prefix: "DCL",
      seed: 11,
      operations: DEVCONF_OPERATIONS,
    },
    {
      org: northwind.id,
      spec: jazz,
      tickets: 1380,
      until: now,
      refundRate: 0.025,
      prefix: "RJF",
      seed: 23,
      operations: RIVERSIDE_OPERATIONS,
    },
    {
      org: northwind.id,
      spec: summit,
      tickets: 712,
      until: summit.startsAt,
      refundRate: 0.02,
      checkInRate: 0.88,
      prefix: "NWS",
      seed: 37,
    },
    {
      org: harbor.id,
      spec: winterMarket,
      tickets: 640,
      until: now,
      refundRate: 0.01,
      prefix: "HLW",
      seed: 41,
      operations: WINTER_MARKET_OPERATIONS,
    },
  ];
  let tickets = 0;
  const events: Event[] = [];
  for (const plan of plans) {
    const event = await createEvent(db, plan.org, plan.spec);
    events.push(event);
    tickets += await createSalesHistory(db, event.id, plan.spec.ticketTypes, {
      tickets: plan.tickets,
      until: plan.until,
      refundRate: plan.refundRate,
      checkInRate: plan.checkInRate,
      orderPrefix: plan.prefix,
      seed: plan.seed,
    });
    if (plan.operations) await createOperationsPlan(db, event.id, plan.operations, now);
  }
  const eventsOf = (organizationId: string) => events.filter((event) => event.organizationId === organizationId);
  await seedSponsors(db, northwind.id, eventsOf(northwind.id), NORTHWIND_SPONSORS, now);
  await seedSponsors(db, harbor.id, eventsOf(harbor.id), HARBOR_SPONSORS, now);
  await seedSupportKnowledge(db, events);
  return { organizations: 2, ticketsCreated: tickets, today };
}
