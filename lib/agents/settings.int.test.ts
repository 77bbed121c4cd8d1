import { describe, expect, it } from "vitest";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { resolveMode } from "./core/modes";
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

  it("can be overridden for one event, and the override removed again", async () => {
    const org = await uniqueOrganization(db);
    const admin = await createMember(db, {
      organizationId: org.id,
      email: `admin2-${org.slug}@example.com`,
      name: "Eve Admin",
      role: "admin",
    });
    const event = await createEvent(db, org.id, testEventSpec(new Date()));
    const set = (mode: "assisted" | "review_only" | "inherit", eventId?: string) =>
      setAgentMode(db, { organizationId: org.id, userId: admin.id, agent: "operations", mode, eventId }, {});
    await set("assisted");
    await set("review_only", event.id);
    expect(await resolveMode(db, org.id, "operations", event.id)).toBe("review_only");
    expect(await resolveMode(db, org.id, "operations")).toBe("assisted");
    await set("inherit", event.id);
    expect(await resolveMode(db, org.id, "operations", event.id)).toBe("assisted");
    const audits = await db.auditLog.findMany({ where: { organizationId: org.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((audit) => audit.metadata)).toEqual([
      { from: "full_auto", to: "assisted" },
      { from: "assisted", to: "review_only", eventId: event.id },
      { from: "review_only", to: "inherit", eventId: event.id },
    ]);
    const other = await uniqueOrganization(db);
    await expect(
      setAgentMode(
        db,
        { organizationId: other.id, userId: admin.id, agent: "operations", mode: "assisted", eventId: event.id },
        {},
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(set("inherit")).rejects.toMatchObject({ status: 422 });
  });

  it("refuse a second organization-wide default for the same agent at the database level", async () => {
    const org = await uniqueOrganization(db);
    await db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode: "assisted" } });
    await expect(
      db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode: "full_auto" } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});
