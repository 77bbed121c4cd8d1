/**
 * One-time codes that prove a web-chat visitor owns an address: 6 digits, emailed through the product's
 * outbox, stored only as SHA-256, valid for 10 minutes and 5 attempts. A code still valid is not sent
 * again (a visitor asking twice gets the same email, not a stream of them).
 */
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { deliverQueued, queueEmail } from "@/lib/email/send";

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;

export function hashCode(code: string) {
  return createHash("sha256").update(code).digest("hex");
}

export function sameHash(a: string, b: string) {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The conversation's code that can still be typed: the latest, unused, unexpired, with attempts left. */
export async function liveCode(db: Db, conversationId: string, now: Date) {
  const latest = await db.verificationCode.findFirst({
    where: { conversationId },
    orderBy: { createdAt: "desc" },
  });
  if (!latest || latest.usedAt || latest.expiresAt <= now || latest.attempts >= MAX_CODE_ATTEMPTS) return null;
  return latest;
}

/** Codes one address may be sent per hour, over all conversations (nobody floods an inbox through the chat). */
export const MAX_CODES_PER_HOUR = 5;

/**
 * Emails a code to `email` for the conversation, unless one sent to the same address is still live
 * ("live") or the address had MAX_CODES_PER_HOUR in the last hour ("limited").
 */
export async function sendVerificationCode(
  db: Db,
  args: {
    organizationId: string;
    event: { id: string; name: string };
    conversationId: string;
    email: string;
    now: Date;
  },
) {
  const live = await liveCode(db, args.conversationId, args.now);
  if (live && live.email === args.email) return "live" as const;
  const lastHour = await db.verificationCode.count({
    where: { email: args.email, createdAt: { gt: new Date(args.now.getTime() - 3_600_000) } },
  });
  if (lastHour >= MAX_CODES_PER_HOUR) return "limited" as const;
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const emailId = await db.$transaction(async (tx) => {
    const row = await tx.verificationCode.create({
      data: {
        conversationId: args.conversationId,
        email: args.email,
        codeHash: hashCode(code),
        expiresAt: new Date(args.now.getTime() + CODE_TTL_MS),
        createdAt: args.now,
      },
    });
    return queueEmail(tx, {
      organizationId: args.organizationId,
      eventId: args.event.id,
      idempotencyKey: `support-code:${row.id}`,
      to: [args.email],
      subject: `Your ${args.event.name} support code: ${code}`,
      text: [
        `Your code is ${code}.`,
        "",
        `Type it in the ${args.event.name} help chat to confirm this address is yours. It works for 10 minutes.`,
        "",
        "If you did not ask for it, ignore this email: nobody can see your orders without the code.",
        "",
        `${args.event.name} support`,
      ].join("\n"),
      createdAt: args.now,
    });
  });
  await deliverQueued(db, [emailId]);
  return "sent" as const;
}
