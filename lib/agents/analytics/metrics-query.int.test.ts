import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { OrderStatus, TicketStatus } from "@/lib/db/generated/enums";
import { createEvent } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { runMetricsQuery } from "./metrics-query";

const db = testDb();
const NOW = new Date("2027-03-10T12:00:00Z");

type Seat = { type: "General" | "VIP"; status?: TicketStatus; refundedCents?: number; transferred?: boolean };

/** An organization with one event in Chicago (General at 100.00, VIP at 250.00). */
async function organizationWithEvent() {
  const org = await uniqueOrganization(db, "Metrics");
  const event = await createEvent(
    db,
    org.id,
    testEventSpec(NOW, {
      timezone: "America/Chicago",
      currency: "USD",
      ticketTypes: [
        { name: "General", priceCents: 10_000, quantity: 300, share: 3 },
        { name: "VIP", priceCents: 25_000, quantity: 50, share: 1 },
      ],
    }),
  );
  const types = await db.ticketType.findMany({ where: { eventId: event.id } });
  const typeId = (name: string) => types.find((type) => type.name === name)?.id as string;

  /** An order placed at `at`, its seats as given; a transferred seat is voided and reissued (as the tool does). */
  async function order(at: string, status: OrderStatus, seats: Seat[]) {
    const prices = { General: 10_000, VIP: 25_000 };
    const created = await db.order.create({
      data: {
        eventId: event.id,
        reference: `MQ-${randomUUID().slice(0, 8)}`,
        buyerName: "Ana Buyer",
        buyerEmail: "ana@example.com",
        totalCents: seats.reduce((sum, seat) => sum + prices[seat.type], 0),
        refundedCents: seats.reduce((sum, seat) => sum + (seat.refundedCents ?? 0), 0),
        status,
        createdAt: new Date(at),
      },
    });
    for (const seat of seats) {
      const ticket = await db.ticket.create({
        data: {
          orderId: created.id,
          eventId: event.id,
          ticketTypeId: typeId(seat.type),
          attendeeName: "Ana Buyer",
          attendeeEmail: "ana@example.com",
          pricePaidCents: prices[seat.type],
          refundedCents: seat.refundedCents ?? 0,
          status: seat.transferred ? "transferred" : (seat.status ?? "valid"),
          createdAt: new Date(at),
        },
      });
      if (seat.transferred) {
        await db.ticket.create({
          data: {
            orderId: created.id,
            eventId: event.id,
            ticketTypeId: ticket.ticketTypeId,
            attendeeName: "Bo Friend",
            attendeeEmail: "bo@example.com",
            pricePaidCents: ticket.pricePaidCents,
            status: "valid",
            transferredFromId: ticket.id,
            createdAt: NOW,
          },
        });
      }
    }
  }
  return { org, event, order };
}

/** Five orders over three Chicago days; the last one is 21:00 on March 2 in Chicago, March 3 in UTC. */
async function seededOrganization() {
  const seeded = await organizationWithEvent();
  const { order } = seeded;
  await order("2027-03-01T16:00:00Z", "paid", [{ type: "General" }, { type: "General" }]);
  await order("2027-03-01T18:00:00Z", "paid", [{ type: "VIP" }]);
  await order("2027-03-02T15:00:00Z", "refunded", [{ type: "General", status: "refunded", refundedCents: 10_000 }]);
  await order("2027-03-02T16:00:00Z", "partially_refunded", [
    { type: "VIP", refundedCents: 5_000 },
    { type: "General" },
  ]);
  await order("2027-03-03T03:00:00Z", "paid", [{ type: "General", transferred: true }]);
  return seeded;
}

