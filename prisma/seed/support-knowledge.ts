/**
 * The demo events' knowledge bases and support policies: what attendees of a two-day developer
 * conference, a three-day outdoor jazz festival and a winter market ask, written for each. The refund
 * and transfer articles say what each event's policy (below them) computes; the seed's own test keeps
 * the two in step.
 */
import type { SupportPolicyInput } from "@/lib/agents/support/policy";

export type ArticleSpec = { title: string; tags: string[]; body: string };
export type SupportSpec = { policy: SupportPolicyInput; articles: ArticleSpec[] };

const article = (title: string, tags: string[], ...paragraphs: string[]): ArticleSpec => ({
  title,
  tags,
  body: paragraphs.join("\n\n"),
});

export const DEVCONF_SUPPORT: SupportSpec = {
  policy: {
    refundTiers: [
      { minDaysBefore: 60, percent: 100 },
      { minDaysBefore: 30, percent: 75 },
      { minDaysBefore: 14, percent: 50 },
    ],
    refundProcessing:
      "Refunds go back to the card you paid with within 5-10 business days; a company invoice is credited with a credit note.",
    transferAllowed: true,
    transferMinDaysBefore: 2,
    transferFeeCents: 0,
    refundLimitCents: 50_000,
    needsPerson: ["group booking", "sponsorship"],
  },
  articles: [
    article(
      "Refund policy",
      ["refunds", "cancellation"],
      "You can cancel your DevConf Lisbon ticket and get money back on this scale, counted in whole days before the first conference day (Lisbon time):",
      "- 60 days or more before: a full refund (100%)\n- 30 to 59 days before: 75% of the ticket price\n- 14 to 29 days before: 50%\n- Less than 14 days before: no refund, but you can still transfer your ticket to a colleague",
      "Refunds go back to the card you paid with within 5-10 business days. If your company paid by invoice, we send a credit note instead.",
      "Ask in the chat or by email from the address on your order; we confirm it is you before refunding.",
    ),
    article(
      "Transferring your ticket to a colleague",
      ["transfer", "name change"],
      "Tickets are personal, but you can give yours to someone else free of charge until 2 days before the conference starts.",
      "Tell us the new attendee's full name and email from the address on your order. We issue a new ticket in their name, email it to them, and the old ticket stops working at the door.",
      "Badges are printed with the attendee's name, so a transfer after the deadline cannot be made at the registration desk.",
    ),
    article(
      "Getting your ticket email again",
      ["ticket", "resend", "email"],
      "Your ticket arrives by email right after you buy it, from tickets@northwind.events. Check your spam folder first.",
      "If it is not there, ask us in the chat or by email and we send it again, always to the email address on the order (never to another one).",
    ),
    article(
      "Badge pickup and registration",
      ["badge", "registration", "check-in"],
      "Registration opens at 08:00 on both days in the main foyer of the Centro de Congressos de Lisboa. Show the QR code from your ticket email on your phone or printed.",
      "Pick up your badge on day one if you can: the queue is shortest between 08:00 and 08:30 and the opening keynote starts at 09:15.",
      "Lost your badge? The registration desk reprints it once you show a photo ID.",
    ),
    article(
      "Student tickets",
      ["student", "ticket types"],
      "Student tickets are for people enrolled full time at a university or school. Bring your student card or a letter from your institution to badge pickup; without it you pay the difference to a Regular ticket at the desk.",
      "Student tickets include the talks, lunch and the evening party, but not the workshops.",
    ),
    article(
      "Workshop Pass and workshop seats",
      ["workshops", "ticket types"],
      "The Workshop Pass adds the hands-on workshops of the first morning (09:00-12:30) to everything a Regular ticket includes.",
      "Each workshop room has 40 seats. Choose your workshop in the email we send two weeks before the conference; seats go to the first to choose. Bring your own laptop with the setup the workshop page lists.",
    ),
    article(
      "Schedule and opening hours",
      ["schedule", "agenda", "times"],
      "Both days: doors and registration at 08:00, the opening keynote at 09:15, talks in four rooms until 17:45, and lightning talks to close the day at 18:00.",
      "The DevConf party is on the first evening from 19:30 at the venue's river terrace, included in every ticket. The full agenda with rooms is on the conference website and in the app.",
    ),
    article(
      "Venue and how to get there",
      ["venue", "directions", "transport"],
      "DevConf Lisbon is at the Centro de Congressos de Lisboa, Praça das Indústrias, in Alcântara by the river.",
      "By train: Alcântara-Mar station on the Cascais line is a 5-minute walk. By tram: the 15E stops at Alcântara. From the airport, take the metro to Cais do Sodré (about 35 minutes) and the Cascais line one stop from there.",
    ),
    article(
      "Parking",
      ["parking", "car"],
      "The venue has a paid underground car park with about 300 spaces, first come first served; it is usually full by 08:45. There is no parking discount for attendees.",
      "Public transport is quicker: the Alcântara-Mar train station is a 5-minute walk.",
    ),
    article(
      "Food, coffee and dietary needs",
      ["food", "lunch", "dietary"],
      "Coffee is served from 08:00 and lunch from 12:30 on both days, included in every ticket. Every meal has vegetarian and vegan choices.",
      "Gluten-free, halal and allergy-safe meals are prepared to order: tell the registration desk when you pick up your badge and you get a sticker the catering team recognizes.",
    ),
    article(
      "Accessibility",
      ["accessibility", "wheelchair"],
      "Every room is step-free and reachable by lift, with wheelchair spaces at the front of each room and accessible toilets on every floor.",
      "The main auditorium has a hearing loop, and the keynotes have live captions on the screens. A quiet room on the first floor is open all day.",
      "If you need a personal assistant to attend, their ticket is free: write to us with their name and we add it to your order.",
    ),
    article(
      "Bags and security",
      ["bags", "security", "cloakroom"],
      "Laptop bags and backpacks are welcome. Bags may be checked at the entrance.",
      "A free cloakroom next to registration takes suitcases and coats until 30 minutes after the last talk; on the last day you can leave luggage there before your flight home.",
    ),
    article(
      "Wi-Fi and power",
      ["wifi", "internet", "power"],
      "The venue wifi network is DevConf, with the password on the back of your badge. Every room has power strips along the rows; the foyer has charging tables.",
    ),
    article(
      "Invoices and company purchases",
      ["invoice", "vat", "company"],
      "Every order comes with a VAT invoice in the ticket email. If you need another company name or VAT number on it, reply to that email before the conference and we reissue it.",
      "Buying for a team of ten or more? Write to us for a group price.",
    ),
    article(
      "Age requirements",
      ["age", "minors"],
      "The minimum age to attend DevConf Lisbon is 16. Attendees under 18 need a consent form signed by a parent or guardian, shown at badge pickup.",
    ),
    article(
      "Code of conduct",
      ["code of conduct", "safety"],
      "DevConf is a harassment-free event for everyone. The full code of conduct is on the website and applies in every room, at the party and online.",
      "To report anything, talk to any staff member in a green shirt or call the safety line printed on your badge; it is answered during the whole event.",
    ),
    article(
      "Talk recordings and slides",
      ["recordings", "slides", "video"],
      "Talks in the two largest rooms are recorded. Attendees get the recordings and the slides the speakers share within two weeks after the conference, by email.",
    ),
  ],
};

