import { describe, expect, it } from "vitest";
import { createSession, findSessionUser } from "@/lib/auth/local-session";
import { verifyCredentials } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/db/generated/enums";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { changeMemberRole, removeMember } from "./members";
import { changePassword, updateName, WRONG_CURRENT_PASSWORD } from "./profile";
import { LAST_OWNER, ONLY_OWNERS_MANAGE_OWNERS } from "./rules";

const db = testDb();
const meta = { ipAddress: "203.0.113.5", userAgent: "vitest" };
const PASSWORD = "a long passphrase";

async function team() {
  const org = await uniqueOrganization(db);
  const member = async (role: Role, name: string) => {
    const user = await createMember(db, {
      organizationId: org.id,
      email: `${name.toLowerCase()}-${org.slug}@example.com`,
      name,
      role,
      password: PASSWORD,
    });
    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
    });
    return { ...user, membershipId: membership.id };
  };
  const owner = await member("owner", "Olga");
  const admin = await member("admin", "Adam");
  const viewer = await member("viewer", "Vera");
  const as = (user: { id: string }) => ({ organizationId: org.id, userId: user.id });
  const roleOf = async (user: { membershipId: string }) =>
    (await db.membership.findUnique({ where: { id: user.membershipId } }))?.role ?? null;
  return { org, owner, admin, viewer, as, member, roleOf };
}

