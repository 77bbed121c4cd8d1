import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter } from "../../event";
import { settleApprovedRequest } from "../approved-requests";
import { attendeeEmailInput, findOrder, orderInput, pickTicket, sameEmail } from "../orders";
import { supportPolicyFor, transferCheck } from "../policy";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  order: orderInput,
  ticketId: z.string().trim().min(1).max(100).optional(),
  newHolderName: z.string().trim().min(2, { error: "Give the new holder's name." }).max(120),
  newHolderEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Give the new holder's email address." })),
  attendeeEmail: attendeeEmailInput,
});

type Input = z.infer<typeof input>;

/**
 * The transfer, if the policy allows it now: the event's transfer rule and window (whole days in its
 * time zone), a valid ticket, and a holder who is not already the one named. Checked on the request
 * and again when it runs, so a transfer approved after the window closed is refused too.
 */
async function load(deps: ToolDeps, args: Input) {
  const { event, order } = await findOrder(deps, args);
  const ticket = pickTicket(order, args.ticketId);
  if (ticket.status !== "valid") {
    throw new AppError(
      "conflict",
      `That ticket is ${ticket.status.replace("_", " ")}: only a valid ticket can be transferred.`,
    );
  }
  if (sameEmail(ticket.attendeeEmail, args.newHolderEmail)) {
    throw new AppError("conflict", `${ticket.attendeeName} already holds that ticket under ${args.newHolderEmail}.`);
  }
  const policy = await supportPolicyFor(deps.db, event.id);
  const check = transferCheck(policy, { event, now: deps.now });
  if (!check.allowed) throw new AppError("conflict", check.reason ?? "This ticket cannot be transferred now.");
  const recipients = [
    ...new Set([ticket.attendeeEmail, order.buyerEmail, args.newHolderEmail].map((e) => e.toLowerCase())),
  ];
  return { event, order, ticket, check, recipients, format: await eventFormatter(deps, event) };
}

export const transferTicket = defineTool({
  name: "transfer_ticket",
  agent: "support",
  description:
    "Transfer a ticket to a new holder (name and email) when the event's policy allows it: a new ticket is issued, the old one is void, and both people are emailed.",
  input,
  kind: "write",
  risk: "medium",
  activityType: "ticket_transferred",
  async preview(deps, args) {
    const { event, order, ticket, check, recipients, format } = await load(deps, args);
    const fee =
      check.feeCents > 0 ? ` (transfer fee ${format.money(check.feeCents, event.currency, { exact: true })})` : "";
    return {
      summary: `Transfer ${ticket.attendeeName}'s ticket on order ${order.reference} to ${args.newHolderName} <${args.newHolderEmail}>${fee}`,
      eventId: event.id,
      recipients,
      ...(check.feeCents > 0 ? { amountCents: check.feeCents, currency: event.currency } : {}),
    };
  },
  async onApproved(deps, args, approvalId) {
    const { order } = await findOrder(deps, args);
    await settleApprovedRequest(
      deps,
      approvalId,
      `A person on the team approved the transfer: the ticket on order ${order.reference} now belongs to ${args.newHolderName} (${args.newHolderEmail}), who has been emailed the new ticket.`,
    );
  },
  async run(deps, args) {
    const { event, order, ticket, check, format } = await load(deps, args);
    await deps.db.ticket.update({ where: { id: ticket.id }, data: { status: "transferred" } });
    const issued = await deps.db.ticket.create({
      data: {
        orderId: order.id,
        eventId: event.id,
        ticketTypeId: ticket.ticketTypeId,
        attendeeName: args.newHolderName,
        attendeeEmail: args.newHolderEmail,
        pricePaidCents: ticket.pricePaidCents,
        refundedCents: ticket.refundedCents,
        status: "valid",
        transferredFromId: ticket.id,
        createdAt: deps.now,
      },
    });
    const when = format.dateTime(event.startsAt, event.timezone);
    const feeLine =
      check.feeCents > 0
        ? [
            `A transfer fee of ${format.money(check.feeCents, event.currency, { exact: true })} applies to this transfer.`,
          ]
        : [];
    const newHolder = await deps.queueEmail(
      {
        eventId: event.id,
        to: [args.newHolderEmail],
        subject: `Your ticket for ${event.name}`,
        text: [
          `Hi ${args.newHolderName.split(" ")[0]},`,
          "",
          `${ticket.attendeeName} transferred a ${ticket.ticketType.name} ticket for ${event.name} to you: ${when} at ${event.venue}, ${event.city}.`,
          "",
          `Your ticket: ${issued.id}. Show this code at the entrance.`,
          "",
          `${event.name} support`,
        ].join("\n"),
      },
      `transfer-new:${ticket.id}`,
    );
    const previous = [...new Set([ticket.attendeeEmail, order.buyerEmail].map((e) => e.toLowerCase()))];
    const oldHolder = await deps.queueEmail(
      {
        eventId: event.id,
        to: previous,
        subject: `Ticket transferred: ${event.name} (order ${order.reference})`,
        text: [
          `Hi ${ticket.attendeeName.split(" ")[0]},`,
          "",
          `The ${ticket.ticketType.name} ticket ${ticket.id} on order ${order.reference} is now ${args.newHolderName}'s (${args.newHolderEmail}); the old ticket code no longer admits anyone.`,
          ...feeLine,
          "",
          "If you did not ask for this, reply to this email straight away.",
          "",
          `${event.name} support`,
        ].join("\n"),
      },
      `transfer-old:${ticket.id}`,
    );
    return {
      orderReference: order.reference,
      orderExternalId: order.externalId,
      fromTicketId: ticket.id,
      ticketId: issued.id,
      from: { name: ticket.attendeeName, email: ticket.attendeeEmail },
      to: { name: args.newHolderName, email: args.newHolderEmail },
      feeCents: check.feeCents,
      currency: event.currency,
      emailIds: [newHolder, oldHolder],
    };
  },
});
