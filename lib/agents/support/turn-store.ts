/**
 * How a support turn is stored and read back: the agent's reply with its citations, actions, flags and
 * response time, and the conversation's status moved by the rule in docs/support.md ("Conversations").
 * Shared by the message entry (conversation.ts) and the code confirmation (verification.ts).
 */
import type { Db } from "@/lib/db/client";
import type { SupportConversation, SupportMessage } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import { configuredTextModel } from "@/lib/llm/text-model";
import { eventFormatter, requireEvent } from "../event";
import { supportPolicyFor } from "./policy";
import type { ReplyModel } from "./reply";
import type { EscalationReason } from "./tools/escalate-to-human";
import { AWAITING, type Citation, type Draft, type SupportAction, type TurnContext } from "./turn";

export type SupportTurn = {
  conversationId: string;
  reply: string;
  actions: SupportAction[];
  escalated: boolean;
  escalationReason: EscalationReason | null;
  citations: Citation[];
  /** Web chat: a one-time code was emailed; the visitor must type it (confirmVerificationCode). */
  needsVerification: boolean;
  responseMs: number;
};

/** Server-side options: the model that phrases replies (the configured one by default; null: offline). */
export type SupportOptions = { model?: ReplyModel | null };

const FLAG_NEEDS_VERIFICATION = "needs_verification";
const ESCALATION_FLAG = "escalation:";
const REPLY_KEY = ":reply";

function turnOf(reply: SupportMessage): SupportTurn {
  const escalation = reply.flags.find((flag) => flag.startsWith(ESCALATION_FLAG));
  const escalationReason = escalation ? (escalation.slice(ESCALATION_FLAG.length) as EscalationReason) : null;
  return {
    conversationId: reply.conversationId,
    reply: reply.body,
    actions: reply.actions as SupportAction[],
    escalated: escalationReason !== null,
    escalationReason,
    citations: reply.citations as Citation[],
    needsVerification: reply.flags.includes(FLAG_NEEDS_VERIFICATION),
    responseMs: reply.responseMs ?? 0,
  };
}

/** The conversation of the organization's event, or a 404 (another event's id is "not found" too). */
export async function requireConversation(db: Db, scope: { organizationId?: string; eventId: string; id: string }) {
  const conversation = await db.supportConversation.findFirst({
    where: {
      id: scope.id,
      eventId: scope.eventId,
      ...(scope.organizationId ? { organizationId: scope.organizationId } : {}),
    },
  });
  if (!conversation) throw new AppError("not_found", "That support conversation does not exist for this event.");
  return conversation;
}

/** What a turn answering `message` (an attendee message of the conversation) works with. */
/** The attendee's messages before `message` in its conversation, oldest first. */
export function attendeeMessagesBefore(db: Db, message: SupportMessage) {
  return db.supportMessage.findMany({
    where: {
      conversationId: message.conversationId,
      role: "attendee",
      id: { not: message.id },
      createdAt: { lte: message.createdAt },
    },
    orderBy: { createdAt: "asc" },
  });
}

export async function turnContext(
  db: Db,
  args: { conversation: SupportConversation; message: SupportMessage; now: Date; options: SupportOptions },
): Promise<TurnContext> {
  const { conversation, message } = args;
  const deps = { db, organizationId: conversation.organizationId };
  const event = await requireEvent(deps, conversation.eventId);
  const earlier = await attendeeMessagesBefore(db, message);
  return {
    db,
    now: args.now,
    organizationId: conversation.organizationId,
    event,
    policy: await supportPolicyFor(db, event.id),
    format: await eventFormatter(deps, event),
    conversation,
    sender: conversation.attendeeEmail,
    verifiedEmail: conversation.verifiedAt ? conversation.attendeeEmail : null,
    message: { id: message.id, body: message.body },
    history: earlier.map((row) => row.body),
    model: args.options.model === undefined ? configuredTextModel() : args.options.model,
  };
}

/** The conversation's status after a turn (docs/support.md, "Conversations"). */
function conversationChange(conversation: SupportConversation, result: Draft, now: Date, responseMs: number) {
  const data: Partial<SupportConversation> = {};
  if (conversation.firstResponseMs === null) data.firstResponseMs = responseMs;
  if (result.orderId) data.orderId = result.orderId;
  if (result.approvalId) data.approvalId = result.approvalId;
  if (result.reopened) data.reopenedAt = now;
  // A person has the conversation once it is handed off: the agent still answers, it does not close it.
  const personOwns = conversation.status === "handed_off";
  if (result.outcome === "handed_off") {
    Object.assign(data, { status: "handed_off", escalationReason: result.escalationReason, resolvedAt: null });
  } else if (result.outcome === "resolved" && !personOwns) {
    Object.assign(data, { status: "resolved", resolvedAt: now });
  } else if (result.outcome === "open" && !personOwns) {
    data.status = "open";
  }
  return data;
}

/**
 * Stores the agent's reply to `message` and moves the conversation by the rule; the turn as returned.
 * `started` is the performance.now() when the message arrived.
 */
export async function finishTurn(
  db: Db,
  args: {
    context: TurnContext;
    message: SupportMessage;
    result: Draft;
    started: number;
    /** The delivery key of the message this reply answers, when it came with one. */
    deliveryKey?: string | null;
  },
): Promise<SupportTurn> {
  const { context, message, result } = args;
  const responseMs = Math.round(performance.now() - args.started);
  const conversation = await db.supportConversation.findUniqueOrThrow({ where: { id: context.conversation.id } });
  const flags = [
    ...(result.needsVerification ? [FLAG_NEEDS_VERIFICATION] : []),
    ...(result.escalationReason ? [`${ESCALATION_FLAG}${result.escalationReason}`] : []),
  ];
  const reply = await db.$transaction(async (tx) => {
    if (result.awaiting) {
      await tx.supportMessage.update({
        where: { id: message.id },
        data: { flags: { push: AWAITING[result.awaiting] } },
      });
    }
    await tx.supportConversation.update({
      where: { id: conversation.id },
      data: conversationChange(conversation, result, context.now, responseMs),
    });
    return tx.supportMessage.create({
      data: {
        conversationId: conversation.id,
        role: "agent",
        body: result.reply,
        citations: toJson(result.citations),
        actions: toJson(result.actions),
        flags,
        responseMs,
        idempotencyKey: args.deliveryKey ? `${args.deliveryKey}${REPLY_KEY}` : null,
        createdAt: new Date(Math.max(context.now.getTime(), message.createdAt.getTime()) + Math.max(1, responseMs)),
      },
    });
  });
  return turnOf(reply);
}

export async function storedTurn(db: Db, key: string) {
  const reply = await db.supportMessage.findUnique({ where: { idempotencyKey: `${key}${REPLY_KEY}` } });
  return reply ? turnOf(reply) : null;
}
