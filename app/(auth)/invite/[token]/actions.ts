"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ORG_COOKIE } from "@/lib/auth/cookies";
import { getCurrentUser } from "@/lib/auth/current-user";
import { startSessionCookie } from "@/lib/auth/session-cookie";
import { supabaseAuthEnabled } from "@/lib/auth/supabase";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/team/invitations";
import { acceptInput } from "@/lib/team/schemas";

export type AcceptState = { error?: string; fields?: Record<string, string[] | undefined>; name?: string };

/** Lands the person in the organization they just joined, whatever the switcher said before. */
async function enter(organizationId: string): Promise<never> {
  (await cookies()).set(ORG_COOKIE, organizationId, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/");
}

/** A new person: the token is the permission; they choose their name and password (local sign-in). */
export async function acceptAsNewUserAction(
  token: string,
  _previous: AcceptState,
  form: FormData,
): Promise<AcceptState> {
  const name = String(form.get("name") ?? "");
  const parsed = acceptInput.safeParse({
    name,
    password: form.get("password") ?? "",
    confirm: form.get("confirm") ?? "",
  });
  if (!parsed.success) {
    return { error: "Check the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors, name };
  }
  let organizationId: string;
  try {
    if (supabaseAuthEnabled()) {
      throw new AppError("bad_request", "Sign-in goes through Supabase here: sign in with the invited email to join.");
    }
    const meta = await requestMeta();
    const accepted = await acceptInvitationAsNewUser(db, token, parsed.data, meta);
    await startSessionCookie(db, { userId: accepted.user.id, ...meta });
    organizationId = accepted.organizationId;
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage, name };
    throw error;
  }
  return enter(organizationId);
}

/** Someone already signed in (local or Supabase) joins with the account they have. */
export async function acceptAsSignedInAction(token: string, _previous: AcceptState): Promise<AcceptState> {
  let organizationId: string;
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "Sign in first, then open the invitation link again.");
    organizationId = (await acceptInvitationAsUser(db, token, user, await requestMeta())).organizationId;
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
  return enter(organizationId);
}
