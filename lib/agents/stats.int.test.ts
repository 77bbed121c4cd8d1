import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { operationsFixture } from "@/tests/operations-fixture";
import { decideApproval } from "./core/approvals";
import { runTool } from "./core/gate";
import type { AnyTool } from "./core/tool";
import { checkDeliverables } from "./operations/tools/check-deliverables";
import { escalateIssue } from "./operations/tools/escalate-issue";
import { sendReminder } from "./operations/tools/send-reminder";
import { findTool } from "./registry";
import { autonomyByAgent } from "./stats";

/** The Agents page's autonomy rate over real gate and inbox traffic. */
const db = testDb();

describe("the autonomy rate", () => {
  it("counts each write action once, leaves reads and review-only drafts out, and says what is behind it", async () => {
    const since = new Date(Date.now() - 60_000);
    const { org, event, people, caller } = await operationsFixture(db);
    const deliverables = await db.deliverable.findMany({
      where: { eventId: event.id, status: { not: "done" } },
      orderBy: { dueAt: "asc" },
    });
    const [late, yesterday, soon, nextWeek, later] = deliverables.map((deliverable) => deliverable.id);
    const system = caller("system");
    let step = 0;
    const call = (tool: AnyTool, input: unknown, runMode?: "assisted" | "review_only") =>
      runTool(db, { ...system, runMode, idempotencyKey: `autonomy-test:${org.id}:${step++}` }, tool, input);
    const owner = { organizationId: org.id, userId: people.owner.id, role: "owner" as const, source: "ui" as const };

    // Reads: never counted.
    await call(checkDeliverables, { eventId: event.id });
    await call(checkDeliverables, { eventId: event.id });
    // Two reminders done in full auto without a person.
    expect((await call(sendReminder, { eventId: event.id, deliverableId: yesterday })).status).toBe("executed");
    expect((await call(sendReminder, { eventId: event.id, deliverableId: soon })).status).toBe("executed");
    // Assisted: one approved (its request and its execution are one action), one rejected, one waiting.
    const approved = await call(sendReminder, { eventId: event.id, deliverableId: nextWeek }, "assisted");
    const rejected = await call(sendReminder, { eventId: event.id, deliverableId: later }, "assisted");
    const waiting = await call(sendReminder, { eventId: event.id, deliverableId: late }, "assisted");
    if (approved.status !== "pending_approval" || rejected.status !== "pending_approval") throw new Error("not parked");
    expect(waiting.status).toBe("pending_approval");
    expect((await decideApproval(db, owner, approved.approvalId, { decision: "approve" }, findTool)).status).toBe(
      "approved",
    );
    await decideApproval(db, owner, rejected.approvalId, { decision: "reject", reason: "Not this week" }, findTool);
    // A policy escalation, waiting; and a review-only draft, which does nothing and is not counted.
    const issue = { eventId: event.id, issue: "Caterer cancelled", reason: "No food for the artists" };
    expect((await call(escalateIssue, issue)).status).toBe("escalated");
    expect((await call(escalateIssue, issue, "review_only")).status).toBe("drafted");

    const { operations, sales } = await autonomyByAgent(db, org.id, since);
    expect(operations).toEqual({
      counts: { executed: 2, approved: 1, rejected: 1, escalated: 1, pending: 1 },
      attempted: 6,
      autonomous: 2,
      rate: 2 / 6,
    });
    expect(sales).toMatchObject({ attempted: 0, rate: null });
    // Another organization's page sees none of it.
    const other = await operationsFixture(db);
    expect((await autonomyByAgent(db, other.org.id, since)).operations.attempted).toBe(0);
  });
});
