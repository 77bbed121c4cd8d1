import { afterAll, describe, expect, it, vi } from "vitest";
import { hashApiKey } from "@/lib/api/keys";
import { db as appDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { testDb } from "@/tests/db";
import { signedIn as signInAs } from "@/tests/signed-in";

// The edge of the machine: the request's cookies and headers, and Next's cache, which only exists in a request.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => ({ value: request.cookies.get(name) }) }),
  headers: async () => new Headers({ "user-agent": "vitest" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createApiKeyAction, revokeApiKeyAction } = await import("./api-key-actions");

const db = testDb();
afterAll(() => appDb.$disconnect());

const signedIn = (role: Role) => signInAs(db, request.cookies, role);

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

describe("API keys in Settings", () => {
  it("an admin creates a key shown once, then revokes it; both audited with the request's meta", async () => {
    const { org, user } = await signedIn("admin");
    const created = await createApiKeyAction({}, form({ name: "Pretix", scopes: ["import", "orders:read"] }));
    expect(created.message).toMatch(/not shown again/);
    const key = created.key as string;
    const row = await db.apiKey.findUniqueOrThrow({ where: { keyHash: hashApiKey(key) } });
    expect(row).toMatchObject({
      organizationId: org.id,
      name: "Pretix",
      scopes: ["import", "orders:read"],
      createdById: user.id,
    });

    const revoked = await revokeApiKeyAction({}, form({ apiKeyId: row.id }));
    expect(revoked.message).toMatch(/Revoked "Pretix"/);
    const audits = await db.auditLog.findMany({ where: { targetId: row.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((audit) => [audit.action, audit.actorId, audit.userAgent])).toEqual([
      ["api_key.created", user.id, "vitest"],
      ["api_key.revoked", user.id, "vitest"],
    ]);
  });

  it("names the field a person must fix and writes nothing", async () => {
    const { org } = await signedIn("owner");
    const state = await createApiKeyAction({}, form({ name: " ", scopes: [] }));
    expect(state.fields?.name?.[0]).toMatch(/name/);
    expect(state.fields?.scopes?.[0]).toBe("Choose at least one scope.");
    expect(await db.apiKey.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("is refused to a member, and a key of another organization cannot be revoked", async () => {
    const { org: other } = await signedIn("owner");
    const theirs = (await createApiKeyAction({}, form({ name: "Theirs", scopes: "support" }))).key as string;
    const theirRow = await db.apiKey.findUniqueOrThrow({ where: { keyHash: hashApiKey(theirs) } });
    const { org } = await signedIn("member");
    expect(await createApiKeyAction({}, form({ name: "Mine", scopes: "support" }))).toMatchObject({
      error: expect.stringMatching(/role does not allow/),
    });
    await signedIn("admin");
    expect(await revokeApiKeyAction({}, form({ apiKeyId: theirRow.id }))).toMatchObject({
      error: expect.stringMatching(/No API key/),
    });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: theirRow.id } })).revokedAt).toBeNull();
    expect(await db.apiKey.count({ where: { organizationId: org.id } })).toBe(0);
    expect(other.id).not.toBe(org.id);
  });
});