export const RIVERSIDE_SUPPORT: SupportSpec = {
  policy: {
    refundTiers: [
      { minDaysBefore: 30, percent: 100 },
      { minDaysBefore: 14, percent: 50 },
    ],
    refundProcessing:
      "Refunds reach your card within 3-5 business days, minus nothing: the festival pays the card fees.",
    transferAllowed: true,
    transferMinDaysBefore: 1,
    transferFeeCents: 500,
    refundLimitCents: 25_000,
    needsPerson: ["ADA platform", "lost wristband", "chargeback"],
  },
  articles: [
    article(
      "Refund policy",
      ["refunds", "cancellation"],
      "Plans change. Refunds for Riverside Jazz Fest depend on how many whole days before the festival's first day (Chicago time) you ask:",
      "- 30 days or more before: a full refund\n- 14 to 29 days before: 50% back\n- Less than 14 days before: no refund; you can still transfer your ticket",
      "Refunds reach your card within 3-5 business days. Weather is not a reason for a refund unless the festival itself cancels a day.",
    ),
    article(
      "Transferring a ticket",
      ["transfer"],
      "You can pass your ticket to a friend until the day before the festival. A transfer costs $5 per order.",
      "Tell us the new holder's name and email from the email address on your order; they get a new ticket by email and the old one stops scanning.",
      "Please don't buy tickets from strangers online: we can't honor tickets that were copied or sold twice.",
    ),
    article(
      "Resending your tickets",
      ["ticket", "resend", "email"],
      "Tickets come by email from tickets@northwind.events right after purchase. Can't find it? Check spam and promotions, then ask us and we send it again to the email on the order.",
    ),
    article(
      "Wristbands and entry",
      ["wristband", "entry", "tickets"],
      "Day Pass holders get scanned at the gate every day. Weekend Pass and VIP Lawn holders swap their ticket for a wristband at the box office on their first visit; wear it all weekend and don't cut it off.",
      "Re-entry: wristband holders can leave and come back once per day. Day Pass holders can't re-enter after leaving.",
    ),
    article(
      "Gates and set times",
      ["schedule", "times", "lineup"],
      "Gates open at 3 PM on Friday and at noon on Saturday and Sunday. Music runs on the main stage and the river stage until the 10:30 PM curfew: however late the set, Friday included, the music ends at 10:30 PM.",
      "Set times are published in the festival app a week before the festival.",
    ),
    article(
      "Bag policy",
      ["bags", "security", "backpack"],
      "You can't bring a backpack or a large bag to the festival, except medical bags and diaper bags, which are searched at the gate.",
      'Clear bags no larger than 12" x 6" x 12" and small clutches (4.5" x 6.5") are allowed.',
      "There is no bag storage on site, so leave big bags at home or in your car.",
    ),
    article(
      "What you can bring (and what stays home)",
      ["prohibited items", "chairs", "blankets"],
      'Bring: blankets, low-back lawn chairs (seat under 9" high), sunscreen, one sealed water bottle or an empty reusable bottle, and ponchos.',
      "Leave at home: glass, coolers, outside alcohol, umbrellas, drones and professional cameras with detachable lenses.",
      "You can't bring your dog or other pets to the festival; service animals are welcome.",
    ),
    article(
      "Food and drinks",
      ["food", "drinks", "alcohol"],
      "Twenty food trucks and stands serve all weekend, with vegetarian, vegan and gluten-free options at every row. Free water refill stations are by each restroom block.",
      "Beer and wine are sold to guests 21 and over with a valid photo ID; expect to show it at every bar.",
    ),
    article(
      "Kids and age policy",
      ["age", "kids", "family"],
      "Riverside is an all-ages festival. Children 10 and under get in free with a ticketed adult; everyone 11 and older needs a ticket.",
      "The family zone by the river stage has shade, a changing station and a kids' drum workshop every afternoon.",
    ),
    article(
      "Accessibility",
      ["accessibility", "ada", "wheelchair"],
      "The amphitheater and lawn have paved paths, accessible restrooms at every restroom block and an accessible shuttle from the Lot C drop-off point.",
      "The raised ADA viewing platform by the main stage has room for one companion per guest; ask us in advance to reserve a spot.",
    ),
    article(
      "Parking and getting there",
      ["parking", "transport", "directions"],
      "There is no parking at the park itself. Garages on Riverside Drive and at the Harbor Center charge about $25 a day; book ahead in the parking apps.",
      "The CTA Green Line to Riverside station is a 10-minute walk, there's a free bike valet at the north gate, and rideshare drop-off is on Park Avenue.",
    ),
    article(
      "Weather",
      ["weather", "rain"],
      "If it rains, the festival goes on: it runs rain or shine, so bring a poncho. If lightning comes within 8 miles we pause the music and ask everyone to shelter in their cars or the covered concourse; we restart when it is safe.",
      "If we cancel a full day, tickets for that day are refunded automatically.",
    ),
    article(
      "VIP Lawn",
      ["vip", "ticket types"],
      "VIP Lawn tickets include the reserved lawn closest to the main stage, a private bar, VIP restrooms and a shaded lounge. Wristbands are picked up at the VIP box office by the north gate.",
    ),
    article(
      "Cashless payments",
      ["payment", "cash", "cards"],
      "The festival is cashless: food, drinks and merch take cards and phones. Two cash-to-card kiosks by the main gate turn cash into a prepaid card, and any balance is refunded after the festival.",
    ),
    article(
      "Lost and found",
      ["lost and found"],
      "Lost something? Visit the info tent by the main gate during the festival. After it, write to us with a description and the day you lost it; we keep items for 30 days.",
    ),
  ],
};