describe("query_database's metrics", () => {
  it("gives revenue by ticket type as computed by hand (refunds netted, a transferred seat once)", async () => {
    const { org } = await seededOrganization();
    const result = await runMetricsQuery(db, org.id, {
      metrics: ["tickets_sold", "revenue_cents", "refunds_cents", "orders", "refunded_orders", "average_order_cents"],
      dimensions: ["ticket_type"],
    });
    expect(result.columns).toEqual([
      "ticket_type",
      "currency",
      "tickets_sold",
      "revenue_cents",
      "refunds_cents",
      "orders",
      "refunded_orders",
      "average_order_cents",
    ]);
    expect(result.rows).toEqual([
      // General: 2 + 0 (refunded) + 1 + 1 (transferred, counted once) seats; 4 orders, 2 of them refunded.
      {
        ticket_type: "General",
        currency: "USD",
        tickets_sold: 4,
        revenue_cents: 40_000,
        refunds_cents: 10_000,
        orders: 4,
        refunded_orders: 2,
        average_order_cents: 10_000,
      },
      // VIP: 250.00 + (250.00 − 50.00); 2 orders, 1 partly refunded.
      {
        ticket_type: "VIP",
        currency: "USD",
        tickets_sold: 2,
        revenue_cents: 45_000,
        refunds_cents: 5_000,
        orders: 2,
        refunded_orders: 1,
        average_order_cents: 22_500,
      },
    ]);
  });

  it("counts days in the event's time zone, and filters by purchase day and ticket type", async () => {
    const { org, event } = await seededOrganization();
    const byDay = await runMetricsQuery(db, org.id, { metrics: ["tickets_sold"], dimensions: ["day"] });
    expect(byDay.rows).toEqual([
      { day: "2027-03-01", tickets_sold: 3 },
      { day: "2027-03-02", tickets_sold: 3 },
    ]);
    expect(byDay.truncated).toBe(false);
    const firstDay = await runMetricsQuery(db, org.id, { metrics: ["tickets_sold"], dimensions: ["day"], limit: 1 });
    expect(firstDay).toMatchObject({ rows: [{ day: "2027-03-01", tickets_sold: 3 }], truncated: true });
    const vipOnSecond = await runMetricsQuery(db, org.id, {
      metrics: ["revenue_cents"],
      dimensions: ["event"],
      filters: { eventId: event.id, from: "2027-03-02", to: "2027-03-02", ticketType: "VIP" },
    });
    expect(vipOnSecond.rows).toEqual([
      { event_id: event.id, event: "Harbour Tech Day", currency: "USD", revenue_cents: 20_000 },
    ]);
  });

  it("never shows another organization's data, even when asked for its event by id", async () => {
    const mine = await seededOrganization();
    const theirs = await seededOrganization();
    await theirs.order("2027-03-01T17:00:00Z", "paid", [{ type: "VIP" }, { type: "VIP" }]);

    const all = await runMetricsQuery(db, mine.org.id, { metrics: ["tickets_sold", "orders"], dimensions: ["event"] });
    expect(all.rows).toEqual([{ event_id: mine.event.id, event: "Harbour Tech Day", tickets_sold: 6, orders: 5 }]);
    const theirEvent = await runMetricsQuery(db, mine.org.id, {
      metrics: ["tickets_sold", "orders"],
      filters: { eventId: theirs.event.id },
    });
    expect(theirEvent.rows).toEqual([{ tickets_sold: 0, orders: 0 }]);
  });

  it("refuses an unknown metric or dimension with a zod error, and reads nothing", async () => {
    const { org } = await organizationWithEvent();
    await expect(runMetricsQuery(db, org.id, { metrics: ["profit" as "orders"] })).rejects.toBeInstanceOf(ZodError);
    await expect(
      runMetricsQuery(db, org.id, { metrics: ["orders"], dimensions: ["buyer_email" as "day"] }),
    ).rejects.toThrow(/dimensions/);
  });

  it("treats SQL in a filter value as a value: nothing matches and nothing is dropped", async () => {
    const { org } = await seededOrganization();
    for (const ticketType of ["General' OR '1'='1", "VIP'; DROP TABLE orders; --", "General\\' OR 1=1 --"]) {
      const result = await runMetricsQuery(db, org.id, { metrics: ["tickets_sold"], filters: { ticketType } });
      expect(result.rows).toEqual([{ tickets_sold: 0 }]);
    }
    expect(await db.order.count({ where: { event: { organizationId: org.id } } })).toBe(5);
  });
});
