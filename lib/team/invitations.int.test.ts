import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import {
  acceptInvitationAsNewUser,
  acceptInvitationAsUser,
  findInvitation,
  INVITATION_TTL_MS,
  inviteMember,
  listPendingInvitations,
  revokeInvitation,
} from "./invitations";
import { acceptInvitationsForVerifiedEmail } from "./verified-email";

const db = testDb();
const meta = { ipAddress: "198.51.100.7", userAgent: "vitest" };
const PASSWORD = "a long passphrase";

async function team() {
  const org = await uniqueOrganization(db);
  const member = (role: Role, name: string) =>
    createMember(db, {
      organizationId: org.id,
      email: `${name.toLowerCase()}-${org.slug}@example.com`,
      name,
      role,
      password: PASSWORD,
    });
  const owner = await member("owner", "Olga");
  const admin = await member("admin", "Adam");
  const viewer = await member("viewer", "Vera");
  const as = (user: { id: string }) => ({ organizationId: org.id, userId: user.id });
  return { org, owner, admin, viewer, as, guest: `guest-${org.slug}@example.com` };
}

/** The invitation email in the outbox, and the token from its link. */
async function invitationEmail(invitationId: string) {
  const email = await db.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: `invitation:${invitationId}` } });
  const link = email.text.match(/https?:\/\/\S+\/invite\/(\S+)/);
  if (!link?.[1]) throw new Error(`no invitation link in: ${email.text}`);
  return { email, link: link[0], token: link[1] };
}

describe("inviting someone", () => {
  it("emails an absolute, single-use link through the outbox, stores only the token's hash and audits it", async () => {
    const { org, owner, as, guest } = await team();
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "member" }, meta);
    const { email, link, token } = await invitationEmail(invitationId);
    expect(email).toMatchObject({ to: [guest], status: "sent", provider: "local-outbox", organizationId: org.id });
    expect(email.subject).toBe(`Olga invited you to ${org.name} on EventOS`);
    expect(link).toBe(`${env.APP_URL}/invite/${token}`);
    expect(email.text).toContain("as a Member");
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(INVITATION_TTL_MS);
    expect((await findInvitation(db, token))?.id).toBe(invitationId);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: org.id, action: "team.invitation_sent" },
    });
    expect(audit).toMatchObject({
      actorId: owner.id,
      targetId: invitationId,
      outcome: "success",
      ipAddress: meta.ipAddress,
    });
    expect(audit.metadata).toEqual({ email: guest, role: "member", replacedInvitations: 0 });
  });

  it("says when the link expires in the organization's locale, in UTC named once", async () => {
    const { org, owner, as, guest } = await team();
    await db.organization.update({ where: { id: org.id }, data: { locale: "fr-FR" } });
    const sentAt = new Date("2027-02-12T09:00:00Z");
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "member" }, meta, sentAt);
    const { email } = await invitationEmail(invitationId);
    expect(email.text.replace(/[\u00a0\u202f]/g, " ")).toContain(
      "The link works once and expires on 19 févr. 2027, 09:00 UTC (in 7 days).",
    );
  });

  it("refuses viewers, and admins inviting an owner, writing nothing", async () => {
    const { org, admin, viewer, as, guest } = await team();
    await expect(inviteMember(db, as(viewer), { email: guest, role: "viewer" }, meta)).rejects.toMatchObject({
      status: 403,
      message: "Only owners and admins can manage the team.",
    });
    await expect(inviteMember(db, as(admin), { email: guest, role: "owner" }, meta)).rejects.toMatchObject({
      status: 403,
    });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("refuses to invite someone who is already a member", async () => {
    const { org, owner, admin, as } = await team();
    await expect(inviteMember(db, as(owner), { email: admin.email, role: "member" }, meta)).rejects.toThrow(
      `${admin.email} is already a member of ${org.name}.`,
    );
  });

  it("inviting the same email again withdraws the first link", async () => {
    const { org, owner, as, guest } = await team();
    const first = await inviteMember(db, as(owner), { email: guest, role: "viewer" }, meta);
    const second = await inviteMember(db, as(owner), { email: guest, role: "member" }, meta);
    const old = await invitationEmail(first.invitationId);
    await expect(acceptInvitationAsNewUser(db, old.token, { name: "Gus", password: PASSWORD }, meta)).rejects.toThrow(
      "This invitation was withdrawn.",
    );
    expect((await listPendingInvitations(db, org.id)).map((invitation) => invitation.id)).toEqual([
      second.invitationId,
    ]);
  });
});

