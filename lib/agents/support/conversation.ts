/**
 * The Support agent's conversations: an attendee's message in, the agent's reply out, both stored with
 * the conversation's status kept by the rule in docs/support.md ("Conversations"). The web help page,
 * the inbound email channel and the public API all come through `handleSupportMessage`.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SupportMessage } from "@/lib/db/generated/client";
import { AppError, parseInput } from "@/lib/errors";
import { requireEvent } from "../event";
import { detectInjection, PROMPT_INJECTION_FLAG } from "./injection";
import { respond } from "./respond";
import { AWAITING, type PendingRequest } from "./turn";
import {
  finishTurn,
  requireConversation,
  type SupportOptions,
  type SupportTurn,
  storedTurn,
  turnContext,
} from "./turn-store";
import { confirmCodeFor } from "./verification";

export type { SupportAction } from "./turn";
export type { SupportOptions, SupportTurn } from "./turn-store";

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

/** A message that is only a 6-digit code. */
const CODE_MESSAGE = /^\s*(\d{6})\s*$/;

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

/** The attendee's previous message, when it still waits for an order, a new holder or a "yes". */
async function pendingRequest(db: Db, message: SupportMessage): Promise<PendingRequest | null> {
  const previous = await db.supportMessage.findFirst({
    where: {
      conversationId: message.conversationId,
      role: "attendee",
      createdAt: { lte: message.createdAt },
      id: { not: message.id },
    },
    orderBy: { createdAt: "desc" },
  });
  const waits = (["order", "newHolder", "confirmation"] as const).find((awaiting) =>
    previous?.flags.includes(AWAITING[awaiting]),
  );
  return waits && previous ? { body: previous.body, awaiting: waits } : null;
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
  // A web visitor typing the emailed code into the chat confirms it (the code is never stored as a message).
  const typed = CODE_MESSAGE.exec(input.message)?.[1];
  if (typed && input.conversationId && !earlier) {
    const found = await requireConversation(db, { ...input, id: input.conversationId });
    if (!found.verifiedAt && (await db.verificationCode.count({ where: { conversationId: found.id } })) > 0) {
      return confirmCodeFor(db, { conversation: found, code: typed, now, options, started, deliveryKey: key });
    }
  }
  const conversation = earlier
    ? await requireConversation(db, { ...input, id: earlier.conversationId })
    : await conversationFor(db, input, now);
  const message = earlier ?? (await attendeeMessage(db, conversation.id, input, key, now));
  const context = await turnContext(db, { conversation, message, now, options });
  const result = await respond(context, await pendingRequest(db, message));
  return finishTurn(db, { context, message, result, started, deliveryKey: key });
}
