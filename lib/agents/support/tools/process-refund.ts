import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter } from "../../event";
import { settleApprovedRequest } from "../approved-requests";
import { attendeeEmailInput, findOrder, liveTickets, orderInput } from "../orders";
import { paymentProvider } from "../payments";
import { refundQuote, supportPolicyFor } from "../policy";
import { quoteInWords, tiersInWords } from "../refund-words";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  order: orderInput,
  reason: z.string().trim().min(3, { error: "Say why the order is refunded." }).max(500),
  attendeeEmail: attendeeEmailInput,
});

type Input = z.infer<typeof input>;

/**
 * The refund the policy gives this order now. The amount is never an input: it is the tier's percent
 * of what is left on the order, by whole days before the event in its time zone. No refund due (the
 * last tier passed, or nothing left) is refused with the policy's words and writes nothing.
 */
async function load(deps: ToolDeps, args: Input) {
  const { event, order } = await findOrder(deps, args);
  if (order.status === "cancelled") throw new AppError("conflict", `Order ${order.reference} was cancelled.`);
  if (order.refundedCents >= order.totalCents) {
    throw new AppError("conflict", `Order ${order.reference} is already fully refunded.`);
  }
  const tickets = liveTickets(order);
  if (tickets.length === 0) {
    throw new AppError(
      "conflict",
      `Order ${order.reference} has no valid tickets left to refund (it is ${order.status.replace("_", " ")}).`,
    );
  }
  const policy = await supportPolicyFor(deps.db, event.id);
  const quote = refundQuote(policy, { event, order, now: deps.now });
  if (quote.amountCents <= 0) {
    throw new AppError(
      "conflict",
      `Order ${order.reference} cannot be refunded now: ${event.name} is ${quote.daysBefore < 0 ? "over or under way" : `${quote.daysBefore} ${quote.daysBefore === 1 ? "day" : "days"} away`}, and ${tiersInWords(policy.refundTiers)}.`,
    );
  }
  return { event, order, tickets, policy, quote, format: await eventFormatter(deps, event) };
}

/** Splits the refund over the tickets by what is left on each; the last one takes the rounding. */
function shares(tickets: { pricePaidCents: number; refundedCents: number }[], amountCents: number) {
  const left = tickets.map((ticket) => Math.max(0, ticket.pricePaidCents - ticket.refundedCents));
  const total = left.reduce((sum, cents) => sum + cents, 0);
  let given = 0;
  return left.map((cents, i) => {
    const share =
      i === left.length - 1 ? amountCents - given : total === 0 ? 0 : Math.round((amountCents * cents) / total);
    given += share;
    return share;
  });
}

export const processRefund = defineTool({
  name: "process_refund",
  agent: "support",
  description:
    "Refund an order by the event's refund policy (the amount is computed from the tiers, never chosen); a refund over the policy's limit waits for a person.",
  input,
  kind: "write",
  risk: "high",
  activityType: "refund_processed",
  async escalation(deps, args) {
    const { event, order, quote, format } = await load(deps, args);
    if (!quote.overLimit) return null;
    return `refund_over_limit: a refund of ${format.money(quote.amountCents, quote.currency, { exact: true })} on order ${order.reference} (${quote.percent}% by ${event.name}'s policy) is over the ${format.money(quote.limitCents, quote.currency, { exact: true })} limit for refunds without a person.`;
  },
  async preview(deps, args) {
    const { event, order, quote, format } = await load(deps, args);
    return {
      summary: `Refund ${quoteInWords(format, quote, event.timezone)} on order ${order.reference} to ${order.buyerName}`,
      eventId: event.id,
      recipients: [order.buyerEmail],
      amountCents: quote.amountCents,
      currency: quote.currency,
    };
  },
  async onApproved(deps, args, approvalId) {
    const { event, order } = await findOrder(deps, args);
    const refund = await deps.db.refund.findFirstOrThrow({
      where: { orderId: order.id },
      orderBy: { createdAt: "desc" },
    });
    const [format, policy] = await Promise.all([eventFormatter(deps, event), supportPolicyFor(deps.db, event.id)]);
    await settleApprovedRequest(
      deps,
      approvalId,
      `A person on the team approved your refund: ${format.money(refund.amountCents, refund.currency, { exact: true })} on order ${order.reference} is refunded. ${policy.refundProcessing}`,
    );
  },
  async run(deps, args) {
    const { event, order, tickets, policy, quote, format } = await load(deps, args);
    const refund = await paymentProvider(deps.db).refund({
      organizationId: deps.organizationId,
      orderId: order.id,
      amountCents: quote.amountCents,
      currency: quote.currency,
      idempotencyKey: `${deps.callKey}:refund:${order.id}`,
      reason: args.reason,
    });
    const refundedCents = order.refundedCents + (refund.alreadyRefunded ? 0 : quote.amountCents);
    const full = refundedCents >= order.totalCents;
    await deps.db.order.update({
      where: { id: order.id },
      data: { refundedCents, status: full ? "refunded" : "partially_refunded" },
    });
    // A refund is the attendee giving the tickets up: the tier decides how much money comes back, and
    // the tickets no longer admit anyone (otherwise a second request would refund the rest again).
    const split = shares(tickets, quote.amountCents);
    for (const [i, ticket] of tickets.entries()) {
      await deps.db.ticket.update({
        where: { id: ticket.id },
        data: { status: "refunded", refundedCents: ticket.refundedCents + (split[i] ?? 0) },
      });
    }
    const amount = format.money(quote.amountCents, quote.currency, { exact: true });
    const emailId = await deps.queueEmail(
      {
        eventId: event.id,
        to: [order.buyerEmail],
        subject: `Your refund of ${amount} for ${event.name} (order ${order.reference})`,
        text: [
          `Hi ${order.buyerName.split(" ")[0]},`,
          "",
          `We refunded ${amount} on order ${order.reference}: ${quote.percent}% of ${format.money(quote.refundableCents, quote.currency, { exact: true })}, by ${event.name}'s refund policy (${quote.daysBefore} days before the event).`,
          `${tickets.length === 1 ? "Your ticket is" : `Your ${tickets.length} tickets are`} cancelled.`,
          "",
          policy.refundProcessing,
          "",
          `Refund reference: ${refund.reference}`,
          "",
          `${event.name} support`,
        ].join("\n"),
      },
      `refund:${order.id}`,
    );
    return {
      orderReference: order.reference,
      orderExternalId: order.externalId,
      amountCents: quote.amountCents,
      currency: quote.currency,
      percent: quote.percent,
      daysBefore: quote.daysBefore,
      refundedCents,
      status: full ? "refunded" : "partially_refunded",
      ticketsCancelled: tickets.length,
      reference: refund.reference,
      processing: policy.refundProcessing,
      emailId,
    };
  },
});