describe("two admins inviting the same person at once", () => {
  it("leave exactly one working link, and a refusal is a 409 with a sentence", async () => {
    const { org, owner, admin, as, guest } = await team();
    const results = await Promise.allSettled([
      inviteMember(db, as(owner), { email: guest, role: "member" }, meta),
      inviteMember(db, as(admin), { email: guest, role: "viewer" }, meta),
    ]);
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toMatchObject({ status: 409, message: expect.stringContaining(guest) });
      }
    }
    expect(await db.invitation.count({ where: { organizationId: org.id, email: guest, revokedAt: null } })).toBe(1);
    // The database itself refuses a second open invitation (the partial unique index).
    await expect(
      db.invitation.create({
        data: {
          organizationId: org.id,
          email: guest,
          role: "viewer",
          tokenHash: `raw-${guest}`,
          expiresAt: new Date(),
        },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });
});

describe("accepting an invitation", () => {
  it("creates the person's account and membership with the invited role, once", async () => {
    const { org, owner, as, guest } = await team();
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "admin" }, meta);
    const { token } = await invitationEmail(invitationId);
    const { user, organizationId } = await acceptInvitationAsNewUser(
      db,
      token,
      { name: "Gus Guest", password: PASSWORD },
      meta,
    );
    expect(organizationId).toBe(org.id);
    expect(user).toMatchObject({ email: guest, name: "Gus Guest" });
    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
    });
    expect(membership.role).toBe("admin");
    expect((await verifyCredentials(db, { email: guest, password: PASSWORD }, meta)).id).toBe(user.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: org.id, action: "team.invitation_accepted" },
    });
    expect(audit).toMatchObject({ actorId: user.id, targetId: invitationId, outcome: "success" });

    // Single use: the same link again is refused and creates nothing.
    await expect(
      acceptInvitationAsNewUser(db, token, { name: "Someone Else", password: PASSWORD }, meta),
    ).rejects.toMatchObject({ status: 409, message: "This invitation has already been used. Sign in instead." });
    expect(await db.membership.count({ where: { organizationId: org.id } })).toBe(4);
    expect(await listPendingInvitations(db, org.id)).toEqual([]);
  });

  it("refuses an expired link with the date it expired, and an unknown one", async () => {
    const { org, owner, as, guest } = await team();
    const sentAt = new Date(Date.now() - INVITATION_TTL_MS - 60_000);
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "member" }, meta, sentAt);
    const { token } = await invitationEmail(invitationId);
    const attempt = acceptInvitationAsNewUser(db, token, { name: "Late Larry", password: PASSWORD }, meta);
    await expect(attempt).rejects.toMatchObject({ status: 409 });
    await expect(attempt).rejects.toThrow(/^This invitation expired on .+ UTC\. Ask the person who invited you/);
    expect(await db.user.count({ where: { email: guest } })).toBe(0);
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: "team.invitation_accepted" } })).toBe(0);
    // One millisecond before expiry it still works: the boundary is the stored expiry.
    const fresh = await inviteMember(db, as(owner), { email: guest, role: "member" }, meta, sentAt);
    const live = await invitationEmail(fresh.invitationId);
    const justBefore = new Date(sentAt.getTime() + INVITATION_TTL_MS - 1);
    await acceptInvitationAsNewUser(db, live.token, { name: "Just Julia", password: PASSWORD }, meta, justBefore);
    await expect(
      acceptInvitationAsNewUser(db, "not-a-token", { name: "Nobody", password: PASSWORD }, meta),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("joins an existing account that signs in, only with the invited email, and only the inviting organization", async () => {
    const { org, owner, as, guest } = await team();
    const other = await team();
    const elsewhere = await createMember(db, {
      organizationId: other.org.id,
      email: guest,
      name: "Gus",
      role: "member",
      password: PASSWORD,
    });
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "viewer" }, meta);
    const { token } = await invitationEmail(invitationId);

    // A new-account acceptance for an email that has an account is refused: sign in instead.
    await expect(
      acceptInvitationAsNewUser(db, token, { name: "Impostor", password: "x".repeat(12) }, meta),
    ).rejects.toThrow(`There is already an EventOS account for ${guest}. Sign in with it to accept the invitation.`);
    // Someone signed in with another email cannot take it.
    await expect(acceptInvitationAsUser(db, token, other.owner, meta)).rejects.toMatchObject({ status: 403 });
    expect(await db.membership.count({ where: { organizationId: org.id, userId: other.owner.id } })).toBe(0);

    await acceptInvitationAsUser(db, token, elsewhere, meta);
    const memberships = await db.membership.findMany({ where: { userId: elsewhere.id } });
    expect(memberships.map((m) => [m.organizationId, m.role]).sort()).toEqual(
      [
        [org.id, "viewer"],
        [other.org.id, "member"],
      ].sort(),
    );
    // Still one account with the old password: nothing about it changed.
    expect((await verifyCredentials(db, { email: guest, password: PASSWORD }, meta)).id).toBe(elsewhere.id);
  });

  it("cannot be withdrawn from another organization, and a withdrawn link stops working", async () => {
    const { org, owner, admin, as, guest } = await team();
    const other = await team();
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "owner" }, meta);
    await expect(revokeInvitation(db, other.as(other.owner), invitationId, meta)).rejects.toMatchObject({
      status: 404,
    });
    // An admin cannot withdraw an owner's invitation either.
    await expect(revokeInvitation(db, as(admin), invitationId, meta)).rejects.toMatchObject({ status: 403 });
    await revokeInvitation(db, as(owner), invitationId, meta);
    const { token } = await invitationEmail(invitationId);
    await expect(acceptInvitationAsNewUser(db, token, { name: "Gus", password: PASSWORD }, meta)).rejects.toThrow(
      "This invitation was withdrawn.",
    );
    expect(
      await db.auditLog.count({
        where: { organizationId: org.id, action: "team.invitation_revoked", actorId: owner.id },
      }),
    ).toBe(1);
  });
});

