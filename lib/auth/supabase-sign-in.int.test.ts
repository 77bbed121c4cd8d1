import type { AddressInfo } from "node:net";
import { AuthApiError, AuthClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSupabaseAuth } from "@/e2e/fakes/supabase-auth";
import { AppError } from "@/lib/errors";
import { inviteMember } from "@/lib/team/invitations";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { WRONG_CREDENTIALS } from "./sign-in";
import { ACCOUNT_FAILURE_LIMIT } from "./sign-in-limits";
import { confirmedEmail } from "./supabase";
import { NO_ACCESS, signInWithSupabase, UNCONFIRMED_EMAIL } from "./supabase-sign-in";

const db = testDb();
const PASSWORD = "supabase passphrase";
const suffix = `${Date.now()}`;
const emails = {
  confirmed: `maya-${suffix}@example.com`,
  unconfirmed: `lena-${suffix}@example.com`,
  phoneOnly: `omar-${suffix}@example.com`,
  stranger: `stranger-${suffix}@example.com`,
  invited: `robin-${suffix}@example.com`,
  invitedUnconfirmed: `kai-${suffix}@example.com`,
};
let server: Awaited<ReturnType<typeof startFakeSupabaseAuth>>;
let url: string;
const users: Record<string, string> = {};
let lastOctet = 10;
const from = () => ({ ipAddress: `198.18.0.${++lastOctet}`, userAgent: "vitest" });

// The auth client that the app's Supabase client wraps (the full client also opens a realtime socket).
function supabaseAuth() {
  return new AuthClient({
    url: `${url}/auth/v1`,
    headers: { apikey: "fake-anon-key", Authorization: "Bearer fake-anon-key" },
    persistSession: false,
    autoRefreshToken: false,
  });
}