describe("changing roles", () => {
  it("lets an admin promote a viewer, audited with from and to", async () => {
    const { org, admin, viewer, as, roleOf } = await team();
    expect(await changeMemberRole(db, as(admin), { membershipId: viewer.membershipId, role: "member" }, meta)).toEqual({
      changed: true,
    });
    expect(await roleOf(viewer)).toBe("member");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: org.id, action: "team.role_changed" },
    });
    expect(audit).toMatchObject({ actorId: admin.id, targetId: viewer.id, ipAddress: meta.ipAddress });
    expect(audit.metadata).toEqual({ email: viewer.email, from: "viewer", to: "member" });
    // The same role again writes nothing.
    await changeMemberRole(db, as(admin), { membershipId: viewer.membershipId, role: "member" }, meta);
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: "team.role_changed" } })).toBe(1);
  });

  it("keeps owners to owners: an admin can neither make nor demote one", async () => {
    const { owner, admin, viewer, as, roleOf } = await team();
    const promote = changeMemberRole(db, as(admin), { membershipId: viewer.membershipId, role: "owner" }, meta);
    await expect(promote).rejects.toMatchObject({ status: 403, message: ONLY_OWNERS_MANAGE_OWNERS });
    const demote = changeMemberRole(db, as(admin), { membershipId: owner.membershipId, role: "admin" }, meta);
    await expect(demote).rejects.toMatchObject({ status: 403 });
    expect([await roleOf(viewer), await roleOf(owner)]).toEqual(["viewer", "owner"]);
  });

  it("never demotes the last owner, even the owner themself, with a sentence saying why", async () => {
    const { org, owner, as, roleOf } = await team();
    const attempt = changeMemberRole(db, as(owner), { membershipId: owner.membershipId, role: "admin" }, meta);
    await expect(attempt).rejects.toMatchObject({ status: 409, message: LAST_OWNER });
    expect(await roleOf(owner)).toBe("owner");
    expect(await db.auditLog.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("lets one of two owners step down, but two owners demoting each other at once leave one owner", async () => {
    const { org, owner, member, as } = await team();
    const second = await member("owner", "Otto");
    const results = await Promise.allSettled([
      changeMemberRole(db, as(owner), { membershipId: second.membershipId, role: "admin" }, meta),
      changeMemberRole(db, as(second), { membershipId: owner.membershipId, role: "admin" }, meta),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.membership.count({ where: { organizationId: org.id, role: "owner" } })).toBe(1);
  });

  it("cannot reach a member of another organization", async () => {
    const { owner, as } = await team();
    const other = await team();
    const attempt = changeMemberRole(db, as(owner), { membershipId: other.viewer.membershipId, role: "admin" }, meta);
    await expect(attempt).rejects.toMatchObject({ status: 404 });
    expect(await other.roleOf(other.viewer)).toBe("viewer");
  });

  it("refuses someone whose own role was lowered a moment ago", async () => {
    const { owner, admin, viewer, as, roleOf } = await team();
    await changeMemberRole(db, as(owner), { membershipId: admin.membershipId, role: "member" }, meta);
    await expect(
      changeMemberRole(db, as(admin), { membershipId: viewer.membershipId, role: "admin" }, meta),
    ).rejects.toMatchObject({ status: 403 });
    expect(await roleOf(viewer)).toBe("viewer");
  });
});

describe("removing members", () => {
  it("lets an admin remove a viewer (the account stays), audited", async () => {
    const { org, admin, viewer, as, roleOf } = await team();
    await removeMember(db, as(admin), { membershipId: viewer.membershipId }, meta);
    expect(await roleOf(viewer)).toBeNull();
    expect(await db.user.count({ where: { id: viewer.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: org.id, action: "team.member_removed" },
    });
    expect(audit.metadata).toEqual({ email: viewer.email, role: "viewer" });
  });

  it("never removes an owner for an admin, nor the last owner for anyone", async () => {
    const { owner, admin, member, as, roleOf } = await team();
    await expect(removeMember(db, as(admin), { membershipId: owner.membershipId }, meta)).rejects.toMatchObject({
      status: 403,
    });
    await expect(removeMember(db, as(owner), { membershipId: owner.membershipId }, meta)).rejects.toMatchObject({
      status: 409,
      message: LAST_OWNER,
    });
    expect(await roleOf(owner)).toBe("owner");
    const second = await member("owner", "Otto");
    await removeMember(db, as(second), { membershipId: owner.membershipId }, meta);
    expect(await roleOf(owner)).toBeNull();
  });

  it("are refused to viewers", async () => {
    const { admin, viewer, as, roleOf } = await team();
    await expect(removeMember(db, as(viewer), { membershipId: admin.membershipId }, meta)).rejects.toMatchObject({
      status: 403,
    });
    expect(await roleOf(admin)).toBe("admin");
  });
});

describe("a person's own account", () => {
  it("changes the name, audited, and writes nothing when it is the same", async () => {
    const { viewer } = await team();
    await updateName(db, viewer.id, "Vera Viewer", meta);
    expect(await updateName(db, viewer.id, "Vera Viewer", meta)).toEqual({ changed: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).name).toBe("Vera Viewer");
    expect(await db.auditLog.count({ where: { actorId: viewer.id, action: "user.name_changed" } })).toBe(1);
  });

  it("changes the password only with the current one, and ends the other sessions", async () => {
    const { viewer } = await team();
    const here = await createSession(db, { userId: viewer.id });
    const elsewhere = await createSession(db, { userId: viewer.id });
    const wrong = changePassword(
      db,
      { userId: viewer.id, currentPassword: "not it", newPassword: "a new passphrase", keepSessionToken: here.token },
      meta,
    );
    await expect(wrong).rejects.toMatchObject({ status: 422, fields: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    expect((await verifyCredentials(db, { email: viewer.email, password: PASSWORD }, meta)).id).toBe(viewer.id);
    expect(await findSessionUser(db, elsewhere.token)).not.toBeNull();

    await changePassword(
      db,
      { userId: viewer.id, currentPassword: PASSWORD, newPassword: "a new passphrase", keepSessionToken: here.token },
      meta,
    );
    expect((await verifyCredentials(db, { email: viewer.email, password: "a new passphrase" }, meta)).id).toBe(
      viewer.id,
    );
    await expect(verifyCredentials(db, { email: viewer.email, password: PASSWORD }, meta)).rejects.toMatchObject({
      status: 401,
    });
    expect(await findSessionUser(db, here.token)).not.toBeNull();
    expect(await findSessionUser(db, elsewhere.token)).toBeNull();
    const outcomes = await db.auditLog.findMany({
      where: { actorId: viewer.id, action: "user.password_changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(outcomes.map((audit) => audit.outcome)).toEqual(["failure", "success"]);
  });
});
