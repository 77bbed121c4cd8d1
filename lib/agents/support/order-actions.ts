/**
 * Actions on an order from a support conversation: refund, resend, transfer, lookup. Identity first:
 * only a sender verified for the order's email (the email/API channel, or a web visitor who typed the
 * one-time code) reaches an order, and the tools themselves answer any other order as "not found"
 * (orders.ts ORDER_NOT_FOUND), so nothing about it, not even that it exists, is disclosed.
 */
import { AppError } from "@/lib/errors";
import type { GateOutcome } from "../core/gate";
import { orderLine } from "./answers";
import { sendVerificationCode } from "./codes";
import type { NewHolder } from "./intent";
import { ORDER_NOT_FOUND, type OrderSummary } from "./orders";
import { maskEmail } from "./reply";
import { normalize } from "./text";
import { lookupTicket } from "./tools/lookup-ticket";
import { processRefund } from "./tools/process-refund";
import { resendTicket } from "./tools/resend-ticket";
import { transferTicket } from "./tools/transfer-ticket";
import { type Draft, draft, runSupportTool, type SupportAction, type TurnContext } from "./turn";

export type OrderRequest = {
  kind: "refund" | "resend" | "transfer" | "lookup";
  orders: string[];
  newHolder?: NewHolder;
};

/** A policy refusal, a missing order or a question about the arguments, in the tool's own words. */
export function refusal(error: unknown): Draft {
  if (!(error instanceof AppError) || !["conflict", "not_found", "validation"].includes(error.code)) throw error;
  return draft(error.code === "not_found" ? ORDER_NOT_FOUND : error.userMessage, "open");
}

/**
 * The verified sender, or the draft that asks for verification: on the web a code goes to the address
 * the visitor gave, whether or not it bought anything (the reply is the same either way).
 */
export async function verifiedSender(context: TurnContext): Promise<string | Draft> {
  if (context.verifiedEmail) return context.verifiedEmail;
  const sent = await sendVerificationCode(context.db, {
    organizationId: context.organizationId,
    event: context.event,
    conversationId: context.conversation.id,
    email: context.sender,
    now: context.now,
  });
  if (sent === "limited") {
    return draft(
      `To keep orders private, I need to confirm the address is yours with a code, but ${maskEmail(context.sender)} has been sent several codes in the last hour. Please use the latest one, or try again in an hour.`,
      "open",
      { awaiting: "verification" },
    );
  }
  return draft(
    `To keep orders private, I need to confirm the address is yours first. I've emailed a 6-digit code to ${maskEmail(context.sender)}: type it here and I'll carry on with your request. The code works for 10 minutes.`,
    "open",
    { needsVerification: true, awaiting: "verification" },
  );
}

/**
 * The order a message names: the first reference, skipping one that is only the start of a longer one
 * it also names ("ABC-12345678" read out of "ABC-12345678-1001").
 */
export function namedOrder(named: string[]) {
  return named.find(
    (ref) => !named.some((other) => other !== ref && other.toUpperCase().startsWith(`${ref.toUpperCase()}-`)),
  );
}

/**
 * The order the request is about, among the verified sender's: the one named, or their only order for
 * the event. Several and none named: the draft asks which (the sender's own references only).
 */
export async function senderOrder(
  context: TurnContext,
  email: string,
  named: string[],
): Promise<{ order: OrderSummary; orderId: string } | Draft> {
  const order = namedOrder(named);
  let orders: OrderSummary[];
  try {
    const outcome = await runSupportTool(context, lookupTicket, {
      eventId: context.event.id,
      ...(order ? { order } : { email }),
      attendeeEmail: email,
    });
    orders = outcome.status === "executed" ? outcome.output.orders : [];
  } catch (error) {
    return refusal(error);
  }
  const [found] = orders;
  if (!found) return draft(ORDER_NOT_FOUND, "open");
  if (orders.length > 1) {
    return draft(
      `You have ${orders.length} orders for ${context.event.name}: ${orders.map((o) => o.reference).join(", ")}. Which one is it about?`,
      "open",
      { awaiting: "order" },
    );
  }
  const row = await context.db.order.findFirstOrThrow({
    where: { eventId: context.event.id, reference: found.reference },
    select: { id: true },
  });
  return { order: found, orderId: row.id };
}

function money(context: TurnContext, cents: number, currency = context.event.currency) {
  return context.format.money(cents, currency, { exact: true });
}

type Ran = { order: OrderSummary; orderId: string };

/**
 * The gate's answer in honest words: done (`done` words the tool's output), waiting for a person (over
 * the limit: a refund_over_limit hand-off; assisted mode: an approval), or only drafted (review_only).
 */
function fromOutcome<Output>(
  context: TurnContext,
  target: Ran,
  outcome: GateOutcome<Output>,
  words: {
    type: SupportAction["type"];
    what: string;
    done: (output: Output) => { reply: string; amountCents?: number };
  },
): Draft {
  const action = (status: SupportAction["status"], amountCents: number | undefined): SupportAction => ({
    type: words.type,
    orderReference: target.order.reference,
    orderExternalId: target.order.externalId,
    status,
    // Only a refund's amount is the action's (a transfer's preview amount is its fee).
    ...(amountCents !== undefined && words.type === "refund" ? { amountCents } : {}),
  });
  const orderId = target.orderId;
  switch (outcome.status) {
    case "executed": {
      const done = words.done(outcome.output);
      return draft(done.reply, "resolved", { actions: [action("done", done.amountCents)], orderId });
    }
    case "escalated":
      return draft(
        `${words.what} is over the ${money(context, context.policy.refundLimitCents)} I can refund on my own, so a person on the team will confirm it. You'll get an email as soon as it's done.`,
        "handed_off",
        {
          actions: [action("pending_approval", outcome.preview.amountCents)],
          escalationReason: "refund_over_limit",
          approvalId: outcome.approvalId,
          orderId,
        },
      );
    case "pending_approval":
      return draft(
        `${words.what} is with the team: a person approves each change for this event before it happens. You'll get an email as soon as it's done.`,
        "open",
        { actions: [action("pending_approval", outcome.preview.amountCents)], approvalId: outcome.approvalId, orderId },
      );
    case "drafted":
      return draft(
        `I can't make changes to orders for this event myself: the team reviews every request. I've written up ${words.what.charAt(0).toLowerCase()}${words.what.slice(1)} for them.`,
        "open",
        { orderId },
      );
  }
}

