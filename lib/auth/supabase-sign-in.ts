import type { SupabaseClient, User } from "@supabase/supabase-js";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { acceptInvitationsForVerifiedEmail } from "@/lib/team/verified-email";
import { type Credentials, type RequestMeta, wrongCredentialsMessage } from "./sign-in";
import { beginSignInAttempt, finishSignInAttempt } from "./sign-in-attempts";
import { confirmedEmail } from "./supabase";

export const UNCONFIRMED_EMAIL =
  "Your email address is not confirmed yet. Open the confirmation link we emailed you, then sign in again.";
export const NO_ACCESS =
  "Your sign-in worked, but this account has no access to EventOS yet. Ask an owner of your organization to invite you.";

type SupabaseAuth = Pick<SupabaseClient["auth"], "signInWithPassword" | "signOut">;

/**
 * Signs in through Supabase Auth within the same sign-in limits as local accounts. Only a confirmed
 * email maps to an EventOS user, and only to one with a membership; pending invitations for that
 * confirmed email are accepted first (creating the EventOS user). Otherwise the Supabase session is
 * ended again and the person is told which of the two is missing (audited as `denied`).
 * Returns the EventOS user id.
 */
export async function signInWithSupabase(
  db: Db,
  auth: SupabaseAuth,
  credentials: Credentials,
  meta: RequestMeta,
  now = new Date(),
): Promise<string> {
  const key = { email: credentials.email, ipAddress: meta.ipAddress };
  const attemptId = await beginSignInAttempt(db, key, { userAgent: meta.userAgent }, now);
  const { data, error } = await auth.signInWithPassword(credentials);
  // Supabase checks the password before it reports an unconfirmed email.
  const passwordAccepted = !error || error.code === "email_not_confirmed";
  const wrongPassword = error?.code === "invalid_credentials";
  const result = passwordAccepted ? "success" : wrongPassword ? "failure" : "error";
  const lockout = await finishSignInAttempt(db, attemptId, key, result, { userAgent: meta.userAgent }, now);
  const audit = (outcome: "success" | "failure" | "denied", extra: Record<string, string>, actorId?: string) =>
    recordAudit(db, {
      actorType: "user",
      actorId: actorId ?? null,
      action: "auth.sign_in",
      outcome,
      ...meta,
      metadata: { provider: "supabase", email: credentials.email, ...extra },
    });
  if (wrongPassword) {
    await audit("failure", {});
    throw new AppError("unauthenticated", wrongCredentialsMessage(lockout, now));
  }
  if (error?.code === "over_request_rate_limit") {
    throw new AppError("rate_limited", "Too many sign-in attempts. Wait a few minutes, then try again.");
  }
  if (error && !passwordAccepted) throw error;
  const email = confirmedEmail(data.user);
  if (!email) {
    await audit("denied", { reason: "email_unconfirmed" });
    await auth.signOut();
    throw new AppError("forbidden", UNCONFIRMED_EMAIL);
  }
  // The email and its confirmation come from Supabase Auth, never from the form.
  await acceptInvitationsForVerifiedEmail(db, { email, name: displayName(data.user), provider: "supabase" }, meta, now);
  // A Supabase identity only gets in with an EventOS user of the same email who belongs somewhere.
  const member = await db.membership.findFirst({ where: { user: { email } } });
  if (!member) {
    await audit("denied", { reason: "no_membership" });
    await auth.signOut();
    throw new AppError("forbidden", NO_ACCESS);
  }
  await audit("success", {}, member.userId);
  return member.userId;
}

/** The name a Supabase user gave (OAuth providers fill `full_name` or `name`), if any. */
function displayName(user: Pick<User, "user_metadata"> | null) {
  const metadata = user?.user_metadata as Record<string, unknown> | undefined;
  if (typeof metadata?.full_name === "string") return metadata.full_name;
  return typeof metadata?.name === "string" ? metadata.name : null;
}
