import type { User } from "@supabase/supabase-js";
import type { Db } from "@/lib/db/client";
import { acceptInvitationsForVerifiedEmail } from "@/lib/team/verified-email";

/** What the sign-in needs from its Supabase client: the user Supabase Auth vouches for. */
export type SupabaseUserSource = {
  auth: { getUser(): Promise<{ data: { user: Pick<User, "email" | "email_confirmed_at" | "user_metadata"> | null } }> };
};

/**
 * Called by the Supabase sign-in right after the password is accepted: a Supabase user whose email is
 * confirmed and has pending invitations gets its EventOS user and the invited memberships, so the
 * membership check that follows lets them in. The email and its confirmation come from Supabase Auth
 * (`/user`), never from the form. Returns how many organizations were joined.
 */
export async function acceptSupabaseInvitations(
  db: Db,
  supabase: SupabaseUserSource,
  meta: { ipAddress?: string | null; userAgent?: string | null },
) {
  const { data } = await supabase.auth.getUser();
  const user = data.user;
  if (!user?.email || !user.email_confirmed_at) return 0;
  const metadata = user.user_metadata as Record<string, unknown> | undefined;
  const name =
    typeof metadata?.full_name === "string"
      ? metadata.full_name
      : typeof metadata?.name === "string"
        ? metadata.name
        : null;
  return acceptInvitationsForVerifiedEmail(db, { email: user.email, name, provider: "supabase" }, meta);
}
