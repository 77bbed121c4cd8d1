import { describe, expect, it } from "vitest";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { getAgentModes, setAgentMode } from "./settings";

const db = testDb();

describe("agent modes", () => {
  it("start at the product defaults", async () => {
    const org = await uniqueOrganization(db);
    const modes = Object.fromEntries((await getAgentModes(db, org.id)).map((row) => [row.agent, row.mode]));
    expect(modes).toEqual({
      sales: "assisted",
      marketing: "assisted",
      operations: "full_auto",
      support: "full_auto",
      analytics: "full_auto",
    });
  });

  it("store one organization-wide mode per agent and audit each change", async () => {
    const org = await uniqueOrganization(db);
    const admin = await createMember(db, {
      organizationId: org.id,
      email: `admin-${org.slug}@example.com`,
      name: "Ada Admin",
      role: "admin",
    });
    const meta = { ipAddress: "203.0.113.9", userAgent: "vitest" };
    await setAgentMode(db, { organizationId: org.id, userId: admin.id, agent: "marketing", mode: "review_only" }, meta);
    await setAgentMode(db, { organizationId: org.id, userId: admin.id, agent: "marketing", mode: "full_auto" }, meta);
    const marketing = (await getAgentModes(db, org.id)).find((row) => row.agent === "marketing");
    expect(marketing).toMatchObject({ mode: "full_auto", isDefault: false });
    expect(await db.agentSetting.count({ where: { organizationId: org.id } })).toBe(1);
    const audits = await db.auditLog.findMany({
      where: { organizationId: org.id, action: "agent.mode_changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.metadata)).toEqual([
      { from: "assisted", to: "review_only" },
      { from: "review_only", to: "full_auto" },
    ]);
    expect(audits[0]).toMatchObject({ actorId: admin.id, ipAddress: "203.0.113.9", outcome: "success" });
  });

  it("refuse a second organization-wide default for the same agent at the database level", async () => {
    const org = await uniqueOrganization(db);
    await db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode: "assisted" } });
    await expect(
      db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode: "full_auto" } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});
