import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool } from "../../core/tool";
import { requireEvent } from "../../event";
import { attendeeEmailInput, findOrder, ORDER_NOT_FOUND, orderInput, orderSummary, sameEmail } from "../orders";

const input = z
  .object({
    eventId: z.uuid({ error: "Pick an event (an event id)." }),
    order: orderInput.optional(),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "That is not a valid email address." }))
      .optional(),
    attendeeEmail: attendeeEmailInput,
  })
  .refine((args) => args.order !== undefined || args.email !== undefined, {
    error: "Give an order reference or the email address the tickets were bought with.",
  });

/**
 * An order's state and tickets, by its reference (or external id) or by the buyer's email. With a
 * verified requester (`attendeeEmail`), only that address's orders are found, in the same words as a
 * missing order, so one attendee never learns about another's.
 */
export const lookupTicket = defineTool({
  name: "lookup_ticket",
  agent: "support",
  description:
    "Look up an order and its tickets (holder, type, status, refunds) by order reference or by the buyer's email.",
  input,
  kind: "read",
  activityType: "ticket_looked_up",
  async run(deps, args) {
    if (args.order !== undefined) {
      const { event, order } = await findOrder(deps, { ...args, order: args.order });
      if (args.email !== undefined && !sameEmail(args.email, order.buyerEmail)) {
        throw new AppError("not_found", ORDER_NOT_FOUND);
      }
      return { orders: [orderSummary(event, order)] };
    }
    const email = args.email as string;
    if (args.attendeeEmail !== undefined && !sameEmail(args.attendeeEmail, email)) {
      throw new AppError("not_found", ORDER_NOT_FOUND);
    }
    const event = await requireEvent(deps, args.eventId);
    const orders = await deps.db.order.findMany({
      where: { eventId: event.id, buyerEmail: { equals: email, mode: "insensitive" } },
      include: { tickets: { include: { ticketType: true }, orderBy: { createdAt: "asc" } } },
      orderBy: { createdAt: "asc" },
      take: 20,
    });
    if (orders.length === 0) throw new AppError("not_found", ORDER_NOT_FOUND);
    return { orders: orders.map((order) => orderSummary(event, order)) };
  },
});
