import { type EventWorld, orderOf, type Person } from "./world";

/**
 * An invented two-day developer conference in Lisbon (EUR): generous refunds early, none in the last
 * three days, free transfers until two days before, refunds over €500 to a person.
 */
const p = (name: string, email: string): Person => ({ name, email });

export const people = {
  marta: p("Marta Sousa", "marta.sousa@example.com"),
  jonas: p("Jonas Weber", "jonas.weber@example.de"),
  priya: p("Priya Raman", "priya.raman@example.in"),
  tomas: p("Tomás Ferreira", "tomas.ferreira@example.pt"),
  aisha: p("Aisha Bello", "aisha.bello@uni.example.edu"),
  liam: p("Liam O'Connor", "liam.oconnor@example.ie"),
  sofia: p("Sofia Marques", "sofia@marques-dev.example"),
  miguel: p("Miguel Marques", "miguel@marques-dev.example"),
  daniel: p("Daniel Kim", "daniel.kim@example.com"),
  rafael: p("Rafael Costa", "rafa.costa@example.pt"),
  ines: p("Inês Duarte", "ines.duarte@example.pt"),
  emma: p("Emma Laurent", "emma.laurent@example.fr"),
  oliver: p("Oliver Grant", "oliver.grant@brightloop.example"),
  chloe: p("Chloe Adams", "chloe.adams@brightloop.example"),
  ravi: p("Ravi Patel", "ravi.patel@brightloop.example"),
  nina: p("Nina Petrova", "nina.petrova@brightloop.example"),
  yuki: p("Yuki Tanaka", "yuki.tanaka@example.jp"),
  carlos: p("Carlos Mendes", "carlos.mendes@example.br"),
  fatima: p("Fatima Zahra", "fatima.zahra@example.ma"),
  pedro: p("Pedro Alves", "pedro.alves@example.pt"),
  hannah: p("Hannah Schmidt", "hannah.schmidt@example.at"),
  lucas: p("Lucas Moreau", "lucas.moreau@example.fr"),
  grace: p("Grace Liu", "grace.liu@example.sg"),
  mateo: p("Mateo Rossi", "mateo.rossi@example.it"),
  elena: p("Elena Popescu", "elena.popescu@example.ro"),
  noah: p("Noah Fischer", "noah.fischer@example.ch"),
  zara: p("Zara Ahmed", "zara.ahmed@example.co.uk"),
  sam: p("Sam Okoro", "sam.okoro@example.ng"),
};

const PASS = "Conference Pass";
const WORKSHOP = "Conference + Workshop Day";
const STUDENT = "Student Pass";

