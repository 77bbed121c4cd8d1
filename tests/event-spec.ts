import { daysFrom, type EventSpec } from "@/prisma/seed/factories";

/** An ordinary on-sale event 30 days out, sales open for 60 days; tests override what they are about. */
export function testEventSpec(now: Date, overrides: Partial<EventSpec> = {}): EventSpec {
  return {
    name: "Harbour Tech Day",
    slug: "harbour-tech-day",
    startsAt: daysFrom(now, 30),
    durationDays: 1,
    timezone: "Europe/Lisbon",
    venue: "Pavilhão 2",
    city: "Porto",
    capacity: 500,
    ticketSalesTarget: 400,
    budgetCents: 5_000_000,
    currency: "EUR",
    status: "on_sale",
    salesOpenedAt: daysFrom(now, -60),
    ticketTypes: [{ name: "General", priceCents: 10_000, quantity: 500, share: 1 }],
    ...overrides,
  };
}
