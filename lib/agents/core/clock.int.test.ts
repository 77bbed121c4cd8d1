import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { operationsFixture } from "@/tests/operations-fixture";
import { runDailyOperations } from "../operations/daily-check";
import { monitorTicketSales } from "../operations/tools/monitor-ticket-sales";
import { findTool } from "../registry";
import { decideApproval } from "./approvals";
import { runTool } from "./gate";

const db = testDb();
const DAY_MS = 86_400_000;

/** A clock fixed at `at`, moving a second per reading, as the demo's history uses it. */
function clockAt(at: Date) {
  let time = at.getTime();
  return () => {
    time += 1000;
    return new Date(time);
  };
}

describe("the gate's server-only clock", () => {
  it("a check run at a past time is dated then and reads the world as it was", async () => {
    const { org, event, caller } = await operationsFixture(db);
    const past = new Date(Date.now() - 40 * DAY_MS);
    const today = await runTool(db, caller("system"), monitorTicketSales, { eventId: event.id });
    const then = await runTool(
      db,
      caller("system"),
      monitorTicketSales,
      { eventId: event.id },
      { clock: clockAt(past) },
    );
    if (today.status !== "executed" || then.status !== "executed") throw new Error("reads run");
    // Fewer tickets had been sold 40 days ago, and more days were left.
    expect(then.output.sold).toBeLessThan(today.output.sold);
    expect(then.output.daysToEvent).toBe(today.output.daysToEvent + 40);
    const row = await db.agentActivity.findUniqueOrThrow({ where: { id: then.activityId } });
    expect(Math.abs(row.createdAt.getTime() - past.getTime())).toBeLessThan(10_000);

    const result = await runDailyOperations(db, caller("system"), event.id, { clock: clockAt(past) });
    expect(result.actions.length).toBeGreaterThan(0);
    const rows = await db.agentActivity.findMany({ where: { organizationId: org.id } });
    expect(rows.filter((activity) => activity.createdAt > new Date(past.getTime() + DAY_MS))).toHaveLength(1);
    const emails = await db.emailMessage.findMany({ where: { organizationId: org.id } });
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((email) => email.createdAt < new Date(past.getTime() + DAY_MS))).toBe(true);
  });

  it("a decision taken at a past time is dated then, with its audit row", async () => {
    const { org, event, caller, people } = await operationsFixture(db);
    const past = new Date(Date.now() - 10 * DAY_MS);
    await runDailyOperations(db, { ...caller("system"), runMode: "assisted" }, event.id, { clock: clockAt(past) });
    const item = await db.approval.findFirstOrThrow({ where: { organizationId: org.id, action: "send_reminder" } });
    expect(Math.abs(item.createdAt.getTime() - past.getTime())).toBeLessThan(60_000);
    const decidedAt = new Date(past.getTime() + 2 * 3_600_000);
    const outcome = await decideApproval(
      db,
      { ...caller("owner"), userId: people.owner.id },
      item.id,
      { decision: "approve" },
      findTool,
      { clock: () => decidedAt },
    );
    expect(outcome.status).toBe("approved");
    const decided = await db.approval.findUniqueOrThrow({ where: { id: item.id } });
    expect(decided.decidedAt).toEqual(decidedAt);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: item.id, action: "approval.approved" } });
    expect(audit.createdAt).toEqual(decidedAt);
  });
});