async function refund(context: TurnContext, email: string, target: Ran): Promise<Draft> {
  const outcome = await runSupportTool(context, processRefund, {
    eventId: context.event.id,
    order: target.order.reference,
    reason: `Asked by the attendee (${context.conversation.channel}): ${context.message.body.slice(0, 200)}`,
    attendeeEmail: email,
  });
  const preview = outcome.status === "executed" ? null : outcome.preview;
  const amount = preview?.amountCents !== undefined ? money(context, preview.amountCents, preview.currency) : null;
  return fromOutcome(context, target, outcome, {
    type: "refund",
    what: `A refund of ${amount ?? "your order"} on order ${target.order.reference}`,
    done: (out) => ({
      reply: `Done: I've refunded ${money(context, out.amountCents, out.currency)} on order ${out.orderReference} (${out.percent}% by the refund policy, ${out.daysBefore} ${out.daysBefore === 1 ? "day" : "days"} before the event), and the tickets on it are cancelled. ${out.processing} A confirmation is on its way to your inbox.`,
      amountCents: out.amountCents,
    }),
  });
}

async function resend(context: TurnContext, email: string, target: Ran): Promise<Draft> {
  const outcome = await runSupportTool(context, resendTicket, {
    eventId: context.event.id,
    order: target.order.reference,
    attendeeEmail: email,
  });
  return fromOutcome(context, target, outcome, {
    type: "resend",
    what: `Sending the tickets of order ${target.order.reference} again`,
    done: (out) => ({
      reply: `I've sent ${out.tickets === 1 ? "your ticket" : `your ${out.tickets} tickets`} for order ${out.orderReference} again to ${out.to}. If it isn't there in a few minutes, check your spam folder.`,
    }),
  });
}

const asWords = (text: string) => ` ${normalize(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;

/**
 * The ticket a transfer is about when the order holds several: the one whose holder the message names
 * in full ("move Ravi Patel's ticket to…"), or failing that by first name, when exactly one does. The
 * new holder is not a candidate. None or several named: the tool picks or asks (orders.ts pickTicket).
 */
export function namedTicket(tickets: OrderSummary["tickets"], message: string, holder: NewHolder) {
  const words = asWords(message);
  const candidates = tickets.filter(
    (ticket) => ticket.status === "valid" && normalize(ticket.holderName) !== normalize(holder.name ?? ""),
  );
  if (candidates.length < 2) return undefined;
  for (const nameOf of [(name: string) => name, (name: string) => name.split(/\s+/)[0] ?? name]) {
    const named = candidates.filter((ticket) => words.includes(asWords(nameOf(ticket.holderName))));
    if (named.length === 1) return named[0]?.id;
    if (named.length > 1) return undefined;
  }
  return undefined;
}

async function transfer(context: TurnContext, email: string, target: Ran, holder: NewHolder): Promise<Draft> {
  if (!holder.name || !holder.email) {
    const missing =
      !holder.name && !holder.email
        ? "their full name and email address"
        : !holder.name
          ? "their full name"
          : "their email address";
    return draft(
      `Happy to transfer the ticket on order ${target.order.reference}. Who should it go to? Tell me ${missing}.`,
      "open",
      { awaiting: "newHolder", orderId: target.orderId },
    );
  }
  const outcome = await runSupportTool(context, transferTicket, {
    eventId: context.event.id,
    order: target.order.reference,
    ticketId: namedTicket(target.order.tickets, context.message.body, holder),
    newHolderName: holder.name,
    newHolderEmail: holder.email,
    attendeeEmail: email,
  });
  return fromOutcome(context, target, outcome, {
    type: "transfer",
    what: `Transferring the ticket on order ${target.order.reference} to ${holder.name}`,
    done: (out) => ({
      reply: `Done: the ticket on order ${out.orderReference} now belongs to ${out.to.name} (${out.to.email}). They've been emailed their new ticket, and the old ticket no longer admits anyone.${out.feeCents > 0 ? ` The transfer fee is ${money(context, out.feeCents, out.currency)}.` : ""}`,
    }),
  });
}

/** Runs the request for the verified sender through the gate, or says what is needed first. */
export async function orderAction(context: TurnContext, request: OrderRequest): Promise<Draft> {
  const email = await verifiedSender(context);
  if (typeof email !== "string") return email;
  const target = await senderOrder(context, email, request.orders);
  if (!("order" in target)) return target;
  try {
    switch (request.kind) {
      case "lookup":
        return draft(`Here is your order:\n${orderLine(context.format, target.order)}`, "resolved", {
          orderId: target.orderId,
        });
      case "refund":
        return await refund(context, email, target);
      case "resend":
        return await resend(context, email, target);
      case "transfer":
        return await transfer(context, email, target, request.newHolder ?? {});
    }
  } catch (error) {
    return { ...refusal(error), orderId: target.orderId };
  }
}
