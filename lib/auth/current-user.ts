import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { SESSION_COOKIE } from "./cookies";
import { findSessionUser } from "./local-session";
import { confirmedEmail, createSupabaseServerClient, supabaseAuthEnabled } from "./supabase";

/**
 * The signed-in user for this request, from the local session cookie or from Supabase Auth.
 * A Supabase identity maps to the EventOS user with the same confirmed email; without one there is no access.
 */
export const getCurrentUser = cache(async () => {
  if (supabaseAuthEnabled()) {
    const supabase = await createSupabaseServerClient();
    const { data } = await supabase.auth.getUser();
    const email = confirmedEmail(data.user);
    return email ? db.user.findUnique({ where: { email } }) : null;
  }
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(db, token) : null;
});
