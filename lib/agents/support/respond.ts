/**
 * One attendee message answered, in the order docs/support.md ("Conversations") gives: triage first
 * (what goes to a person), then the intent: a question from the knowledge base, a policy question from
 * the policy, an action on an order for its verified owner, a person, thanks or a reopen. Text that
 * claims to change the rules is flagged by the caller and changes nothing here.
 */
import { type Intent, newHolderIn, readIntent } from "./intent";
import { orderAction } from "./order-actions";
import { refundQuestion, transferQuestion } from "./policy-replies";
import { answerFromPassages, citationsOf, searchForTurn, topicalQuery } from "./relevance";
import { phraseReply } from "./reply";
import { type EscalationReason, escalateToHuman } from "./tools/escalate-to-human";
import { triageMessage } from "./triage";
import { type Awaiting, type Draft, draft, type PendingRequest, runSupportTool, type TurnContext } from "./turn";

const HAND_OFF: Record<EscalationReason, string> = {
  safety:
    "If anyone is in danger right now, please contact the on-site staff or security, or call your local emergency number straight away. I've passed this to the team as urgent, and a person will get back to you as soon as possible.",
  legal: "I've passed this to the team, and a person will get back to you about it.",
  upset_attendee: "I'm sorry about this. I've passed this to the team, and a person will get back to you personally.",
  exception_request:
    "That needs a decision from a person, so I've passed this to the team with your message. They'll get back to you.",
  not_in_knowledge_base:
    "I'll check with the team: I've passed your question on, and a person will get back to you here or by email.",
  refund_over_limit: "I've passed this to the team, and a person will confirm the refund.",
};

/**
 * Hands the conversation to a person through the gate, with the reason and the attendee's message. A
 * conversation a person already has for the same reason is not filed again (one inbox item, one alert);
 * safety always is.
 */
export async function handOff(context: TurnContext, reason: EscalationReason, summary: string): Promise<Draft> {
  const { conversation } = context;
  if (conversation.status === "handed_off" && conversation.escalationReason === reason && reason !== "safety") {
    return draft(
      "The team already has your conversation, and I've added this message to it. A person will get back to you.",
      "handed_off",
      { escalationReason: reason },
    );
  }
  const order = context.conversation.orderId
    ? await context.db.order.findUnique({ where: { id: context.conversation.orderId }, select: { reference: true } })
    : null;
  const outcome = await runSupportTool(context, escalateToHuman, {
    eventId: context.event.id,
    reason,
    summary: summary.trim().slice(0, 1000).padEnd(3, "."),
    conversationId: context.conversation.id,
    ...(order ? { order: order.reference } : {}),
  });
  return draft(HAND_OFF[reason], "handed_off", {
    escalationReason: reason,
    ...(outcome.status === "escalated" || outcome.status === "pending_approval"
      ? { approvalId: outcome.approvalId }
      : {}),
  });
}

async function answerQuestion(context: TurnContext, question: string): Promise<Draft> {
  // Nothing but greetings and asking words: nothing to look up, nothing to hand over yet.
  if (!topicalQuery(question)) {
    return draft(
      `Hi! I'm the ${context.event.name} assistant. Ask me about the event, or about your order: refunds, transfers, or sending your tickets again.`,
      "unchanged",
    );
  }
  const { quoted } = await searchForTurn(context, question);
  if (quoted.length === 0) return handOff(context, "not_in_knowledge_base", `No article answers: ${question}`);
  return draft(answerFromPassages(quoted), "resolved", { grounding: quoted, citations: citationsOf(quoted) });
}

const BARE_REFERENCE = /^#?\s*([A-Za-z0-9][A-Za-z0-9_-]{2,99})[.!]?$/;

/**
 * The request the message continues: when the attendee's previous message waits for an order or a
 * new holder and this one is no new request, the two are read together ("DCL-1002", "her name is…");
 * a "yes" to an offered refund is the refund.
 */
export function continuedIntent(
  intent: Intent,
  pending: { intent: Intent; awaiting: Awaiting } | null,
  message: string,
  sender?: string,
): Intent {
  if (!pending) return intent;
  if (pending.awaiting === "confirmation") {
    return intent.kind === "confirm" && pending.intent.kind === "refund_question"
      ? { ...pending.intent, kind: "refund" }
      : intent;
  }
  if (!["question", "confirm"].includes(intent.kind)) return intent;
  const holder = newHolderIn(message, sender);
  // Asked "which order?", a message that is only a reference is the answer, as written.
  const bare = pending.awaiting === "order" ? BARE_REFERENCE.exec(message.trim())?.[1] : undefined;
  const orders = bare ? [bare] : intent.orders.length > 0 ? intent.orders : pending.intent.orders;
  return {
    kind: pending.intent.kind,
    orders,
    emails: [...pending.intent.emails, ...intent.emails],
    newHolder: {
      name: holder.name ?? pending.intent.newHolder?.name,
      email: holder.email ?? pending.intent.newHolder?.email,
    },
  };
}

async function byIntent(context: TurnContext, intent: Intent): Promise<Draft> {
  const text = context.message.body;
  switch (intent.kind) {
    case "refund":
    case "resend":
    case "transfer":
    case "lookup":
      return orderAction(context, { kind: intent.kind, orders: intent.orders, newHolder: intent.newHolder });
    case "refund_question":
      return refundQuestion(context, intent.orders);
    case "transfer_question":
      return transferQuestion(context);
    case "other_person":
      return draft(
        `I can't say whether someone is registered for ${context.event.name}, or share anything about their tickets or contact details: that stays private to them, so it's best to ask them directly. If it's about your own order, tell me its reference and I'll help.`,
        "resolved",
      );
    case "human":
      // Asking for a person says the answers so far did not serve: the nearest of the six reasons.
      return handOff(context, "not_in_knowledge_base", `The attendee asked for a person: ${text}`);
    case "thanks":
      return draft(`You're welcome! Enjoy ${context.event.name}, and write again any time.`, "unchanged");
    case "reopen":
      return draft(
        "Sorry that didn't sort it out. I've reopened your request: tell me what's still wrong, or say \"talk to a person\" and I'll pass it to the team.",
        "open",
        { reopened: true },
      );
    case "confirm":
    case "question":
      return answerQuestion(context, text);
  }
}

/** The turn's draft. `pending` is the attendee's previous message when it still waits for something. */
export async function respond(context: TurnContext, pending: PendingRequest | null): Promise<Draft> {
  const text = context.message.body;
  const triage = triageMessage(text, { history: context.history, needsPerson: context.policy.needsPerson });
  if (triage.reason) return handOff(context, triage.reason, text);
  const intent = readIntent(text, {
    sender: context.sender,
    resolved: context.conversation.status === "resolved",
    pendingOffer: pending?.awaiting === "confirmation",
  });
  const earlier = pending
    ? { intent: readIntent(pending.body, { sender: context.sender }), awaiting: pending.awaiting }
    : null;
  const result = await byIntent(context, continuedIntent(intent, earlier, text, context.sender));
  // Hand-offs and the request for a code keep their fixed words; answers and action results may be phrased.
  if (result.outcome === "handed_off" || result.needsVerification) return result;
  return {
    ...result,
    reply: await phraseReply({ offline: result.reply, passages: result.grounding ?? [] }, context.model),
  };
}
