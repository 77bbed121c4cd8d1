import { createServerClient } from "@supabase/ssr";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeSupabaseAuth } from "@/e2e/fakes/supabase-auth";
import { inviteMember } from "@/lib/team/invitations";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { acceptSupabaseInvitations } from "./supabase-invitations";

const db = testDb();
const meta = { ipAddress: "192.0.2.8", userAgent: "vitest" };
const PORT = 54_000 + Math.floor(Math.random() * 900);

async function invited() {
  const org = await uniqueOrganization(db);
  const owner = await createMember(db, {
    organizationId: org.id,
    email: `owner-${org.slug}@example.com`,
    name: "Olga",
    role: "owner",
  });
  const email = `invitee-${org.slug}@example.com`;
  await inviteMember(db, { organizationId: org.id, userId: owner.id }, { email, role: "admin" }, meta);
  return { org, email };
}

class NoWebSocket {
  constructor() {
    throw new Error("realtime is not used by sign-in");
  }
}

const first = await invited();
const fake = await startFakeSupabaseAuth(PORT, [{ email: first.email, password: "supabase-pass" }]);
afterAll(() => fake.close());

describe("Supabase sign-in of an invited person", () => {
  it("gives a confirmed Supabase user its EventOS user and the invited membership", async () => {
    // The same client as the sign-in (lib/auth/supabase.ts), with an in-memory cookie jar for the request.
    let jar: { name: string; value: string }[] = [];
    const supabase = createServerClient(`http://127.0.0.1:${PORT}`, "fake-anon-key", {
      // Node 20 has no global WebSocket for the realtime client; sign-in never opens one.
      realtime: { transport: NoWebSocket as never },
      cookies: {
        getAll: () => jar,
        setAll: (toSet) => {
          const names = new Set(toSet.map((cookie) => cookie.name));
          jar = [
            ...jar.filter((cookie) => !names.has(cookie.name)),
            ...toSet.map(({ name, value }) => ({ name, value })),
          ];
        },
      },
    });
    const { error } = await supabase.auth.signInWithPassword({ email: first.email, password: "supabase-pass" });
    expect(error).toBeNull();
    expect(await acceptSupabaseInvitations(db, supabase, meta)).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { email: first.email }, include: { memberships: true } });
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[first.org.id, "admin"]]);
    expect(await acceptSupabaseInvitations(db, supabase, meta)).toBe(0);
  });

  it("joins nothing for an email Supabase has not confirmed", async () => {
    const { org, email } = await invited();
    const unconfirmed = {
      auth: {
        getUser: async () => ({ data: { user: { email, email_confirmed_at: undefined, user_metadata: {} } } }),
      },
    };
    expect(await acceptSupabaseInvitations(db, unconfirmed, meta)).toBe(0);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.invitation.count({ where: { organizationId: org.id, acceptedAt: null } })).toBe(1);
  });
});
