/**
 * The Support agent's results in words, with the figures: what the knowledge base says, an order's
 * state, and what a resend, transfer, refund or hand-off did. The chat shows them and the model reads
 * them as the tool result; the activity page reuses them.
 */
import type { ChatLink, ToolAnswer } from "@/lib/copilot/answer";
import { count, withList } from "@/lib/copilot/words";
import type { Formatter } from "@/lib/format";
import { requireEvent } from "../event";
import type { OrderSummary } from "./orders";
import type { escalateToHuman } from "./tools/escalate-to-human";
import { ESCALATION_LABELS } from "./tools/escalate-to-human";
import type { lookupTicket } from "./tools/lookup-ticket";
import type { processRefund } from "./tools/process-refund";
import type { resendTicket } from "./tools/resend-ticket";
import type { searchKnowledgeBase } from "./tools/search-knowledge-base";
import type { transferTicket } from "./tools/transfer-ticket";

export const SUPPORT_LINK: ChatLink = { href: "/support", label: "Open Support" };
const OUTBOX: ChatLink = { href: "/outbox", label: "Open the outbox" };

const searchAnswer: ToolAnswer<typeof searchKnowledgeBase> = async (context, input, output) => {
  const event = await requireEvent(context, input.eventId);
  if (output.passages.length === 0) {
    return {
      summary: `${event.name}'s knowledge base has nothing on "${input.query}": an article on it would let the agent answer.`,
      link: SUPPORT_LINK,
    };
  }
  return {
    summary: withList(
      context.format,
      `${count(context.format, output.passages.length, "article")} in ${event.name}'s knowledge base answer "${input.query}":`,
      output.passages.map((passage) => `${passage.title}: ${passage.passage}`),
    ),
    link: SUPPORT_LINK,
  };
};

export function orderLine(format: Formatter, order: OrderSummary) {
  const refunded =
    order.refundedCents > 0 ? `, ${format.money(order.refundedCents, order.currency, { exact: true })} refunded` : "";
  const tickets = order.tickets.map(
    (t) => `${t.type} for ${t.holderName} (${t.holderEmail}), ${t.status.replace("_", " ")}`,
  );
  return [
    `Order ${order.reference}: ${order.buyerName} <${order.buyerEmail}>, ${order.status.replace("_", " ")}, ${format.money(order.totalCents, order.currency, { exact: true })} paid${refunded}, ${count(format, order.tickets.length, "ticket")}:`,
    ...tickets.map((line) => `  - ${line}`),
  ].join("\n");
}

const lookupAnswer: ToolAnswer<typeof lookupTicket> = async (context, input, output) => {
  const event = await requireEvent(context, input.eventId);
  const head =
    output.orders.length === 1
      ? `${event.name}:`
      : `${count(context.format, output.orders.length, "order")} for ${event.name}:`;
  return {
    summary: [head, ...output.orders.map((order) => orderLine(context.format, order))].join("\n"),
    link: SUPPORT_LINK,
  };
};

const resendAnswer: ToolAnswer<typeof resendTicket> = async (context, input, output) => {
  const event = await requireEvent(context, input.eventId);
  return {
    summary: `Sent the ${output.tickets === 1 ? "ticket" : `${output.tickets} tickets`} of order ${output.orderReference} (${event.name}) again to ${output.to}.`,
    link: OUTBOX,
  };
};

const transferAnswer: ToolAnswer<typeof transferTicket> = async (context, input, output) => {
  const event = await requireEvent(context, input.eventId);
  const fee =
    output.feeCents > 0
      ? ` The transfer fee is ${context.format.money(output.feeCents, output.currency, { exact: true })}.`
      : "";
  return {
    summary: `Transferred ${output.from.name}'s ticket on order ${output.orderReference} (${event.name}) to ${output.to.name} (${output.to.email}): a new ticket was issued, the old one is void, and both were emailed.${fee}`,
    link: OUTBOX,
  };
};

const refundAnswer: ToolAnswer<typeof processRefund> = async (context, input, output) => {
  const event = await requireEvent(context, input.eventId);
  return {
    summary: `Refunded ${context.format.money(output.amountCents, output.currency, { exact: true })} on order ${output.orderReference} (${event.name}): ${output.percent}% by the policy, ${count(context.format, output.daysBefore, "day")} before the event. The order is ${output.status.replace("_", " ")}, ${context.format.money(output.refundedCents, output.currency, { exact: true })} refunded in all; the buyer was emailed. ${output.processing}`,
    link: SUPPORT_LINK,
  };
};

const handOffAnswer: ToolAnswer<typeof escalateToHuman> = async (context, input, output) => {
  const event = await requireEvent(context, input.eventId);
  return {
    summary: `Acknowledged the hand-off for ${event.name} (${ESCALATION_LABELS[output.reason]})${output.orderReference ? ` on order ${output.orderReference}` : ""}.`,
    link: SUPPORT_LINK,
  };
};

/** Tool name → its answer. */
export const SUPPORT_ANSWERS = {
  search_knowledge_base: searchAnswer,
  lookup_ticket: lookupAnswer,
  resend_ticket: resendAnswer,
  transfer_ticket: transferAnswer,
  process_refund: refundAnswer,
  escalate_to_human: handOffAnswer,
};
