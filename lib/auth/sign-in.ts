import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { beginSignInAttempt, finishSignInAttempt } from "./sign-in-attempts";
import { type Lockout, lockoutMessage } from "./sign-in-limits";

export const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter your email address, like name@company.com." })),
  password: z.string().min(1, { error: "Enter your password." }).max(200, { error: "That password is too long." }),
});

export type Credentials = z.infer<typeof credentialsSchema>;
export type RequestMeta = { ipAddress?: string | null; userAgent?: string | null };

const NO_MATCH = "That email and password don't match an account.";
export const WRONG_CREDENTIALS = `${NO_MATCH} Check them and try again.`;

/** What a wrong email or password is told; the failure that starts a lockout says so at once. */
export function wrongCredentialsMessage(lockout: Lockout | null, now: Date): string {
  return lockout ? `${NO_MATCH} ${lockoutMessage(lockout, now)}` : WRONG_CREDENTIALS;
}

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email and password against the local accounts, within the sign-in limits
 * (lib/auth/sign-in-limits.ts), and records the attempt. Throws one message for an unknown email and a
 * wrong password alike, a 429 while the account or address is locked out, and says so on the failure
 * that starts a lockout. A hash made with weaker parameters than today's is replaced on success.
 */
export async function verifyCredentials(db: DbOrTx, credentials: Credentials, meta: RequestMeta, now = new Date()) {
  const user = await db.user.findUnique({ where: { email: credentials.email } });
  const key = { email: credentials.email, ipAddress: meta.ipAddress };
  const attemptMeta = { userId: user?.id, userAgent: meta.userAgent };
  const attemptId = await beginSignInAttempt(db, key, attemptMeta, now);
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const valid = (await verifyPassword(credentials.password, user?.passwordHash ?? (await decoyHash))) && Boolean(user);
  const lockout = await finishSignInAttempt(db, attemptId, key, valid ? "success" : "failure", attemptMeta, now);
  await recordAudit(db, {
    actorType: "user",
    actorId: user?.id ?? null,
    action: "auth.sign_in",
    targetType: "user",
    targetId: user?.id,
    outcome: valid ? "success" : "failure",
    ...meta,
    metadata: valid ? undefined : { email: credentials.email },
  });
  if (!valid || !user) {
    throw new AppError("unauthenticated", wrongCredentialsMessage(lockout, now));
  }
  if (user.passwordHash && needsRehash(user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(credentials.password) } });
  }
  return user;
}
