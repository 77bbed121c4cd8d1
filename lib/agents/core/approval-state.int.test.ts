import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { approvalsFixture } from "@/tests/approvals-fixture";
import { testDb } from "@/tests/db";
import { sendReminder } from "../operations/tools/send-reminder";
import { approvalState } from "./approval-state";

const db = testDb();

describe("an inbox item's state, as a chat card shown again reads it", () => {
  it("is pending until someone decides, then says who decided what and when", async () => {
    const f = await approvalsFixture(db);
    const deliverable = f.deliverables[0];
    if (!deliverable) throw new Error("the fixture has open deliverables");
    const asked = await f.ask(sendReminder, { eventId: f.event.id, deliverableId: deliverable.id });
    expect(await approvalState(db, f.org.id, asked.approvalId)).toEqual({
      status: "pending",
      decidedBy: null,
      decidedAt: null,
      reason: null,
    });

    await f.decide("admin", asked.approvalId, { decision: "reject", reason: "The vendor already confirmed." });
    const state = await approvalState(db, f.org.id, asked.approvalId);
    expect(state).toMatchObject({
      status: "rejected",
      decidedBy: "Admin Person",
      reason: "The vendor already confirmed.",
    });
    expect(Date.now() - Date.parse(String(state.decidedAt))).toBeLessThan(60_000);
  });

  it("reads another organization's item, or a malformed id, as not found", async () => {
    const f = await approvalsFixture(db);
    const other = await approvalsFixture(db);
    const deliverable = f.deliverables[0];
    if (!deliverable) throw new Error("the fixture has open deliverables");
    const asked = await f.ask(sendReminder, { eventId: f.event.id, deliverableId: deliverable.id });
    for (const id of [asked.approvalId, randomUUID(), "not-an-id"]) {
      await expect(approvalState(db, other.org.id, id)).rejects.toMatchObject({ code: "not_found" });
    }
  });
});
