import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ToolDeps } from "../core/tool";
import { requireEvent } from "../event";

/** What an attendee or organizer names an order by: its reference (DCL-10482) or the ticketing system's id. */
export const orderInput = z
  .string({ error: "Give the order reference (e.g. DCL-10482) or the ticketing system's order id." })
  .trim()
  .min(1, { error: "Give the order reference (e.g. DCL-10482) or the ticketing system's order id." })
  .max(100);

/**
 * The verified requester's address (the email channel's sender, the API's `from`, or a web visitor
 * who confirmed a one-time code). When present, only that address's orders are found.
 */
export const attendeeEmailInput = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "The requester's email is not a valid address." }))
  .optional();

/**
 * The one answer for "no such order" and "not your order", so a stranger learns nothing by asking.
 */
export const ORDER_NOT_FOUND =
  "We could not find that order for this event. Check the order reference and the email address it was bought with.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function sameEmail(a: string, b: string) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The order, with its event and tickets, named by reference or external id within the event of the
 * caller's organization. With `attendeeEmail`, an order bought from another address is "not found".
 */
export async function findOrder(
  deps: Pick<ToolDeps, "db" | "organizationId">,
  args: { eventId: string; order: string; attendeeEmail?: string },
) {
  const event = await requireEvent(deps, args.eventId);
  const name = args.order.trim().replace(/^#/, "");
  const order = await deps.db.order.findFirst({
    where: {
      eventId: event.id,
      OR: [{ reference: { equals: name, mode: "insensitive" } }, { externalId: name }],
    },
    include: { tickets: { include: { ticketType: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!order || (args.attendeeEmail !== undefined && !sameEmail(args.attendeeEmail, order.buyerEmail))) {
    throw new AppError("not_found", ORDER_NOT_FOUND);
  }
  return { event, order };
}

export type FoundOrder = Awaited<ReturnType<typeof findOrder>>["order"];

/** Tickets that still admit someone (not transferred, refunded or cancelled). */
export function liveTickets(order: FoundOrder) {
  return order.tickets.filter((ticket) => ticket.status === "valid" || ticket.status === "checked_in");
}

/** The ticket a transfer is about: the named one (id or external id), or the order's only valid one. */
export function pickTicket(order: FoundOrder, ticketId: string | undefined) {
  if (ticketId) {
    const ticket = order.tickets.find((t) => (UUID.test(ticketId) && t.id === ticketId) || t.externalId === ticketId);
    if (!ticket) throw new AppError("not_found", `Order ${order.reference} has no such ticket.`);
    return ticket;
  }
  const valid = order.tickets.filter((ticket) => ticket.status === "valid");
  if (valid.length === 1 && valid[0]) return valid[0];
  const buyers = valid.filter((ticket) => sameEmail(ticket.attendeeEmail, order.buyerEmail));
  if (buyers.length === 1 && buyers[0]) return buyers[0];
  if (valid.length === 0) {
    throw new AppError("conflict", `Order ${order.reference} has no valid ticket to transfer.`);
  }
  throw new AppError(
    "validation",
    `Order ${order.reference} has ${valid.length} tickets (${valid.map((t) => t.attendeeName).join(", ")}): say whose ticket to transfer.`,
  );
}

/** An order as a tool returns it: what the attendee or organizer may read about it. */
export function orderSummary(event: { currency: string }, order: FoundOrder) {
  return {
    reference: order.reference,
    externalId: order.externalId,
    status: order.status,
    buyerName: order.buyerName,
    buyerEmail: order.buyerEmail,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    currency: event.currency,
    tickets: order.tickets.map((ticket) => ({
      id: ticket.id,
      externalId: ticket.externalId,
      type: ticket.ticketType.name,
      holderName: ticket.attendeeName,
      holderEmail: ticket.attendeeEmail,
      status: ticket.status,
    })),
  };
}

export type OrderSummary = ReturnType<typeof orderSummary>;
