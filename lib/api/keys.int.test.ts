import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { GET as orderRoute } from "@/app/api/v1/orders/[externalId]/route";
import { createMember } from "@/prisma/seed/factories";
import { call, orgWithKey, sampleImport } from "@/tests/api-client";
import { testDb } from "@/tests/db";
import { authenticateApiKey, createApiKey, hashApiKey, KEY_PREFIX, listApiKeys, revokeApiKey } from "./keys";

const db = testDb();
const body = () => sampleImport(`evt_${randomUUID().slice(0, 8)}`);

describe("API keys", () => {
  it("are shown once, stored as a SHA-256 with a recognisable prefix, and audited", async () => {
    const { org, key, keyId } = await orgWithKey(db, ["import"]);
    expect(key.startsWith(KEY_PREFIX)).toBe(true);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: keyId } });
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(key.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(key.length - 20);
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = await listApiKeys(db, org.id);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(row.keyHash);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.id, action: "api_key.created" } });
    expect(audit).toMatchObject({ actorType: "system", actorId: "operator:test", targetId: keyId });
    expect(JSON.stringify(audit.metadata)).not.toContain(key);
  });

  it("refuse a missing, unknown or revoked key with 401 and a missing scope with 403", async () => {
    const { org, key, keyId } = await orgWithKey(db, ["orders:read"]);
    const missing = await call(importRoute, { path: "/api/v1/import", key: null, body: body() });
    expect(missing.status).toBe(401);
    expect(missing.json.error).toMatchObject({ code: "unauthenticated", message: expect.stringMatching(/Bearer/) });
    expect(missing.headers.get("x-request-id")).toBe((missing.json.error as { requestId: string }).requestId);
    const unknown = await call(importRoute, { path: "/api/v1/import", key: `${KEY_PREFIX}nope`, body: body() });
    expect(unknown.status).toBe(401);
    const wrongScope = await call(importRoute, { path: "/api/v1/import", key, body: body() });
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.json.error).toMatchObject({ code: "forbidden", message: expect.stringContaining("`import`") });
    expect(await db.event.count({ where: { organizationId: org.id } })).toBe(0);

    await revokeApiKey(db, { organizationId: org.id, id: keyId, actor: { type: "operator", name: "test" } });
    const revoked = await call(orderRoute, {
      path: `/api/v1/orders/x?eventId=${randomUUID()}`,
      key,
      params: { externalId: "x" },
    });
    expect(revoked.status).toBe(401);
    expect(revoked.json.error).toMatchObject({ message: expect.stringMatching(/revoked/) });
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: "api_key.revoked" } })).toBe(1);
  });

  it("record when they were last used", async () => {
    const { keyId, key } = await orgWithKey(db, ["orders:read"]);
    const request = new Request("http://localhost/", { headers: { authorization: `Bearer ${key}` } });
    await authenticateApiKey(db, request, "orders:read");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: keyId } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("are managed by owners and admins only", async () => {
    const { org } = await orgWithKey(db, ["import"]);
    const member = await createMember(db, {
      organizationId: org.id,
      email: `member-${org.slug}@example.com`,
      name: "Mo",
      role: "member",
    });
    const admin = await createMember(db, {
      organizationId: org.id,
      email: `admin-${org.slug}@example.com`,
      name: "Ada",
      role: "admin",
    });
    const asMember = {
      organizationId: org.id,
      name: "CRM",
      scopes: ["support"] as string[],
      actor: { type: "user" as const, userId: member.id },
    };
    await expect(createApiKey(db, asMember)).rejects.toThrow(/owners and admins/);
    const made = await createApiKey(db, { ...asMember, actor: { type: "user", userId: admin.id } });
    await expect(
      revokeApiKey(db, { organizationId: org.id, id: made.id, actor: { type: "user", userId: member.id } }),
    ).rejects.toThrow(/owners and admins/);
    await expect(
      createApiKey(db, { ...asMember, scopes: ["delete-everything"], actor: { type: "user", userId: admin.id } }),
    ).rejects.toThrow();
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: made.id, action: "api_key.created" } });
    expect(audit).toMatchObject({ actorType: "user", actorId: admin.id });
  });
});
