import type { Db, DbOrTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { type EmailAttachment, EmailDeliveryError, type EmailProvider, emailProvider } from "./providers";
import { newMessageId, newReplyToken, replyToAddress } from "./reply-address";
import { unsubscribeHeaders } from "./tracking";

export type QueuedEmail = {
  organizationId: string;
  eventId?: string | null;
  /** Derived from what causes the email (run, step, record): the same key never sends twice. */
  idempotencyKey: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  /** The sponsor deal an outreach email belongs to. */
  dealId?: string;
  /** The answer should come back to the inbound webhook (a support reply): it gets a reply token, like a deal's. */
  threadReplies?: boolean;
  /** The sender's Message-ID this email answers (angle brackets included): sent as In-Reply-To and References. */
  inReplyTo?: string;
  /** Names the message in its open pixel, tracked links and unsubscribe link (see ./tracking). */
  trackingToken?: string;
  /** The links that go through the click route; a click redirects only to one of them. */
  trackedLinks?: string[];
  /** When it was queued: the database's clock unless a call runs at an injected time (gate RunOptions). */
  createdAt?: Date;
};

/**
 * Stores the message as queued, inside the caller's transaction. A message with the same key that
 * already exists is left as it is (its Message-ID and reply token too). Returns the id to deliver after
 * the transaction commits. Every message gets a Message-ID; one about a deal (or threading its replies)
 * also a reply token, so the answer finds this message (./reply-address).
 */
export async function queueEmail(db: DbOrTx, queued: QueuedEmail, provider: EmailProvider = emailProvider()) {
  const { threadReplies, ...email } = queued;
  await db.emailMessage.createMany({
    data: [
      {
        ...email,
        eventId: email.eventId ?? null,
        provider: provider.name,
        fromAddress: env.EMAIL_FROM,
        messageId: newMessageId(env.EMAIL_FROM),
        replyToken: email.dealId || threadReplies ? newReplyToken() : null,
      },
    ],
    skipDuplicates: true,
  });
  const stored = await db.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: email.idempotencyKey } });
  return stored.id;
}

/** The headers a stored message adds: one-click unsubscribe for tracked mail, threading for an answer. */
function outgoingHeaders(message: { trackingToken: string | null; inReplyTo: string | null }) {
  const headers = {
    ...(message.trackingToken ? unsubscribeHeaders(env.APP_URL, message.trackingToken) : {}),
    ...(message.inReplyTo ? { "In-Reply-To": message.inReplyTo, References: message.inReplyTo } : {}),
  };
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/** Hand-overs to the provider before a failing message is left to a person. */
export const MAX_DELIVERY_ATTEMPTS = 5;
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_RETRY_MS = 6 * 3_600_000;

/**
 * When a message that failed its `attempts`-th hand-over is tried again: 5 minutes after the first
 * failure, then three times longer each time (15 min, 45 min, 2 h 15), at most 6 hours; null once
 * MAX_DELIVERY_ATTEMPTS hand-overs have failed.
 */
export function nextRetryAt(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  const delay = Math.min(FIRST_RETRY_MS * 3 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return new Date(failedAt.getTime() + delay);
}

type Claimed = NonNullable<Awaited<ReturnType<Db["emailMessage"]["findUnique"]>>>;

/**
 * Hands one claimed message (status `sending`, this attempt counted) to the provider with its
 * idempotency key. Accepted: `sent` with the provider's id. Refused: `failed`, with the next retry unless
 * the refusal is permanent or the attempts are used up. A crash between the provider's answer and the
 * update leaves the message `sending`, which the sweeper resolves (lib/email/sweep.ts).
 */
export async function handOver(db: Db, message: Claimed, provider: EmailProvider, now = new Date()) {
  const messageId = message.messageId ?? newMessageId(message.fromAddress);
  // Queued before messages had one: stored before delivery, so a retry sends the same one.
  if (!message.messageId) await db.emailMessage.update({ where: { id: message.id }, data: { messageId } });
  let providerMessageId: string | null;
  try {
    ({ providerMessageId } = await provider.deliver({
      idempotencyKey: message.idempotencyKey,
      from: message.fromAddress,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      attachments: (message.attachments as EmailAttachment[] | null) ?? undefined,
      headers: outgoingHeaders(message),
      messageId,
      replyTo:
        message.replyToken && env.INBOUND_REPLY_ADDRESS
          ? replyToAddress(env.INBOUND_REPLY_ADDRESS, message.replyToken)
          : undefined,
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof EmailDeliveryError && error.permanent;
    const retryAt = permanent ? null : nextRetryAt(message.attempts, now);
    logger.warn("email delivery failed", { emailId: message.id, provider: provider.name, reason, retryAt });
    await db.emailMessage.update({
      where: { id: message.id },
      data: { status: "failed", error: reason.slice(0, 500), nextAttemptAt: retryAt },
    });
    return "failed" as const;
  }
  try {
    await db.emailMessage.update({
      where: { id: message.id },
      data: { status: "sent", providerMessageId, sentAt: new Date(), error: null, nextAttemptAt: null },
    });
  } catch (error) {
    // The provider has it; the row stays `sending` and the sweeper settles it without sending twice.
    logger.error("email sent but not recorded", { emailId: message.id, error: String(error) });
  }
  return "sent" as const;
}

/**
 * Delivers queued messages. Each is claimed first (queued → sending, the attempt counted), so two
 * callers never deliver the same message; a failure is stored on the message and does not stop the others.
 */
export async function deliverQueued(db: Db, ids: string[], provider: EmailProvider = emailProvider()) {
  for (const id of ids) {
    const now = new Date();
    const claimed = await db.emailMessage.updateMany({
      where: { id, status: "queued" },
      data: { status: "sending", attempts: { increment: 1 }, lastAttemptAt: now },
    });
    if (claimed.count === 0) continue;
    await handOver(db, await db.emailMessage.findUniqueOrThrow({ where: { id } }), provider, now);
  }
}