export const WINTER_MARKET_SUPPORT: SupportSpec = {
  policy: {
    refundTiers: [{ minDaysBefore: 7, percent: 100 }],
    refundProcessing: "Refunds go back to your card within 5 working days.",
    transferAllowed: true,
    transferMinDaysBefore: 0,
    transferFeeCents: 0,
    refundLimitCents: 10_000,
    needsPerson: ["stall booking", "trader"],
  },
  articles: [
    article(
      "Refunds",
      ["refunds"],
      "Can't make it? Ask for a refund up to 7 days before the market opens and you get the full price back. In the last week before the market we can't refund tickets, but you can pass yours on.",
      "Refunds go back to your card within 5 working days.",
    ),
    article(
      "Passing your ticket on",
      ["transfer"],
      "Tickets can be given to someone else for free, right up to the day you visit. Tell us their name and email from the address you booked with and we send them their own ticket.",
    ),
    article(
      "Opening times and entry slots",
      ["times", "entry"],
      "The market is open 11:00-21:00 on both days. Your ticket is valid all day on the day you chose; once inside you can stay until closing.",
    ),
    article(
      "Family tickets",
      ["family", "kids", "ticket types"],
      "A Family ticket covers two adults and two children aged 3-15. Children under 3 go free and don't need a ticket.",
    ),
    article(
      "Buggies and children",
      ["buggies", "kids"],
      "Buggies are welcome; there is a buggy park by the Santa's grotto and baby-changing rooms next to the toilets.",
    ),
    article(
      "Getting to Warehouse 7",
      ["directions", "transport"],
      "Dublin Port Warehouse 7 is on Alexandra Road. Take the Luas Red Line to The Point (a 10-minute walk) or Dublin Bus route 151 to the port entrance.",
    ),
    article(
      "Parking",
      ["parking", "car"],
      "Parking at the port is limited to 150 spaces at €10 a day and fills up by noon at weekends. Disabled parking spaces are next to the main entrance.",
    ),
    article(
      "Food, mulled wine and hot chocolate",
      ["food", "drinks", "alcohol"],
      "Thirty food stalls serve everything from oysters to vegan stews. Mulled wine and craft beer are only sold to people aged 18 and over; bring ID if you look under 25.",
    ),
    article(
      "Accessibility",
      ["accessibility", "wheelchair"],
      "The warehouse floor is flat and step-free, with accessible toilets and a quiet area upstairs reached by lift. Carers of visitors with a disability get in free: just ask at the entrance.",
    ),
    article(
      "Dogs",
      ["dogs", "pets"],
      "Only assistance dogs can come into the market: the food stalls and crowds make it no place for pets.",
    ),
    article(
      "Paying at the stalls",
      ["payment", "cash", "cards"],
      "Almost every stall takes cards and phones; a few small makers are cash only, and there is an ATM by the entrance.",
    ),
    article(
      "Bags and cloakroom",
      ["bags", "cloakroom"],
      "Bags are welcome and may be checked at the door. A cloakroom by the entrance keeps coats and shopping for €2 an item until closing.",
    ),
  ],
};
