import { createServerClient } from "@supabase/ssr";
import type { User } from "@supabase/supabase-js";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/** Supabase Auth is active when SUPABASE_URL and SUPABASE_ANON_KEY are both set. */
export function supabaseAuthEnabled() {
  return Boolean(env.SUPABASE_URL && env.SUPABASE_ANON_KEY);
}

/**
 * The email of a Supabase user, lower-cased, only once they have confirmed it: the one thing that maps
 * a Supabase identity to the EventOS user with that email. `email_confirmed_at` and not `confirmed_at`,
 * which a confirmed phone number also sets while the email may be anyone's.
 */
export function confirmedEmail(user: Pick<User, "email" | "email_confirmed_at"> | null | undefined): string | null {
  if (!user?.email || !user.email_confirmed_at) return null;
  return user.email.toLowerCase();
}

/** A Supabase client bound to this request's cookies (server components, actions, route handlers). */
export async function createSupabaseServerClient() {
  const url = env.SUPABASE_URL;
  const key = env.SUPABASE_ANON_KEY;
  if (!url || !key) throw new Error("Supabase Auth is not configured");
  const cookieStore = await cookies();
  return createServerClient(url, key, {
    cookies: {
      getAll: () => cookieStore.getAll(),
      setAll: (toSet) => {
        try {
          for (const { name, value, options } of toSet) cookieStore.set(name, value, options);
        } catch {
          // Server components cannot set cookies; the proxy refreshes the session instead.
        }
      },
    },
  });
}
