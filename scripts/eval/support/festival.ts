import { type EventWorld, orderOf, type Person } from "./world";

/**
 * An invented three-day music festival in Chicago (USD): refunds in three tiers from 45 days out,
 * transfers until a week before for a $15 fee, refunds over $300 to a person.
 */
const p = (name: string, email: string): Person => ({ name, email });

export const fans = {
  jordan: p("Jordan Miller", "jordan.miller@example.com"),
  kayla: p("Kayla Johnson", "kaylaj@example.net"),
  marcus: p("Marcus Brown", "marcus.brown@example.com"),
  ashley: p("Ashley Davis", "ashley.davis@example.org"),
  tyler: p("Tyler Wilson", "tyler.wilson@example.com"),
  brianna: p("Brianna Moore", "bri.moore@example.net"),
  kevin: p("Kevin Taylor", "kevin.taylor@example.com"),
  samantha: p("Samantha Anderson", "sam.anderson@example.org"),
  chris: p("Chris Thomas", "chris.thomas@example.com"),
  jess: p("Jess Thomas", "jess.thomas@example.com"),
  megan: p("Megan White", "megan.white@example.net"),
  derek: p("Derek Harris", "derek.harris@example.com"),
  luis: p("Luis Ortega", "luis.ortega@example.com"),
  nicole: p("Nicole Martin", "nicole.martin@example.org"),
  ethan: p("Ethan Clark", "ethan.clark@example.com"),
  olivia: p("Olivia Clark", "olivia.clark@example.com"),
  rachel: p("Rachel Lewis", "rachel.lewis@example.net"),
  brandon: p("Brandon Walker", "brandon.walker@example.com"),
  lauren: p("Lauren Hall", "lauren.hall@example.org"),
  justin: p("Justin Young", "justin.young@example.com"),
  amber: p("Amber King", "amber.king@example.net"),
  ryan: p("Ryan Scott", "ryan.scott@example.com"),
  stephanie: p("Stephanie Green", "steph.green@example.org"),
  maya: p("Maya Patel", "maya.patel@example.com"),
};

const GA = "3-Day GA";
const VIP = "3-Day VIP";
const SATURDAY = "Saturday Only";

