import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter your email address, like name@company.com." })),
  password: z.string().min(1, { error: "Enter your password." }).max(200, { error: "That password is too long." }),
});

export type Credentials = z.infer<typeof credentialsSchema>;

export const WRONG_CREDENTIALS = "That email and password don't match an account. Check them and try again.";

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email and password against the local accounts and records the attempt.
 * Throws one message for an unknown email and a wrong password alike.
 */
export async function verifyCredentials(
  db: DbOrTx,
  credentials: Credentials,
  meta: { ipAddress?: string | null; userAgent?: string | null },
) {
  const user = await db.user.findUnique({ where: { email: credentials.email } });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const valid = await verifyPassword(credentials.password, user?.passwordHash ?? (await decoyHash));
  await recordAudit(db, {
    actorType: "user",
    actorId: user?.id ?? null,
    action: "auth.sign_in",
    targetType: "user",
    targetId: user?.id,
    outcome: valid && user ? "success" : "failure",
    ...meta,
    metadata: valid && user ? undefined : { email: credentials.email },
  });
  if (!valid || !user) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  return user;
}
