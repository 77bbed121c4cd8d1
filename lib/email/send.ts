import type { Db, DbOrTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { type EmailAttachment, type EmailProvider, emailProvider } from "./providers";
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
  /** When it was queued: the database's clock unless a call runs at an injected time (gate RunOptions). */
  createdAt?: Date;
};

/**
 * Stores the message as queued, inside the caller's transaction. A message with the same key that
 * already exists is left as it is. Returns the id to deliver after the transaction commits.
 */
export async function queueEmail(db: DbOrTx, email: QueuedEmail, provider: EmailProvider = emailProvider()) {
  await db.emailMessage.createMany({
    data: [{ ...email, eventId: email.eventId ?? null, provider: provider.name, fromAddress: env.EMAIL_FROM }],
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
      });
      await db.emailMessage.update({ where: { id }, data: { status: "sent", providerMessageId, sentAt: new Date() } });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn("email delivery failed", { emailId: id, provider: provider.name, reason });
      await db.emailMessage.update({ where: { id }, data: { status: "failed", error: reason.slice(0, 500) } });
    }
  }
}
