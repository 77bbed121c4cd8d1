/**
 * Answers to "can I still get a refund?" and "can I transfer my ticket?" from the event's policy,
 * computed by policy.ts: the tier that applies today, the date it stops applying (the last day, in
 * the event's time zone), and for a verified sender with one order (or the one named) the amount.
 */

import { senderOrder } from "./order-actions";
import type { OrderSummary } from "./orders";
import { refundQuote, transferCheck } from "./policy";
import { quoteInWords, tiersInWords } from "./refund-words";
import { answerFromPassages, citationsOf, searchForTurn } from "./relevance";
import { type Draft, draft, type TurnContext } from "./turn";

/** The last day a window that closes at local midnight applies: the day before. */
function lastDay(context: TurnContext, closesAt: Date) {
  return context.format.date(new Date(closesAt.getTime() - 1), context.event.timezone);
}

/** The verified sender's order for the question, when there is exactly one to talk about. */
async function quotedOrder(context: TurnContext, named: string[]) {
  if (!context.verifiedEmail) return null;
  const found = await senderOrder(context, context.verifiedEmail, named);
  return "order" in found ? found : null;
}

async function withPassage(context: TurnContext, text: string, query: string, orderId?: string): Promise<Draft> {
  const { quoted } = await searchForTurn(context, query);
  const reply = quoted.length > 0 ? `${text}\n\n${answerFromPassages(quoted)}` : text;
  return draft(reply, "resolved", {
    grounding: quoted,
    citations: citationsOf(quoted),
    ...(orderId ? { orderId } : {}),
  });
}

function refundSentences(context: TurnContext, order: OrderSummary | null) {
  const { policy, event, now } = context;
  const general = refundQuote(policy, { event, order: { totalCents: 0, refundedCents: 0 }, now });
  const days = `${event.name} is ${general.daysBefore} ${general.daysBefore === 1 ? "day" : "days"} away`;
  const rules = `For ${event.name}, ${tiersInWords(policy.refundTiers)}.`;
  if (general.percent === 0) {
    return [rules, `${days}, so a refund is no longer possible.`];
  }
  const today = `${days}, so a refund today is ${general.percent}%${general.windowClosesAt ? `, through ${lastDay(context, general.windowClosesAt)}` : ""}.`;
  if (!order) {
    return [
      rules,
      today,
      policy.refundProcessing,
      "If you'd like one, tell me your order reference (from the address you bought with) and I'll work out the amount.",
    ];
  }
  const quote = refundQuote(policy, { event, order, now });
  const amount = `On order ${order.reference} that is ${quoteInWords(context.format, quote, event.timezone)}.`;
  const next = quote.overLimit
    ? `Refunds above ${context.format.money(quote.limitCents, quote.currency, { exact: true })} are confirmed by a person on the team: reply yes and I'll pass it to them.`
    : "Reply yes and I'll process it.";
  return [rules, today, amount, policy.refundProcessing, next];
}

export async function refundQuestion(context: TurnContext, named: string[]): Promise<Draft> {
  const found = await quotedOrder(context, named);
  const answer = await withPassage(
    context,
    refundSentences(context, found?.order ?? null).join(" "),
    "refund policy",
    found?.orderId,
  );
  // The offer to act stands only with a quoted amount: a "yes" then refunds that order.
  const offered = found && refundQuote(context.policy, { ...context, order: found.order }).amountCents > 0;
  return offered ? { ...answer, awaiting: "confirmation" } : answer;
}

export async function transferQuestion(context: TurnContext): Promise<Draft> {
  const check = transferCheck(context.policy, context);
  if (!check.allowed)
    return withPassage(context, check.reason ?? "Tickets cannot be transferred now.", "transfer ticket");
  const fee =
    check.feeCents > 0
      ? `The transfer fee is ${context.format.money(check.feeCents, context.event.currency, { exact: true })}.`
      : "Transfers are free.";
  const until = check.closesAt ? ` until ${lastDay(context, check.closesAt)}` : "";
  return withPassage(
    context,
    `Yes: tickets for ${context.event.name} can be transferred to someone else${until}. ${fee} Tell me your order reference and the new holder's full name and email address, and I'll do it.`,
    "transfer ticket",
  );
}
