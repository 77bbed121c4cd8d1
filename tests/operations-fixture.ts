import type { Role } from "@/lib/db/generated/enums";
import { createEvent, createSalesHistory, daysFrom } from "@/prisma/seed/factories";
import { createOperationsPlan, type OperationsPlan, RIVERSIDE_OPERATIONS } from "@/prisma/seed/operations";
import { memberInEveryRole, type testDb, uniqueOrganization } from "./db";
import { testEventSpec } from "./event-spec";

/** An organization with people in every role and one event like Riverside Jazz Fest (every rule trips). */
export async function operationsFixture(
  db: ReturnType<typeof testDb>,
  options: { plan?: OperationsPlan; daysToEvent?: number; ticketsSold?: number } = {},
) {
  const now = new Date();
  const org = await uniqueOrganization(db, "Ops");
  const people = await memberInEveryRole(db, org);
  const spec = testEventSpec(now, {
    name: "Lakeside Blues Weekend",
    slug: "lakeside-blues",
    startsAt: daysFrom(now, options.daysToEvent ?? 20),
    durationDays: 2,
    timezone: "America/Chicago",
    venue: "Lakeside Pavilion",
    city: "Milwaukee",
    capacity: 4000,
    ticketSalesTarget: 3500,
    budgetCents: 31_000_000,
    currency: "USD",
    salesOpenedAt: daysFrom(now, -100),
    ticketTypes: [{ name: "Day Pass", priceCents: 6_500, quantity: 4000, share: 1 }],
  });
  const event = await createEvent(db, org.id, spec);
  await createSalesHistory(db, event.id, spec.ticketTypes, {
    tickets: options.ticketsSold ?? 1300,
    until: now,
    refundRate: 0,
    orderPrefix: org.slug,
    seed: 9,
  });
  await createOperationsPlan(db, event.id, options.plan ?? RIVERSIDE_OPERATIONS, now);
  const caller = (role: Role | "system") =>
    role === "system"
      ? { organizationId: org.id, userId: null, role: null, source: "schedule" as const }
      : { organizationId: org.id, userId: people[role].id, role, source: "ui" as const };
  return { org, event, people, caller };
}
