/**
 * Sign-in limits (OWASP Authentication Cheat Sheet: lock out after a handful of failures, per account
 * and per source). Failures are counted in a sliding window: a lock lifts as soon as enough failures
 * have aged out of it, not at a fixed boundary.
 */

/** Failed sign-ins for one email (whether or not an account has it) before it is locked. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failed sign-ins from one client address, across all emails, before that address is locked. */
export const ADDRESS_FAILURE_LIMIT = 20;
/** How far back failures count. */
export const FAILURE_WINDOW_MS = 15 * 60_000;

export type LockoutScope = "account" | "address";
export type Lockout = { scope: LockoutScope; until: Date };

/**
 * When a lock lifts, or null when there is none: `limit` or more failures within the window
 * (now − window, now] lock until the `limit`-th most recent of them is a full window old.
 */
export function lockedUntil(
  failures: readonly Date[],
  limit: number,
  now: Date,
  windowMs: number = FAILURE_WINDOW_MS,
): Date | null {
  const start = now.getTime() - windowMs;
  const recent = failures
    .map((failure) => failure.getTime())
    .filter((time) => time > start && time <= now.getTime())
    .sort((a, b) => b - a);
  const locking = recent[limit - 1];
  return locking === undefined ? null : new Date(locking + windowMs);
}

/** The longer of two lockouts (both may apply at once). */
export function longerLockout(a: Lockout | null, b: Lockout | null): Lockout | null {
  if (!a || !b) return a ?? b;
  return b.until > a.until ? b : a;
}

// Rounded up to the minute, so trying again at the time said always works.
function clock(time: Date) {
  const minute = new Date(Math.ceil(time.getTime() / 60_000) * 60_000);
  return `${minute.toISOString().slice(11, 16)} UTC`;
}

/** What the person is told: why, and when they can try again. */
export function lockoutMessage(lockout: Lockout, now: Date): string {
  const minutes = Math.max(1, Math.ceil((lockout.until.getTime() - now.getTime()) / 60_000));
  const wait = `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const who = lockout.scope === "account" ? "this account" : "your network";
  return `Too many failed sign-ins for ${who}, so signing in is paused to protect it. Try again in ${wait} (after ${clock(lockout.until)}).`;
}
