import { randomUUID } from "node:crypto";
import type { Caller } from "@/lib/agents/core/gate";
import { setAgentMode } from "@/lib/agents/settings";
import type { AgentMode, Role } from "@/lib/db/generated/enums";
import { createEvent, daysFrom } from "@/prisma/seed/factories";
import { memberInEveryRole, type testDb, uniqueOrganization } from "./db";
import { testEventSpec } from "./event-spec";

type TestDb = ReturnType<typeof testDb>;

/**
 * An organization with a person in every role and one event (a conference in Lisbon, EUR) `daysToEvent`
 * days out, with orders the tests name by reference: a 2-ticket €600 order (over the €500 limit at
 * 100%), a €300 single ticket, and a €400 order of which €100 was refunded already.
 */
export async function supportFixture(db: TestDb, options: { daysToEvent?: number; mode?: AgentMode } = {}) {
  const now = new Date();
  const org = await uniqueOrganization(db, "Support");
  const people = await memberInEveryRole(db, org);
  const event = await createEvent(
    db,
    org.id,
    testEventSpec(now, {
      name: "Harbour Tech Day",
      slug: `harbour-${org.slug}`,
      startsAt: daysFrom(now, options.daysToEvent ?? 40),
      ticketTypes: [{ name: "Full Pass", priceCents: 30_000, quantity: 500, share: 1 }],
    }),
  );
  const type = await db.ticketType.findFirstOrThrow({ where: { eventId: event.id } });
  const prefix = org.slug.toUpperCase();

  async function order(
    suffix: string,
    buyer: { name: string; email: string },
    holders: { name: string; email: string }[],
    refundedCents = 0,
  ) {
    const totalCents = holders.length * 30_000;
    return db.order.create({
      data: {
        eventId: event.id,
        reference: `${prefix}-${suffix}`,
        externalId: `ext-${suffix}-${org.slug}`,
        buyerName: buyer.name,
        buyerEmail: buyer.email,
        totalCents: holders.length * 30_000 + (refundedCents > 0 ? 10_000 * holders.length : 0),
        refundedCents,
        status: refundedCents > 0 ? "partially_refunded" : "paid",
        tickets: {
          create: holders.map((holder) => ({
            eventId: event.id,
            ticketTypeId: type.id,
            attendeeName: holder.name,
            attendeeEmail: holder.email,
            pricePaidCents: totalCents / holders.length + (refundedCents > 0 ? 10_000 : 0),
          })),
        },
      },
      include: { tickets: true },
    });
  }

  const ana = { name: "Ana Lima", email: `ana-${org.slug}@example.com` };
  const ben = { name: "Ben Okafor", email: `ben-${org.slug}@example.com` };
  const cleo = { name: "Cleo Martin", email: `cleo-${org.slug}@example.com` };
  const orders = {
    pair: await order("1001", ana, [ana, { name: "Rui Lima", email: `rui-${org.slug}@example.com` }]),
    single: await order("1002", ben, [ben]),
    partial: await order("1003", cleo, [cleo], 10_000),
  };

  await setAgentMode(
    db,
    { organizationId: org.id, userId: people.owner.id, agent: "support", mode: options.mode ?? "full_auto" },
    {},
  );
  const setMode = (mode: AgentMode) =>
    setAgentMode(db, { organizationId: org.id, userId: people.owner.id, agent: "support", mode }, {});

  /** An attendee's request from the API: the system, keyed per message so a retry acts once. */
  const attendee = (key: string = randomUUID()): Caller => ({
    organizationId: org.id,
    userId: null,
    role: null,
    source: "api",
    idempotencyKey: `support:${key}`,
  });
  const caller = (role: Role): Caller => ({ organizationId: org.id, userId: people[role].id, role, source: "ui" });
  return { org, event, people, orders, buyers: { ana, ben, cleo }, attendee, caller, setMode };
}
