import type { Db, DbOrTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { type EmailAttachment, type EmailProvider, emailProvider } from "./providers";
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
  /** Names the message in its open pixel, tracked links and unsubscribe link (see ./tracking). */
  trackingToken?: string;
  /** The links that go through the click route; a click redirects only to one of them. */
  trackedLinks?: string[];
};

/**
 * Stores the message as queued, inside the caller's transaction. A message with the same key that
 * already exists is left as it is (its Message-ID and reply token too). Returns the id to deliver after
 * the transaction commits. Every message gets a Message-ID; one about a deal also a reply token, so
 * the prospect's answer finds this message (./reply-address).
 */
export async function queueEmail(db: DbOrTx, email: QueuedEmail, provider: EmailProvider = emailProvider()) {
  await db.emailMessage.createMany({
    data: [
      {
        ...email,
        eventId: email.eventId ?? null,
        provider: provider.name,
        fromAddress: env.EMAIL_FROM,
        messageId: newMessageId(env.EMAIL_FROM),
        replyToken: email.dealId ? newReplyToken() : null,
      },
    ],
    skipDuplicates: true,
  });
  const stored = await db.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: email.idempotencyKey } });
  return stored.id;
}

/**
 * Delivers queued messages. Each is claimed first (queued → sending), so two callers never deliver
 * the same message; a failure is stored on the message and does not stop the others.
 */
export async function deliverQueued(db: Db, ids: string[], provider: EmailProvider = emailProvider()) {
  for (const id of ids) {
    const claimed = await db.emailMessage.updateMany({ where: { id, status: "queued" }, data: { status: "sending" } });
    if (claimed.count === 0) continue;
    const message = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    const messageId = message.messageId ?? newMessageId(message.fromAddress);
    // Queued before messages had one: stored before delivery, so a retry sends the same one.
    if (!message.messageId) await db.emailMessage.update({ where: { id }, data: { messageId } });
    try {
      const { providerMessageId } = await provider.deliver({
        idempotencyKey: message.idempotencyKey,
        from: message.fromAddress,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        attachments: (message.attachments as EmailAttachment[] | null) ?? undefined,
        headers: message.trackingToken ? unsubscribeHeaders(env.APP_URL, message.trackingToken) : undefined,
        messageId,
        replyTo:
          message.replyToken && env.INBOUND_REPLY_ADDRESS
            ? replyToAddress(env.INBOUND_REPLY_ADDRESS, message.replyToken)
            : undefined,
      });
      await db.emailMessage.update({ where: { id }, data: { status: "sent", providerMessageId, sentAt: new Date() } });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn("email delivery failed", { emailId: id, provider: provider.name, reason });
      await db.emailMessage.update({ where: { id }, data: { status: "failed", error: reason.slice(0, 500) } });
    }
  }
}
