import { recordAudit } from "@/lib/audit";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  FAILURE_WINDOW_MS,
  type Lockout,
  lockedUntil,
  lockoutMessage,
  longerLockout,
} from "./sign-in-limits";

export type AttemptKey = { email: string; ipAddress?: string | null };
export type AttemptMeta = { userId?: string | null; userAgent?: string | null };

// Attempts are only needed while they can count; older ones are deleted (the audit log keeps history).
const KEEP_ATTEMPTS_MS = 86_400_000;

// Pending attempts count as failures, so guesses sent in parallel cannot all slip under the limit.
const COUNTED = ["failure", "pending"] as const;

async function failureTimes(
  db: DbOrTx,
  where: { email: string } | { ipAddress: string },
  since: Date,
  now: Date,
  limit: number,
  excludeId?: string,
) {
  const rows = await db.signInAttempt.findMany({
    where: {
      ...where,
      result: { in: [...COUNTED] },
      createdAt: { gt: since, lte: now },
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/**
 * The lockout in force for this email or client address, if any. An account's count starts again after
 * a successful sign-in; an address's does not (one working account must not reset guesses at others).
 * Without a known client address only the account limit applies.
 */
export async function currentLockout(
  db: DbOrTx,
  key: AttemptKey,
  now: Date = new Date(),
  excludeId?: string,
): Promise<Lockout | null> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email: key.email, result: "success", createdAt: { gt: windowStart, lte: now } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const accountFailures = await failureTimes(
    db,
    { email: key.email },
    accountSince,
    now,
    ACCOUNT_FAILURE_LIMIT,
    excludeId,
  );
  const accountUntil = lockedUntil(accountFailures, ACCOUNT_FAILURE_LIMIT, now);
  let addressUntil: Date | null = null;
  if (key.ipAddress) {
    const addressFailures = await failureTimes(
      db,
      { ipAddress: key.ipAddress },
      windowStart,
      now,
      ADDRESS_FAILURE_LIMIT,
      excludeId,
    );
    addressUntil = lockedUntil(addressFailures, ADDRESS_FAILURE_LIMIT, now);
  }
  return longerLockout(
    accountUntil ? { scope: "account", until: accountUntil } : null,
    addressUntil ? { scope: "address", until: addressUntil } : null,
  );
}

/**
 * Opens a sign-in attempt, or refuses it with a 429 saying when to try again while the account or the
 * client address is locked out (audited as `auth.sign_in` denied). The password is not checked at all
 * while locked, and a refused attempt does not extend the lock.
 */
export async function beginSignInAttempt(
  db: DbOrTx,
  key: AttemptKey,
  meta: AttemptMeta,
  now: Date = new Date(),
): Promise<string> {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });
  const attempt = await db.signInAttempt.create({
    data: { email: key.email, ipAddress: key.ipAddress ?? null, result: "pending", createdAt: now },
  });
  const lockout = await currentLockout(db, key, now, attempt.id);
  if (!lockout) return attempt.id;
  await db.signInAttempt.update({ where: { id: attempt.id }, data: { result: "refused" } });
  await recordAudit(db, {
    actorType: "user",
    actorId: meta.userId ?? null,
    action: "auth.sign_in",
    targetType: meta.userId ? "user" : undefined,
    targetId: meta.userId ?? undefined,
    outcome: "denied",
    ipAddress: key.ipAddress,
    userAgent: meta.userAgent,
    metadata: { email: key.email, reason: "locked_out", scope: lockout.scope, until: lockout.until.toISOString() },
  });
  throw new AppError("rate_limited", lockoutMessage(lockout, now));
}

/**
 * Records how an attempt ended. A failure that starts a lockout is audited (`auth.lockout`) and the
 * lockout returned, so the person is told right away rather than on their next try.
 */
export async function finishSignInAttempt(
  db: DbOrTx,
  attemptId: string,
  key: AttemptKey,
  result: "success" | "failure" | "error",
  meta: AttemptMeta,
  now: Date = new Date(),
): Promise<Lockout | null> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { result } });
  if (result !== "failure") return null;
  const lockout = await currentLockout(db, key, now);
  if (lockout) {
    await recordAudit(db, {
      actorType: "user",
      actorId: meta.userId ?? null,
      action: "auth.lockout",
      targetType: meta.userId ? "user" : undefined,
      targetId: meta.userId ?? undefined,
      outcome: "denied",
      ipAddress: key.ipAddress,
      userAgent: meta.userAgent,
      metadata: { email: key.email, scope: lockout.scope, until: lockout.until.toISOString() },
    });
  }
  return lockout;
}
