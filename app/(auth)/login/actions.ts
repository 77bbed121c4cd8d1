"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { getCurrentUser } from "@/lib/auth/current-user";
import { createSession, deleteSession } from "@/lib/auth/local-session";
import { credentialsSchema, verifyCredentials, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { createSupabaseServerClient, supabaseAuthEnabled } from "@/lib/auth/supabase";
import { acceptSupabaseInvitations } from "@/lib/auth/supabase-invitations";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { requestMeta } from "@/lib/request-meta";

const NO_ACCESS =
  "Your sign-in worked, but this account has no access to EventOS yet. Ask an owner of your organization to invite you.";

export type SignInState = { error?: string; fields?: { email?: string[]; password?: string[] }; email?: string };

/** Only same-site paths, so a crafted link cannot send people elsewhere after signing in. */
function safeNext(value: FormDataEntryValue | null) {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    return { error: "Check the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors, email };
  }
  const meta = await requestMeta();
  try {
    if (supabaseAuthEnabled()) {
      const supabase = await createSupabaseServerClient();
      const { error } = await supabase.auth.signInWithPassword(parsed.data);
      if (error) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
      await acceptSupabaseInvitations(db, supabase, meta);
      // A Supabase identity only gets in with an EventOS user of the same email who belongs somewhere.
      const member = await db.membership.findFirst({ where: { user: { email: parsed.data.email } } });
      await recordAudit(db, {
        actorType: "user",
        actorId: member?.userId ?? null,
        action: "auth.sign_in",
        outcome: member ? "success" : "denied",
        ...meta,
        metadata: { provider: "supabase", email: parsed.data.email },
      });
      if (!member) {
        await supabase.auth.signOut();
        throw new AppError("forbidden", NO_ACCESS);
      }
    } else {
      const user = await verifyCredentials(db, parsed.data, meta);
      const session = await createSession(db, { userId: user.id, ...meta });
      (await cookies()).set(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: "lax",
        secure: env.APP_URL.startsWith("https://"),
        path: "/",
        expires: session.expiresAt,
      });
    }
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, email };
    logger.error("sign-in failed", { error: error instanceof Error ? error.message : String(error) });
    return { error: "We could not sign you in right now. Please try again in a moment.", email };
  }
  redirect(safeNext(form.get("next")));
}

export async function signOutAction() {
  const meta = await requestMeta();
  const user = await getCurrentUser();
  if (supabaseAuthEnabled()) {
    const supabase = await createSupabaseServerClient();
    await supabase.auth.signOut();
  } else {
    const store = await cookies();
    const token = store.get(SESSION_COOKIE)?.value;
    if (token) await deleteSession(db, token);
    store.delete(SESSION_COOKIE);
  }
  if (user) {
    await recordAudit(db, {
      actorType: "user",
      actorId: user.id,
      action: "auth.sign_out",
      outcome: "success",
      ...meta,
    });
  }
  redirect("/login");
}