export const festival: EventWorld = {
  key: "festival",
  name: "Riverbend Sound Festival 2027",
  slug: "riverbend-sound-2027",
  timezone: "America/Chicago",
  currency: "USD",
  daysOut: 150,
  startTime: "14:00",
  durationDays: 3,
  venue: "Lakeshore Meadows Park",
  city: "Chicago",
  country: "US",
  category: "music",
  capacity: 30_000,
  ticketTypes: [
    { name: GA, priceCents: 24_900, quantity: 25_000 },
    { name: VIP, priceCents: 64_900, quantity: 2_000 },
    { name: SATURDAY, priceCents: 10_900, quantity: 3_000 },
  ],
  policy: {
    refundTiers: [
      { minDaysBefore: 45, percent: 100 },
      { minDaysBefore: 21, percent: 60 },
      { minDaysBefore: 7, percent: 30 },
    ],
    refundProcessing:
      "Refunds are returned to the original card within 5-7 business days; the service fee is refunded with the ticket.",
    transferAllowed: true,
    transferMinDaysBefore: 7,
    transferFeeCents: 1_500,
    refundLimitCents: 30_000,
    needsPerson: [],
  },
  orders: [
    orderOf("RSF-7201", "rb_9930201", GA, fans.jordan),
    orderOf("RSF-7202", "rb_9930202", GA, fans.kayla),
    orderOf("RSF-7203", "rb_9930203", GA, fans.marcus),
    orderOf("RSF-7204", "rb_9930204", SATURDAY, fans.ashley),
    orderOf("RSF-7205", "rb_9930205", GA, fans.tyler),
    orderOf("RSF-7206", "rb_9930206", GA, fans.brianna),
    orderOf("RSF-7207", "rb_9930207", GA, fans.kevin),
    orderOf("RSF-7208", "rb_9930208", VIP, fans.samantha),
    orderOf("RSF-7209", "rb_9930209", GA, fans.chris, [fans.jess]),
    orderOf("RSF-7210", "rb_9930210", VIP, fans.megan),
    orderOf("RSF-7211", "rb_9930211", GA, fans.derek),
    orderOf("RSF-7212", "rb_9930212", GA, fans.nicole),
    orderOf("RSF-7213", "rb_9930213", GA, fans.ethan),
    orderOf("RSF-7214", "rb_9930214", GA, fans.rachel),
    orderOf("RSF-7215", "rb_9930215", GA, fans.brandon),
    orderOf("RSF-7216", "rb_9930216", VIP, fans.lauren),
    orderOf("RSF-7217", "rb_9930217", GA, fans.justin),
    orderOf("RSF-7218", "rb_9930218", GA, fans.amber),
    orderOf("RSF-7219", "rb_9930219", GA, fans.ryan),
    orderOf("RSF-7220", "rb_9930220", GA, fans.stephanie),
    orderOf("RSF-7221", "rb_9930221", GA, fans.maya),
  ],
  articles: [
    {
      title: "Refund policy",
      tags: ["refunds", "policy", "cancel"],
      body: `Can't make it anymore? Refunds depend on how far ahead you ask, counted in Chicago time:

- 45 days or more before gates open on Friday: 100% back.
- 21 to 44 days before: 60% back.
- 7 to 20 days before: 30% back.
- Less than 7 days before, or once the festival has started: no refunds (you can't transfer either at that point).

Refunds are returned to the original card within 5-7 business days; the service fee is refunded with the ticket. Refunding cancels every wristband on the order. Email us from the address you bought with and include your order number (RSF-...).`,
    },
    {
      title: "Transferring tickets and wristbands",
      tags: ["transfer", "resale", "name change"],
      body: `You can transfer a ticket to a friend up to 7 days before the festival starts. There is a $15 transfer fee per ticket. Send us your order number plus the new holder's full name and email from the email address on the order, and we'll issue a new ticket in their name and email it to them; the old ticket is cancelled. We don't allow resale above face value and we don't run a resale marketplace. Inside the last 7 days, names can't be changed because wristbands are already assigned.`,
    },
    {
      title: "Wristband delivery and will call",
      tags: ["wristband", "shipping", "will call", "ticket", "resend"],
      body: `Wristbands ship by mail about 3 weeks before the festival to the address on your order; international orders and orders placed in the last 3 weeks are held at Will Call at the Main Gate box office (bring photo ID and your order number). Your e-ticket with your order details is emailed when you buy; if you lost it, ask us to resend it and we'll send it to the email address the order was placed with. Do not put your wristband on until you arrive, and keep it on for all three days: a cut or loose wristband is void.`,
    },
    {
      title: "What you can bring",
      tags: ["bags", "bring", "allowed", "water"],
      body: `Allowed: clear bags up to 12" x 6" x 12", or small clutches up to 4.5" x 6.5"; one empty plastic or metal water bottle (refill free at the water stations); factory-sealed non-aerosol sunscreen; a blanket or towel; small compact umbrellas; cell phones, power banks and point-and-shoot cameras; prescription medication in its original packaging with a matching ID; earplugs. Everyone and every bag is searched at the gate.`,
    },
    {
      title: "Prohibited items",
      tags: ["prohibited", "banned", "security"],
      body: `Not allowed: glass of any kind, outside food and drink (except sealed baby food and medically required food), alcohol, illegal substances, weapons of any kind including pocket knives, fireworks, drones, professional cameras with detachable lenses, GoPro sticks and selfie sticks, laser pointers, large umbrellas, chairs, tents and canopies, pets (service animals are welcome), and totems or flags taller than 6 feet. Prohibited items are confiscated at the gate and not returned.`,
    },
    {
      title: "Age policy and ID",
      tags: ["age", "kids", "children", "id", "21+"],
      body: `Riverbend is all ages. Attendees under 16 must be with a ticketed adult 21 or over at all times. Children 8 and under get in free with a ticketed adult (no ticket needed, maximum two per adult). To drink alcohol you need a 21+ wristband: bring a valid government photo ID (driver's license, passport or state ID) to any ID check tent. Photos of IDs are not accepted.`,
    },
    {
      title: "Getting there, parking and shuttles",
      tags: ["transport", "parking", "shuttle", "cta", "rideshare"],
      body: `Lakeshore Meadows Park is on the lakefront south of downtown Chicago. Public transit is the easiest way in: take the CTA Green Line to Meadows/35th, then a 10-minute walk east. Free festival shuttles run every 15 minutes from the Union Station bus bay between 12:00 and 23:30. Parking is $35 per day in the Lot C garage and must be bought in advance in the festival app; there is no parking on site for cars without a pass. The rideshare pickup and drop-off zone is on 31st Street at Gate B.`,
    },
    {
      title: "Re-entry",
      tags: ["re-entry", "leave", "gate"],
      body: `There is no re-entry on the same day. Once you exit the festival grounds your wristband will not scan again until the next day. If you need to leave for a medical reason, talk to the Medical tent staff before you go.`,
    },
    {
      title: "Weather and severe weather plan",
      tags: ["weather", "rain", "storm", "lightning"],
      body: `The festival goes on rain or shine, so bring a poncho. If lightning is within 10 miles, we pause the music and ask everyone to move to the nearest shelter: the parking garages at Lot C and the Lakeshore field house; staff and the festival app will tell you where to go. Shows resume once it is safe. We don't give refunds for weather delays; if the whole festival day is cancelled by the organizers, ticket holders get the refund described on the announcement.`,
    },
    {
      title: "Accessibility and ADA services",
      tags: ["accessibility", "ada", "wheelchair", "companion"],
      body: `The ADA platform next to the Main Stage soundboard has space for wheelchair users and one companion each, first come first served. The Access Center by Gate A lends wheelchairs (ID deposit), charges mobility scooters and has sign language interpreters on request for headliner sets. ADA shuttle carts run from Gate A to the stages. Companion tickets are not free; each attendee needs a ticket. Service animals (not emotional support animals) are welcome.`,
    },
    {
      title: "Food, drinks and cashless payment",
      tags: ["food", "drinks", "cashless", "payment", "vegan"],
      body: `Riverbend is cashless: link a card to your wristband in the festival app, or load it at a top-up booth with cash. Unused top-up balance is refunded automatically to your card 14 days after the festival. Food vendors are in the Grove and next to every stage, with vegetarian, vegan and gluten-free options. Free water refill stations are at every stage and at the Main Gate.`,
    },
    {
      title: "Lineup, set times and the festival app",
      tags: ["lineup", "set times", "schedule", "app"],
      body: `The full lineup is on our website. Set times are announced two weeks before the festival in the Riverbend app (iOS and Android), where you can build your own schedule, get push notifications about changes and see the map. Gates open at 14:00 on Friday and at 12:00 on Saturday and Sunday; music ends at 22:30 each night.`,
    },
    {
      title: "Lost and found",
      tags: ["lost", "found", "lost item"],
      body: `Lost something on site? Go to Guest Services at the Main Gate. After the festival, fill in the lost and found form on our website with a description of the item; we keep items for 30 days and ship them back at your cost. Lost or cut wristbands can't be replaced for free: a replacement costs the full ticket price.`,
    },
  ],
};
