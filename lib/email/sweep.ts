import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logger } from "@/lib/logger";
import { type EmailProvider, emailProvider } from "./providers";
import { deliverQueued, handOver, MAX_DELIVERY_ATTEMPTS } from "./send";

/**
 * The outbox sweeper: no message stays stuck. Messages are delivered right after the transaction that
 * queued them commits; a crash in between leaves them `queued`, a crash during the hand-over leaves them
 * `sending`, and a refusal leaves them `failed`. The sweeper (inngest/functions/email/sweep-outbox.ts)
 * delivers the first, settles the second without ever sending a message twice, and retries the third
 * with backoff; what still fails is listed on the Runs page (Needs attention).
 */

/** A queued message younger than this is still being delivered by whoever queued it. */
export const QUEUED_GRACE_MS = 5 * 60_000;
/** A hand-over that started longer ago than this has been abandoned (a provider call takes seconds). */
export const SENDING_GRACE_MS = 10 * 60_000;
const BATCH = 100;

export const UNKNOWN_OUTCOME =
  "The app stopped while handing this message to the email provider, which may have sent it. It is not sent again automatically: check with the recipient, then send it again if needed.";

export function isStuckQueued(message: { status: string; createdAt: Date }, now: Date) {
  return message.status === "queued" && now.getTime() - message.createdAt.getTime() >= QUEUED_GRACE_MS;
}

export function isStuckSending(message: { status: string; lastAttemptAt: Date | null; createdAt: Date }, now: Date) {
  const started = message.lastAttemptAt ?? message.createdAt;
  return message.status === "sending" && now.getTime() - started.getTime() >= SENDING_GRACE_MS;
}

/**
 * Whether handing a message over again cannot send it twice: the provider accepted it already (we hold
 * its id: it is simply sent), or the provider that took the first hand-over recognises its idempotency
 * key and the key is still within the provider's window.
 */
export function resendDecision(
  message: { provider: string; providerMessageId: string | null; lastAttemptAt: Date | null; createdAt: Date },
  provider: Pick<EmailProvider, "name" | "idempotencyWindowMs">,
  now: Date,
): "already_sent" | "hand_over_again" | "unknown" {
  if (message.providerMessageId) return "already_sent";
  if (message.provider !== provider.name || provider.idempotencyWindowMs === null) return "unknown";
  const firstHandOver = message.lastAttemptAt ?? message.createdAt;
  return now.getTime() - firstHandOver.getTime() < provider.idempotencyWindowMs ? "hand_over_again" : "unknown";
}

export type SweepResult = { queued: number; resumed: number; settled: number; retried: number; leftToAPerson: number };

/**
 * One sweep over every organization's outbox (or one organization's, for "run now"). Each message is
 * claimed with a conditional update first, so two sweeps, or a sweep and the original sender, act once.
 */
export async function sweepOutbox(
  db: Db,
  {
    organizationId,
    now = new Date(),
    provider = emailProvider(),
  }: { organizationId?: string; now?: Date; provider?: EmailProvider } = {},
): Promise<SweepResult> {
  const scope: Prisma.EmailMessageWhereInput = organizationId ? { organizationId } : {};
  const result: SweepResult = { queued: 0, resumed: 0, settled: 0, retried: 0, leftToAPerson: 0 };

  const queued = await db.emailMessage.findMany({
    where: { ...scope, status: "queued", createdAt: { lte: new Date(now.getTime() - QUEUED_GRACE_MS) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  await deliverQueued(
    db,
    queued.map((message) => message.id),
    provider,
  );
  result.queued = queued.length;

  const abandoned = new Date(now.getTime() - SENDING_GRACE_MS);
  const sending = await db.emailMessage.findMany({
    where: {
      ...scope,
      status: "sending",
      OR: [{ lastAttemptAt: { lte: abandoned } }, { lastAttemptAt: null, createdAt: { lte: abandoned } }],
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const message of sending) {
    const decision = resendDecision(message, provider, now);
    // Claimed by its last hand-over time: a second sweep finds it changed and leaves it.
    const claim = { id: message.id, status: "sending" as const, lastAttemptAt: message.lastAttemptAt };
    if (decision === "already_sent") {
      const done = await db.emailMessage.updateMany({
        where: claim,
        data: { status: "sent", sentAt: message.sentAt ?? now, nextAttemptAt: null },
      });
      result.settled += done.count;
    } else if (decision === "unknown") {
      const left = await db.emailMessage.updateMany({
        where: claim,
        data: { status: "failed", error: UNKNOWN_OUTCOME, nextAttemptAt: null },
      });
      result.leftToAPerson += left.count;
    } else {
      const claimed = await db.emailMessage.updateMany({
        where: claim,
        data: { attempts: { increment: 1 }, lastAttemptAt: now },
      });
      if (claimed.count === 0) continue;
      await handOver(db, await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } }), provider, now);
      result.resumed++;
    }
  }

  const due = await db.emailMessage.findMany({
    where: { ...scope, status: "failed", nextAttemptAt: { lte: now }, attempts: { lt: MAX_DELIVERY_ATTEMPTS } },
    select: { id: true },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
  });
  for (const { id } of due) {
    const claimed = await db.emailMessage.updateMany({
      where: { id, status: "failed", nextAttemptAt: { lte: now } },
      data: { status: "sending", attempts: { increment: 1 }, lastAttemptAt: now, nextAttemptAt: null },
    });
    if (claimed.count === 0) continue;
    const outcome = await handOver(db, await db.emailMessage.findUniqueOrThrow({ where: { id } }), provider, now);
    result.retried++;
    if (outcome === "failed") {
      const after = await db.emailMessage.findUniqueOrThrow({ where: { id }, select: { nextAttemptAt: true } });
      if (!after.nextAttemptAt) result.leftToAPerson++;
    }
  }
  if (result.leftToAPerson > 0) logger.warn("emails left to a person", { count: result.leftToAPerson });
  return result;
}

/** The scope's messages that still fail, newest first: what the Runs page's Needs attention lists. */
export function failingEmails(db: Db, organizationId: string, since: Date) {
  return db.emailMessage.findMany({
    where: { organizationId, status: "failed", createdAt: { gte: since } },
    select: {
      id: true,
      to: true,
      subject: true,
      error: true,
      attempts: true,
      nextAttemptAt: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}