describe("invited people signing in through a provider that confirms their email", () => {
  it("get their EventOS user and membership on signing in, once", async () => {
    const { org, owner, as, guest } = await team();
    const { invitationId } = await inviteMember(db, as(owner), { email: guest, role: "member" }, meta);
    expect(
      await acceptInvitationsForVerifiedEmail(db, { email: guest.toUpperCase(), provider: "supabase" }, meta),
    ).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { email: guest } });
    expect(user.passwordHash).toBeNull();
    expect(user.name).toMatch(/^Guest /);
    expect(
      await db.membership.findUnique({ where: { organizationId_userId: { organizationId: org.id, userId: user.id } } }),
    ).toMatchObject({ role: "member" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      acceptedById: user.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: org.id, action: "team.invitation_accepted" },
    });
    expect(audit.metadata).toMatchObject({ provider: "supabase", role: "member" });
    // Signing in again joins nothing more.
    expect(await acceptInvitationsForVerifiedEmail(db, { email: guest, provider: "supabase" }, meta)).toBe(0);
  });

  it("ignore expired invitations", async () => {
    const { owner, as, guest } = await team();
    const sentAt = new Date(Date.now() - INVITATION_TTL_MS - 1);
    await inviteMember(db, as(owner), { email: guest, role: "member" }, meta, sentAt);
    expect(await acceptInvitationsForVerifiedEmail(db, { email: guest, provider: "supabase" }, meta)).toBe(0);
    expect(await db.user.count({ where: { email: guest } })).toBe(0);
  });
});