export const conference: EventWorld = {
  key: "conference",
  name: "Atlantic Code Summit 2027",
  slug: "atlantic-code-summit-2027",
  timezone: "Europe/Lisbon",
  currency: "EUR",
  daysOut: 120,
  startTime: "09:00",
  durationDays: 2,
  venue: "Centro de Congressos do Tejo",
  city: "Lisbon",
  country: "PT",
  category: "technology",
  capacity: 1700,
  ticketTypes: [
    { name: PASS, priceCents: 39_000, quantity: 1200 },
    { name: WORKSHOP, priceCents: 69_000, quantity: 300 },
    { name: STUDENT, priceCents: 12_000, quantity: 200 },
  ],
  policy: {
    refundTiers: [
      { minDaysBefore: 30, percent: 100 },
      { minDaysBefore: 10, percent: 50 },
      { minDaysBefore: 3, percent: 25 },
    ],
    refundProcessing:
      "Refunds go back to the card or PayPal account you paid with; allow 5-10 business days for your bank to show it.",
    transferAllowed: true,
    transferMinDaysBefore: 2,
    transferFeeCents: 0,
    refundLimitCents: 50_000,
    needsPerson: [],
  },
  orders: [
    orderOf("ACS-4101", "tt_ord_880101", PASS, people.marta),
    orderOf("ACS-4102", "tt_ord_880102", PASS, people.jonas),
    orderOf("ACS-4103", "tt_ord_880103", PASS, people.priya),
    orderOf("ACS-4104", "tt_ord_880104", PASS, people.tomas),
    orderOf("ACS-4105", "tt_ord_880105", STUDENT, people.aisha),
    orderOf("ACS-4106", "tt_ord_880106", PASS, people.liam),
    orderOf("ACS-4107", "tt_ord_880107", WORKSHOP, people.sofia, [people.miguel]),
    orderOf("ACS-4108", "tt_ord_880108", WORKSHOP, people.daniel),
    orderOf("ACS-4109", "tt_ord_880109", PASS, people.rafael),
    orderOf("ACS-4110", "tt_ord_880110", PASS, people.emma),
    orderOf("ACS-4111", "tt_ord_880111", PASS, people.oliver, [people.chloe, people.ravi]),
    orderOf("ACS-4112", "tt_ord_880112", PASS, people.yuki),
    orderOf("ACS-4113", "tt_ord_880113", PASS, people.carlos),
    orderOf("ACS-4114", "tt_ord_880114", PASS, people.fatima),
    orderOf("ACS-4115", "tt_ord_880115", PASS, people.pedro),
    orderOf("ACS-4116", "tt_ord_880116", PASS, people.hannah),
    orderOf("ACS-4117", "tt_ord_880117", PASS, people.lucas),
    orderOf("ACS-4118", "tt_ord_880118", PASS, people.grace),
    orderOf("ACS-4119", "tt_ord_880119", PASS, people.mateo),
    orderOf("ACS-4120", "tt_ord_880120", PASS, people.elena),
    orderOf("ACS-4121", "tt_ord_880121", PASS, people.noah),
    orderOf("ACS-4122", "tt_ord_880122", PASS, people.zara),
    orderOf("ACS-4123", "tt_ord_880123", PASS, people.sam),
  ],
  articles: [
    {
      title: "Refunds and cancellations",
      tags: ["refunds", "cancellation", "policy"],
      body: `Plans change, we get it. If you can no longer come, you can cancel your order and get money back depending on how close to the summit you ask:

- 30 days or more before the first day: a full refund.
- 10 to 29 days before: 50% of what you paid.
- 3 to 9 days before: 25% of what you paid.
- In the last 2 days and during the event: no refund, but you can still transfer your ticket until 2 days before.

Days are counted in Lisbon time. Refunds go back to the card or PayPal account you paid with; allow 5-10 business days for your bank to show it. Refunding an order cancels all of its tickets. Write to us from the email address you bought with and include your order reference (it starts with ACS-).`,
    },
    {
      title: "Transferring your ticket to a colleague",
      tags: ["transfer", "name change"],
      body: `Tickets are personal, but you can hand yours to someone else for free until 2 days before the summit starts. Send us the order reference, and the new attendee's full name and email address, from the email address the order was bought with. We issue a new ticket in their name and email it to them; the old ticket's QR code stops working.

If you bought several tickets in one order, tell us whose ticket should change hands. After the transfer window closes we cannot change names, as badges are printed.`,
    },
    {
      title: "I did not receive my ticket",
      tags: ["ticket", "email", "resend"],
      body: `Your ticket arrives by email within a few minutes of buying, from tickets@atlanticcodesummit.example. Check your spam or promotions folder first. If it is not there, ask us to send it again: for security we only ever send tickets to the email address the order was bought with. If you no longer have access to that address, tell us and a person from the team will help.`,
    },
    {
      title: "Venue and how to get there",
      tags: ["venue", "transport", "metro", "parking"],
      body: `The summit takes place at Centro de Congressos do Tejo, Rua do Cais 12, in Lisbon's Parque das Nações. The nearest metro is Oriente on the red line, a 10-minute walk along the river; Oriente is also the main train and bus station. From the airport, take the red line directly to Oriente (about 15 minutes).

Parking: the venue's P2 garage costs €12 per day and fills up by 08:30. Bike racks are at the main entrance. There is a taxi and ride-share drop-off on Rua do Cais.`,
    },
    {
      title: "Registration and badge pickup",
      tags: ["badge", "registration", "check-in", "id"],
      body: `Registration opens at 08:00 on day one and at 08:15 on day two, in the main foyer. Keynotes start at 09:00. Bring your ticket's QR code (on your phone is fine) and a photo ID that matches the name on the ticket. You can also pick up your badge the evening before, from 17:00 to 20:00, at the foyer. Lost your badge? Go to the registration desk with your photo ID and we print a new one.`,
    },
    {
      title: "Food, coffee and dietary requirements",
      tags: ["food", "lunch", "dietary", "vegan", "allergies"],
      body: `Lunch on both days, coffee all day and the evening reception on day one are included with every pass. Every meal has vegetarian, vegan and gluten-free options, clearly labelled. If you have a severe allergy or another dietary requirement, fill in the dietary form linked in your ticket email at least 7 days before the summit and we prepare a named meal for you. Water stations are on every floor; bring a refillable bottle.`,
    },
    {
      title: "Workshop Day",
      tags: ["workshops", "laptop", "workshop day"],
      body: `The Conference + Workshop Day pass adds the hands-on workshops on the day before the conference (day zero), 09:30-17:00. Each workshop has 40 seats; you choose yours in the summit app from 4 weeks before, first come first served. Bring a laptop with Docker and Git installed and at least 20 GB of free disk space; some workshops list extra tools in their description. Power sockets are at every table.`,
    },
    {
      title: "Accessibility at the venue",
      tags: ["accessibility", "wheelchair", "hearing loop", "quiet room"],
      body: `The whole venue is step-free, with lifts to every floor and accessible toilets on each level. Auditorium 1 has a hearing loop and reserved wheelchair spaces at the front; all keynotes have live captions. A quiet room is on level 2 and open all day. If you need a personal assistant to attend with you, their pass is free: tell us their name and we add them to your order. Service animals are welcome.`,
    },
    {
      title: "Invoices and VAT receipts",
      tags: ["invoice", "vat", "receipt", "company"],
      body: `A VAT receipt is attached to your order confirmation email. If you need a full invoice with your company's name, address and VAT number, use the "Request invoice" link in the same email within 30 days of buying. Invoices are issued in euros by our Portuguese company and include 23% VAT. We cannot change an invoice once issued, but we can issue a credit note and a new invoice.`,
    },
    {
      title: "Code of conduct and reporting a problem",
      tags: ["code of conduct", "safety", "harassment", "report"],
      body: `The Atlantic Code Summit is for everyone, and we expect every attendee, speaker, sponsor and volunteer to follow our code of conduct: no harassment, no discrimination, no unwelcome contact. If something happens to you or you see it happen, talk to any staff member in an orange T-shirt, go to the registration desk, or call the safety team on +351 210 000 111 at any time during the event. Reports are handled confidentially.`,
    },
    {
      title: "Recordings and slides",
      tags: ["recordings", "video", "slides"],
      body: `All talks in the two main auditoriums are recorded. Ticket holders get the recordings in the summit app about two weeks after the event, and they become public on our video channel three months later. Speakers upload their slides to their session page in the app; not every speaker shares them. Workshops are not recorded.`,
    },
    {
      title: "Hotels and partner rates",
      tags: ["hotel", "accommodation", "discount"],
      body: `Our partner hotels near the venue offer summit rates: Hotel Miradouro Oriente (10% off with the code ACS27, a 5-minute walk) and Rio Tejo Suites (15% off, a 12-minute walk). The rates are available until 4 weeks before the summit and can be booked directly on the hotels' websites. We do not handle hotel bookings ourselves.`,
    },
    {
      title: "Student passes",
      tags: ["student", "discount", "id"],
      body: `Student passes are for people in full-time education. Bring a valid student card or a letter from your university to badge pickup along with your photo ID; without it we ask you to upgrade to a Conference Pass at the desk. Student passes include the same talks, lunches and recordings as a Conference Pass, but not the Workshop Day.`,
    },
  ],
};