async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  server = await startFakeSupabaseAuth(0, [
    { email: emails.confirmed, password: PASSWORD },
    { email: emails.unconfirmed, password: PASSWORD, emailConfirmed: false },
    { email: emails.phoneOnly, password: PASSWORD, emailConfirmed: false, phoneConfirmed: true },
    { email: emails.stranger, password: PASSWORD },
    { email: emails.invited, password: PASSWORD },
    { email: emails.invitedUnconfirmed, password: PASSWORD, emailConfirmed: false },
  ]);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const org = await uniqueOrganization(db);
  // Every one of them except the stranger has an EventOS membership under that email.
  for (const key of ["confirmed", "unconfirmed", "phoneOnly"] as const) {
    const user = await createMember(db, { organizationId: org.id, email: emails[key], name: key, role: "member" });
    users[key] = user.id;
  }
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("Supabase sign-in", () => {
  it("signs a confirmed email in as the EventOS user with that email, and audits it", async () => {
    const meta = from();
    const userId = await signInWithSupabase(db, supabaseAuth(), { email: emails.confirmed, password: PASSWORD }, meta);
    expect(userId).toBe(users.confirmed);
    const audit = await db.auditLog.findFirst({ where: { action: "auth.sign_in", actorId: userId } });
    expect(audit).toMatchObject({ outcome: "success", ipAddress: meta.ipAddress });
  });

  it("tells a person whose email is not confirmed to confirm it, and does not let them in as the member with that email", async () => {
    const auth = supabaseAuth();
    const error = await refusal(
      signInWithSupabase(db, auth, { email: emails.unconfirmed, password: PASSWORD }, from()),
    );
    expect(error.message).toBe(UNCONFIRMED_EMAIL);
    expect(error.status).toBe(403);
    // The Supabase session it got is ended again.
    expect((await auth.getSession()).data.session).toBeNull();
    const audit = await db.auditLog.findFirst({
      where: { action: "auth.sign_in", outcome: "denied", metadata: { path: ["email"], equals: emails.unconfirmed } },
    });
    expect(audit?.metadata).toMatchObject({ provider: "supabase", reason: "email_unconfirmed" });
    expect(audit?.actorId).toBeNull();
  });

  it("does not take a confirmed phone number for a confirmed email", async () => {
    const error = await refusal(
      signInWithSupabase(db, supabaseAuth(), { email: emails.phoneOnly, password: PASSWORD }, from()),
    );
    expect(error.message).toBe(UNCONFIRMED_EMAIL);
  });

  it("gives the same message when Supabase itself refuses an unconfirmed email", async () => {
    const auth = {
      signInWithPassword: async () => ({
        data: { user: null, session: null, weakPassword: null },
        error: new AuthApiError("Email not confirmed", 400, "email_not_confirmed"),
      }),
      signOut: async () => ({ error: null }),
    } as unknown as ReturnType<typeof supabaseAuth>;
    const error = await refusal(
      signInWithSupabase(db, auth, { email: emails.unconfirmed, password: PASSWORD }, from()),
    );
    expect(error.message).toBe(UNCONFIRMED_EMAIL);
  });

  it("tells a confirmed Supabase identity without an EventOS membership that it has no access", async () => {
    const error = await refusal(
      signInWithSupabase(db, supabaseAuth(), { email: emails.stranger, password: PASSWORD }, from()),
    );
    expect(error.message).toBe(NO_ACCESS);
  });

  it("lets an invited person with a confirmed email in once, with the invited role", async () => {
    const org = await uniqueOrganization(db);
    const owner = await createMember(db, {
      organizationId: org.id,
      email: `owner-${org.slug}@example.com`,
      name: "Olga",
      role: "owner",
    });
    await inviteMember(
      db,
      { organizationId: org.id, userId: owner.id },
      { email: emails.invited, role: "admin" },
      from(),
    );
    const userId = await signInWithSupabase(db, supabaseAuth(), { email: emails.invited, password: PASSWORD }, from());
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    expect(user.email).toBe(emails.invited);
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[org.id, "admin"]]);
    // A second sign-in joins nothing more.
    await signInWithSupabase(db, supabaseAuth(), { email: emails.invited, password: PASSWORD }, from());
    expect(await db.membership.count({ where: { userId } })).toBe(1);
  });

  it("does not accept an invitation for an email Supabase has not confirmed", async () => {
    const org = await uniqueOrganization(db);
    const owner = await createMember(db, {
      organizationId: org.id,
      email: `owner-${org.slug}@example.com`,
      name: "Olga",
      role: "owner",
    });
    const invite = { email: emails.invitedUnconfirmed, role: "member" as const };
    await inviteMember(db, { organizationId: org.id, userId: owner.id }, invite, from());
    const error = await refusal(
      signInWithSupabase(db, supabaseAuth(), { email: emails.invitedUnconfirmed, password: PASSWORD }, from()),
    );
    expect(error.message).toBe(UNCONFIRMED_EMAIL);
    expect(await db.user.count({ where: { email: emails.invitedUnconfirmed } })).toBe(0);
    expect(await db.invitation.count({ where: { organizationId: org.id, acceptedAt: null } })).toBe(1);
  });

  it("counts wrong passwords toward the same lockout as local accounts", async () => {
    const meta = from();
    const wrong = { email: emails.confirmed, password: "wrong" };
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) {
      expect((await refusal(signInWithSupabase(db, supabaseAuth(), wrong, meta))).message).toBe(WRONG_CREDENTIALS);
    }
    expect((await refusal(signInWithSupabase(db, supabaseAuth(), wrong, meta))).message).toContain(
      "Too many failed sign-ins for this account",
    );
    const locked = await refusal(
      signInWithSupabase(db, supabaseAuth(), { email: emails.confirmed, password: PASSWORD }, meta),
    );
    expect(locked.code).toBe("rate_limited");
  });
});

describe("which Supabase users count as confirmed", () => {
  it("only those with email_confirmed_at, whatever confirmed_at says", () => {
    expect(confirmedEmail({ email: "Maya@Example.com", email_confirmed_at: "2026-12-01T10:00:00Z" })).toBe(
      "maya@example.com",
    );
    expect(confirmedEmail({ email: "maya@example.com" })).toBeNull();
    expect(confirmedEmail({ email: "maya@example.com", confirmed_at: "2026-12-01T10:00:00Z" } as never)).toBeNull();
    expect(confirmedEmail({ email: undefined, email_confirmed_at: "2026-12-01T10:00:00Z" })).toBeNull();
    expect(confirmedEmail(null)).toBeNull();
  });
});
