import { describe, expect, it } from "vitest";
import { hashApiKey } from "@/lib/api/keys";
import { testDb, uniqueOrganization } from "@/tests/db";
import { parseArgs, run } from "./api-key";

const db = testDb();

async function lines(argv: string[]) {
  const out: string[] = [];
  await run(db, argv, (line) => out.push(line));
  return out;
}

describe("npm run api-key", () => {
  it("parses --scopes in both spellings, all scopes by default", () => {
    expect(parseArgs(["create", "acme", "My", "CRM"])).toMatchObject({
      command: "create",
      slug: "acme",
      rest: ["My", "CRM"],
      scopes: ["import", "support", "orders:read"],
    });
    expect(parseArgs(["create", "acme", "x", "--scopes", "import,support"]).scopes).toEqual(["import", "support"]);
    expect(parseArgs(["create", "acme", "x", "--scopes=orders:read"]).scopes).toEqual(["orders:read"]);
  });

  it("creates a key printed once, lists it without the secret, and revokes it by prefix, audited", async () => {
    const org = await uniqueOrganization(db);
    const created = await lines(["create", org.slug, "Pretix", "sync", "--scopes", "import"]);
    const key = created.at(-1) as string;
    expect(created[0]).toContain('"Pretix sync"');
    const row = await db.apiKey.findUniqueOrThrow({ where: { keyHash: hashApiKey(key) } });
    expect(row).toMatchObject({ organizationId: org.id, scopes: ["import"], createdById: null });

    const listed = await lines(["list", org.slug]);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(row.prefix);
    expect(listed[0]).not.toContain(key);

    expect(await lines(["revoke", org.slug, `${row.prefix}…`])).toEqual([`Revoked "Pretix sync" (${row.prefix}).`]);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).toBeInstanceOf(Date);
    const audits = await db.auditLog.findMany({ where: { organizationId: org.id, targetId: row.id } });
    expect(audits.map((audit) => [audit.action, audit.actorType])).toEqual(
      expect.arrayContaining([
        ["api_key.created", "system"],
        ["api_key.revoked", "system"],
      ]),
    );
  });

  it("refuses an unknown organization, scope or command with a message", async () => {
    const org = await uniqueOrganization(db);
    await expect(lines(["create", "no-such-org", "x"])).rejects.toThrow(/No organization/);
    await expect(lines(["create", org.slug, "x", "--scopes", "admin"])).rejects.toThrow();
    await expect(lines(["rotate", org.slug])).rejects.toThrow(/Usage/);
    expect(await db.apiKey.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
