import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/** Supabase Auth is active when SUPABASE_URL and SUPABASE_ANON_KEY are both set. */
export function supabaseAuthEnabled() {
  return Boolean(env.SUPABASE_URL && env.SUPABASE_ANON_KEY);
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
