import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter } from "../../event";
import { settleApprovedRequest } from "../approved-requests";
import { attendeeEmailInput, findOrder, liveTickets, orderInput } from "../orders";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  order: orderInput,
  attendeeEmail: attendeeEmailInput,
});

type Input = z.infer<typeof input>;

async function load(deps: ToolDeps, args: Input) {
  const { event, order } = await findOrder(deps, args);
  const tickets = liveTickets(order);
  if (tickets.length === 0) {
    throw new AppError("conflict", `Order ${order.reference} has no valid tickets to send (it is ${order.status}).`);
  }
  return { event, order, tickets };
}

/**
 * Emails an order's tickets again, to the address the order was bought with and nowhere else: a
 * request to send them "to my new address" still goes to the buyer. Once per gate call (its key).
 */
export const resendTicket = defineTool({
  name: "resend_ticket",
  agent: "support",
  description: "Email an order's tickets again, to the address the order was bought with (only that address).",
  input,
  kind: "write",
  risk: "low",
  activityType: "ticket_resent",
  async preview(deps, args) {
    const { event, order, tickets } = await load(deps, args);
    return {
      summary: `Resend ${tickets.length === 1 ? "the ticket" : `the ${tickets.length} tickets`} of order ${order.reference} to ${order.buyerEmail}`,
      eventId: event.id,
      recipients: [order.buyerEmail],
    };
  },
  async onApproved(deps, args, approvalId) {
    const { order } = await findOrder(deps, args);
    await settleApprovedRequest(
      deps,
      approvalId,
      `A person on the team approved it: the tickets of order ${order.reference} went again to ${order.buyerEmail}.`,
    );
  },
  async run(deps, args) {
    const { event, order, tickets } = await load(deps, args);
    const format = await eventFormatter(deps, event);
    const emailId = await deps.queueEmail(
      {
        eventId: event.id,
        to: [order.buyerEmail],
        subject: `Your ${tickets.length === 1 ? "ticket" : "tickets"} for ${event.name} (order ${order.reference})`,
        text: [
          `Hi ${order.buyerName.split(" ")[0]},`,
          "",
          `Here ${tickets.length === 1 ? "is your ticket" : "are your tickets"} for ${event.name}, ${format.dateTime(event.startsAt, event.timezone)} at ${event.venue}, ${event.city}.`,
          "",
          ...tickets.map((ticket) => `- ${ticket.ticketType.name} for ${ticket.attendeeName}: ticket ${ticket.id}`),
          "",
          "Show the ticket code at the entrance.",
          "",
          `${event.name} support`,
        ].join("\n"),
      },
      `resend:${order.id}`,
    );
    return {
      orderReference: order.reference,
      orderExternalId: order.externalId,
      to: order.buyerEmail,
      tickets: tickets.length,
      emailId,
    };
  },
});
