/**
 * The Analytics agent's reading of an organization's sales: each seat once, when it was sold and when
 * (if ever) it was given back. The forecast, the anomaly series and the revenue tools all read seats here,
 * so they count alike.
 *
 * The rule:
 * - A seat is the ticket its current holder has. A transfer voids the old ticket (`transferred`) and issues
 *   a new one on the same order, so transferred tickets are skipped and the replacement is not a new sale
 *   (the same rule as metrics-query.ts).
 * - A seat is sold when its order was placed (the replacement of a transfer keeps its order's date).
 * - A refunded or cancelled seat leaves on the day of the first refund of its order dated at or after the
 *   seat's ticket was issued (the refunds table). Without one (an order cancelled, or refunded by an import
 *   that recorded no refund row) the day it left is not known, and it leaves on its order's day: it never
 *   counts as held.
 */
import type { DbOrTx } from "@/lib/db/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import type { TicketSale } from "./forecast/booking-curve";

export type Seat = TicketSale & {
  eventId: string;
  status: TicketStatus;
  ticketTypeId: string;
  /** Whether `cancelledAt` comes from a refund row (true) or falls back to the order's date (false). */
  leftOnKnownDay: boolean;
};

const GONE: readonly TicketStatus[] = ["refunded", "cancelled"];

/** The seats of the given events of one organization (another organization's events read as none). */
export async function loadSeats(db: DbOrTx, organizationId: string, eventIds: readonly string[]): Promise<Seat[]> {
  if (eventIds.length === 0) return [];
  const [tickets, refunds] = await Promise.all([
    db.ticket.findMany({
      where: { eventId: { in: [...eventIds] }, event: { organizationId }, status: { not: "transferred" } },
      select: {
        eventId: true,
        orderId: true,
        ticketTypeId: true,
        status: true,
        createdAt: true,
        order: { select: { createdAt: true } },
      },
    }),
    db.refund.findMany({
      where: { organizationId, order: { eventId: { in: [...eventIds] } } },
      select: { orderId: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const refundsByOrder = new Map<string, Date[]>();
  for (const refund of refunds) {
    const dates = refundsByOrder.get(refund.orderId) ?? [];
    dates.push(refund.createdAt);
    refundsByOrder.set(refund.orderId, dates);
  }
  return tickets.map((ticket) => {
    const soldAt = ticket.order.createdAt;
    if (!GONE.includes(ticket.status)) {
      return {
        eventId: ticket.eventId,
        ticketTypeId: ticket.ticketTypeId,
        status: ticket.status,
        soldAt,
        cancelledAt: null,
        leftOnKnownDay: false,
      };
    }
    const refundedAt = refundsByOrder.get(ticket.orderId)?.find((at) => at >= ticket.createdAt);
    return {
      eventId: ticket.eventId,
      ticketTypeId: ticket.ticketTypeId,
      status: ticket.status,
      soldAt,
      cancelledAt: refundedAt ?? soldAt,
      leftOnKnownDay: refundedAt !== undefined,
    };
  });
}

/** Seats grouped by event id. */
export function seatsByEvent(seats: readonly Seat[]) {
  const byEvent = new Map<string, Seat[]>();
  for (const seat of seats) {
    const list = byEvent.get(seat.eventId) ?? [];
    list.push(seat);
    byEvent.set(seat.eventId, list);
  }
  return byEvent;
}
