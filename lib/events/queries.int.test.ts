import { describe, expect, it } from "vitest";
import { createEvent, createSalesHistory } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { getEventDetail, listEventSummaries } from "./queries";

const db = testDb();
const now = new Date("2026-06-01T12:00:00Z");

async function eventWithSales(tickets: number, refundRate = 0) {
  const org = await uniqueOrganization(db);
  const eventSpec = testEventSpec(now);
  const event = await createEvent(db, org.id, eventSpec);
  await createSalesHistory(db, event.id, eventSpec.ticketTypes, {
    tickets,
    until: now,
    refundRate,
    orderPrefix: org.slug,
    seed: 5,
  });
  return { org, event };
}

describe("event summaries", () => {
  it("count sold tickets without refunds and net revenue after refunds", async () => {
    const { org, event } = await eventWithSales(120, 0.2);
    const refunded = await db.ticket.count({ where: { eventId: event.id, status: "refunded" } });
    expect(refunded).toBeGreaterThan(0);
    const [summary] = await listEventSummaries(db, org.id, now);
    expect(summary?.ticketsSold).toBe(120 - refunded);
    expect(summary?.revenueCents).toBe((120 - refunded) * 10_000);
    expect(summary?.pace.expectedByNow).toBe(267);
    expect(summary?.pace.status).toBe("far_behind");
  });

  it("count a transferred seat once, at its price, on the day it was bought", async () => {
    const { org, event } = await eventWithSales(10);
    const sold = await db.ticket.findFirstOrThrow({ where: { eventId: event.id } });
    const curveBefore = (await getEventDetail(db, org.id, event.id, now))?.series;
    // A transfer (lib/agents/support/tools/transfer-ticket.ts): the old ticket void, a new one issued today.
    await db.ticket.update({ where: { id: sold.id }, data: { status: "transferred" } });
    await db.ticket.create({
      data: {
        orderId: sold.orderId,
        eventId: event.id,
        ticketTypeId: sold.ticketTypeId,
        attendeeName: "New Holder",
        attendeeEmail: "new.holder@example.com",
        pricePaidCents: sold.pricePaidCents,
        transferredFromId: sold.id,
        createdAt: now,
      },
    });
    const [summary] = await listEventSummaries(db, org.id, now);
    expect(summary).toMatchObject({ ticketsSold: 10, revenueCents: 10 * 10_000 });
    // The sales curve is the same as before the transfer: the seat stays on the day it was bought.
    expect((await getEventDetail(db, org.id, event.id, now))?.series).toEqual(curveBefore);
  });

  it("are scoped to the organization", async () => {
    const { event } = await eventWithSales(10);
    const other = await uniqueOrganization(db);
    expect(await listEventSummaries(db, other.id, now)).toEqual([]);
    expect(await getEventDetail(db, other.id, event.id, now)).toBeNull();
  });
});

describe("event detail", () => {
  it("draws the cumulative sales curve up to today, ending at the tickets sold", async () => {
    const { org, event } = await eventWithSales(80);
    const detail = await getEventDetail(db, org.id, event.id, now);
    expect(detail?.series[0]?.day).toBe("2026-04-02");
    expect(detail?.series.at(-1)).toMatchObject({ day: "2026-06-01", sold: 80 });
    expect(detail?.ticketTypes).toEqual([expect.objectContaining({ name: "General", sold: 80 })]);
  });

  it("treats a malformed id as not found instead of failing", async () => {
    const { org } = await eventWithSales(1);
    expect(await getEventDetail(db, org.id, "not-a-uuid'; DROP TABLE events; --", now)).toBeNull();
  });
});
