import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb, uniqueOrganization } from "@/tests/db";
import { cancelRunApprovals } from "../../approvals";

/** A cancelled run cancels its pending inbox items in its own organization, and nowhere else. */
const db = testDb();

const pending = (organizationId: string, runId: string) =>
  db.approval.create({
    data: {
      organizationId,
      agentId: "sales",
      action: "send_email",
      arguments: {},
      reason: "Assisted mode",
      risk: "medium",
      runId,
    },
  });

describe("cancelling a run's inbox items", () => {
  it("cancels the run's items of its organization and leaves another organization's items alone", async () => {
    const [mine, theirs] = await Promise.all([uniqueOrganization(db), uniqueOrganization(db)]);
    const runId = randomUUID();
    const own = await pending(mine.id, runId);
    const foreign = await pending(theirs.id, runId);

    expect(await cancelRunApprovals(db, { runId, organizationId: mine.id })).toBe(1);
    expect((await db.approval.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("cancelled");
    expect((await db.approval.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("pending");
    expect(await db.auditLog.count({ where: { targetId: own.id, action: "approval.cancelled" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: foreign.id } })).toBe(0);
  });

  it("a run without an organization cancels nobody's items", async () => {
    const org = await uniqueOrganization(db);
    const runId = randomUUID();
    const item = await pending(org.id, runId);
    expect(await cancelRunApprovals(db, { runId, organizationId: null })).toBe(0);
    expect(await cancelRunApprovals(db, { runId, organizationId: "not-a-uuid" })).toBe(0);
    expect((await db.approval.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("pending");
  });
});
