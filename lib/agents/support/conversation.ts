/**
 * The Support agent's conversations: an attendee's message in, the agent's reply out, both stored with
 * the conversation's status kept by the rule in docs/support.md ("Conversations"). The web help page,
 * the inbound email channel and the public API all come through `handleSupportMessage`.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SupportConversation, SupportMessage } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { AppError, parseInput } from "@/lib/errors";
import { eventFormatter, requireEvent } from "../event";
import { configuredModel } from "../sales/proposal-writer";
import { detectInjection, PROMPT_INJECTION_FLAG } from "./injection";
import { supportPolicyFor } from "./policy";
import type { ReplyModel } from "./reply";
import { respond } from "./respond";
import type { EscalationReason } from "./tools/escalate-to-human";
import { AWAITING, type Citation, type Draft, type SupportAction, type TurnContext } from "./turn";

export type { SupportAction } from "./turn";

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

export type SupportMessageInput = {
  organizationId: string;
  eventId: string;
  channel: "web" | "email" | "api";
  /** The sender's email (email channel / API `from`) or the address a web visitor typed. */
  from: string;
  /** True for email and API channels; false for web chat until a code is confirmed. */
  verified: boolean;
  message: string;
  conversationId?: string;
  now?: Date;
  /** A retried delivery of the same message acts once and returns the same turn. */
  idempotencyKey?: string;
};

/** Server-side options: the model that phrases replies (the configured one by default; null: offline). */
export type SupportOptions = { model?: ReplyModel | null };

const messageInput = z.object({
  organizationId: z.uuid(),
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  channel: z.enum(["web", "email", "api"]),
  from: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Give the email address you bought your tickets with." })),
  verified: z.boolean(),
  message: z
    .string()
    .trim()
    .min(1, { error: "Write a message." })
    .max(5000, { error: "Keep the message under 5,000 characters." }),
  conversationId: z.uuid({ error: "That is not a conversation id." }).optional(),
  now: z.date().optional(),
  idempotencyKey: z.string().trim().min(1).max(200).optional(),
});

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
export async function turnContext(
  db: Db,
  args: { conversation: SupportConversation; message: SupportMessage; now: Date; options: SupportOptions },
): Promise<TurnContext> {
  const { conversation, message } = args;
  const deps = { db, organizationId: conversation.organizationId };
  const event = await requireEvent(deps, conversation.eventId);
  const earlier = await db.supportMessage.findMany({
    where: {
      conversationId: conversation.id,
      role: "attendee",
      id: { not: message.id },
      createdAt: { lte: message.createdAt },
    },
    orderBy: { createdAt: "asc" },
    select: { body: true },
  });
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
    model: args.options.model === undefined ? configuredModel() : args.options.model,
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
  args: { context: TurnContext; message: SupportMessage; result: Draft; started: number },
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
        idempotencyKey: message.idempotencyKey ? `${message.idempotencyKey}${REPLY_KEY}` : null,
        createdAt: new Date(Math.max(context.now.getTime(), message.createdAt.getTime()) + Math.max(1, responseMs)),
      },
    });
  });
  return turnOf(reply);
}

async function storedTurn(db: Db, key: string) {
  const reply = await db.supportMessage.findUnique({ where: { idempotencyKey: `${key}${REPLY_KEY}` } });
  return reply ? turnOf(reply) : null;
}

/** The conversation the message belongs to: the one named (same organization and event), or a new one. */
async function conversationFor(db: Db, input: z.infer<typeof messageInput>, now: Date) {
  if (!input.conversationId) {
    return db.supportConversation.create({
      data: {
        organizationId: input.organizationId,
        eventId: input.eventId,
        channel: input.channel,
        attendeeEmail: input.from,
        verifiedAt: input.verified ? now : null,
        createdAt: now,
      },
    });
  }
  const conversation = await requireConversation(db, { ...input, id: input.conversationId });
  // Another address typed mid-conversation is not verified by the earlier one's code.
  const sameSender = conversation.attendeeEmail === input.from;
  if (sameSender && (conversation.verifiedAt || !input.verified)) return conversation;
  return db.supportConversation.update({
    where: { id: conversation.id },
    data: { attendeeEmail: input.from, verifiedAt: input.verified ? now : sameSender ? conversation.verifiedAt : null },
  });
}

/** The attendee message, stored once per delivery key (a retry after a crash finds the one stored). */
async function attendeeMessage(
  db: Db,
  conversationId: string,
  input: z.infer<typeof messageInput>,
  key: string | null,
  now: Date,
) {
  const injection = detectInjection(input.message);
  try {
    return await db.supportMessage.create({
      data: {
        conversationId,
        role: "attendee",
        body: input.message,
        flags: injection.flagged ? [PROMPT_INJECTION_FLAG] : [],
        idempotencyKey: key,
        createdAt: now,
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", "This message is being answered already; send it again in a moment.");
    }
    throw error;
  }
}

/** The attendee's previous message, when it still waits for an order or a new holder. */
async function pendingRequest(db: Db, message: SupportMessage) {
  const previous = await db.supportMessage.findFirst({
    where: {
      conversationId: message.conversationId,
      role: "attendee",
      createdAt: { lte: message.createdAt },
      id: { not: message.id },
    },
    orderBy: { createdAt: "desc" },
  });
  const waits = previous?.flags.some((flag) => flag === AWAITING.order || flag === AWAITING.newHolder);
  return waits && previous ? previous.body : null;
}

/**
 * Answers an attendee's message: creates or continues the conversation, stores the message (flagged
 * when it claims to change the rules) and the reply, acts through the gate, and returns the turn. A
 * delivery key that was answered already returns the stored turn and does nothing again.
 */
export async function handleSupportMessage(
  db: Db,
  rawInput: SupportMessageInput,
  options: SupportOptions = {},
): Promise<SupportTurn> {
  const started = performance.now();
  const input = parseInput(messageInput, rawInput);
  const now = input.now ?? new Date();
  await requireEvent({ db, organizationId: input.organizationId }, input.eventId);
  const key = input.idempotencyKey ? `${input.organizationId}:${input.eventId}:${input.idempotencyKey}` : null;
  if (key) {
    const stored = await storedTurn(db, key);
    if (stored) return stored;
  }
  // A delivery whose reply was never stored (a crash mid-turn) is answered in the conversation it reached.
  const earlier = key ? await db.supportMessage.findUnique({ where: { idempotencyKey: key } }) : null;
  const conversation = earlier
    ? await requireConversation(db, { ...input, id: earlier.conversationId })
    : await conversationFor(db, input, now);
  const message = earlier ?? (await attendeeMessage(db, conversation.id, input, key, now));
  const context = await turnContext(db, { conversation, message, now, options });
  const result = await respond(context, await pendingRequest(db, message));
  return finishTurn(db, { context, message, result, started });
}
