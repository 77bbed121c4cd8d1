/**
 * A web-chat visitor types the one-time code emailed to them (codes.ts): a right code marks the
 * conversation verified for that address and carries on with the request that needed it; a wrong one
 * counts as an attempt (5 at most), an expired or used one is refused.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SupportConversation } from "@/lib/db/generated/client";
import { AppError, parseInput } from "@/lib/errors";
import { hashCode, liveCode, MAX_CODE_ATTEMPTS, sameHash } from "./codes";
import { respond } from "./respond";
import { AWAITING, draft } from "./turn";
import { finishTurn, requireConversation, type SupportOptions, type SupportTurn, turnContext } from "./turn-store";

const confirmInput = z.object({
  conversationId: z.uuid({ error: "That is not a conversation id." }),
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "Type the 6-digit code from the email." }),
  now: z.date().optional(),
});

/** Checks the code, spending an attempt; throws a human message when it is not the right one. */
async function checkCode(db: Db, conversationId: string, code: string, now: Date) {
  const latest = await db.verificationCode.findFirst({ where: { conversationId }, orderBy: { createdAt: "desc" } });
  if (!latest) throw new AppError("conflict", "No code was sent in this conversation. Ask again and I'll send one.");
  const live = await liveCode(db, conversationId, now);
  if (!live) {
    throw new AppError(
      "conflict",
      latest.usedAt
        ? "That code was used already."
        : latest.attempts >= MAX_CODE_ATTEMPTS
          ? "Too many wrong codes. Ask again and I'll email a new one."
          : "That code has expired. Ask again and I'll email a new one.",
    );
  }
  // The attempt is counted before the comparison, atomically, so parallel guesses cannot exceed the limit.
  const spent = await db.verificationCode.updateMany({
    where: { id: live.id, usedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (spent.count === 0) throw new AppError("conflict", "Too many wrong codes. Ask again and I'll email a new one.");
  if (!sameHash(live.codeHash, hashCode(code))) {
    const left = MAX_CODE_ATTEMPTS - live.attempts - 1;
    throw new AppError(
      "validation",
      left > 0
        ? `That code is not right: ${left} ${left === 1 ? "try" : "tries"} left.`
        : "That code is not right, and it was the last try. Ask again and I'll email a new one.",
    );
  }
  const used = await db.verificationCode.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: now } });
  if (used.count === 0) throw new AppError("conflict", "That code was used already.");
  return live;
}

/**
 * Confirms the visitor's code: the conversation is verified for the address the code went to, and the
 * request that waited for it is answered (that turn is returned).
 */
export async function confirmVerificationCode(
  db: Db,
  rawInput: { conversationId: string; eventId: string; code: string; now?: Date },
  options: SupportOptions = {},
): Promise<SupportTurn> {
  const started = performance.now();
  const input = parseInput(confirmInput, rawInput);
  const now = input.now ?? new Date();
  const found = await requireConversation(db, { eventId: input.eventId, id: input.conversationId });
  return confirmCodeFor(db, { conversation: found, code: input.code, now, options, started });
}

/**
 * The confirmation for a conversation already found (also when the visitor types the code into the
 * chat: handleSupportMessage). `deliveryKey` keys the reply like any other delivery's.
 */
export async function confirmCodeFor(
  db: Db,
  args: {
    conversation: SupportConversation;
    code: string;
    now: Date;
    options: SupportOptions;
    started: number;
    deliveryKey?: string | null;
  },
): Promise<SupportTurn> {
  const { now, options, started } = args;
  const found = args.conversation;
  const code = await checkCode(db, found.id, args.code, now);
  const conversation = await db.supportConversation.update({
    where: { id: found.id },
    data: { verifiedAt: now, attendeeEmail: code.email },
  });
  const pending = await db.supportMessage.findFirst({
    where: { conversationId: conversation.id, role: "attendee", flags: { has: AWAITING.verification } },
    orderBy: { createdAt: "desc" },
  });
  const last =
    pending ??
    (await db.supportMessage.findFirstOrThrow({
      where: { conversationId: conversation.id, role: "attendee" },
      orderBy: { createdAt: "desc" },
    }));
  const context = await turnContext(db, { conversation, message: last, now, options });
  const result = pending
    ? await respond(context, null)
    : draft(`Thanks, ${code.email} is confirmed. What can I do for you?`, "unchanged");
  // Every request that waited for this conversation's code is answered by this one (the latest).
  const waiting = await db.supportMessage.findMany({
    where: { conversationId: conversation.id, flags: { has: AWAITING.verification } },
  });
  for (const message of waiting) {
    await db.supportMessage.update({
      where: { id: message.id },
      data: { flags: message.flags.filter((flag) => flag !== AWAITING.verification) },
    });
  }
  return finishTurn(db, { context, message: last, result, started, deliveryKey: args.deliveryKey });
}
