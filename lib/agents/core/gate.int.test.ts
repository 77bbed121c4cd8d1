import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { AgentMode } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { testDb } from "@/tests/db";
import { operationsFixture } from "@/tests/operations-fixture";
import { checkDeliverables } from "../operations/tools/check-deliverables";
import { findTool } from "../registry";
import { setAgentMode } from "../settings";
import { decideApproval, expireOverdueApprovals } from "./approvals";
import { runTool } from "./gate";
import { defineTool } from "./tool";

const db = testDb();

/** A write whose policy escalates amounts over $50k, and which emails the payee. */
const payout = defineTool({
  name: "test_payout",
  agent: "operations",
  description: "Pay a vendor (test tool).",
  input: z.object({ eventId: z.uuid(), amountCents: z.int().positive(), payee: z.email() }),
  kind: "write",
  risk: "medium",
  activityType: "vendor_follow_up",
  escalation: async (_deps, input) => (input.amountCents > 5_000_000 ? "Payment over $50,000" : null),
  preview: async (_deps, input) => ({
    summary: `Pay ${input.payee}`,
    eventId: input.eventId,
    recipients: [input.payee],
    amountCents: input.amountCents,
    currency: "USD",
  }),
  async run(deps, input) {
    await deps.queueEmail(
      { eventId: input.eventId, to: [input.payee], subject: "Payment sent", text: "Paid." },
      "payout",
    );
    return { paid: input.amountCents };
  },
});

async function setup(mode: AgentMode) {
  const fixture = await operationsFixture(db);
  await setAgentMode(
    db,
    { organizationId: fixture.org.id, userId: fixture.people.owner.id, agent: "operations", mode },
    {},
  );
  const emails = () => db.emailMessage.count({ where: { organizationId: fixture.org.id } });
  const approvals = () => db.approval.count({ where: { organizationId: fixture.org.id } });
  return { ...fixture, emails, approvals };
}

const SMALL = 120_000;
const LARGE = 6_000_000;

describe("the gate, every mode × read/write × escalating or not", () => {
  const cases: [AgentMode, "read" | "small" | "large", string, { emails: number; approvals: number }][] = [
    ["full_auto", "read", "executed", { emails: 0, approvals: 0 }],
    ["full_auto", "small", "executed", { emails: 1, approvals: 0 }],
    ["full_auto", "large", "escalated", { emails: 0, approvals: 1 }],
    ["assisted", "read", "executed", { emails: 0, approvals: 0 }],
    ["assisted", "small", "pending_approval", { emails: 0, approvals: 1 }],
    ["assisted", "large", "escalated", { emails: 0, approvals: 1 }],
    ["review_only", "read", "executed", { emails: 0, approvals: 0 }],
    ["review_only", "small", "drafted", { emails: 0, approvals: 0 }],
    ["review_only", "large", "drafted", { emails: 0, approvals: 0 }],
  ];

  it.each(cases)("%s, %s call → %s", async (mode, kind, expected, effects) => {
    const { event, caller, emails, approvals } = await setup(mode);
    const outcome =
      kind === "read"
        ? await runTool(db, caller("member"), checkDeliverables, { eventId: event.id })
        : await runTool(db, caller("member"), payout, {
            eventId: event.id,
            amountCents: kind === "small" ? SMALL : LARGE,
            payee: "band@example.com",
          });
    expect(outcome.status).toBe(expected);
    expect({ emails: await emails(), approvals: await approvals() }).toEqual(effects);
    const activity = await db.agentActivity.findUniqueOrThrow({ where: { id: outcome.activityId } });
    expect(activity).toMatchObject({
      organizationId: caller("member").organizationId,
      agentId: "operations",
      eventId: event.id,
      status: { executed: "success", drafted: "success", pending_approval: "pending", escalated: "escalated" }[
        expected
      ],
      requiredHumanReview: expected === "pending_approval" || expected === "escalated",
      escalationReason: expected === "escalated" ? "Payment over $50,000" : null,
    });
    expect(activity.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe("the gate's safety rules", () => {
  it("honours a stricter run mode and refuses a looser one", async () => {
    const { event, caller } = await setup("assisted");
    const input = { eventId: event.id, amountCents: SMALL, payee: "band@example.com" };
    const stricter = await runTool(db, { ...caller("member"), runMode: "review_only" }, payout, input);
    expect(stricter.status).toBe("drafted");
    await expect(runTool(db, { ...caller("member"), runMode: "full_auto" }, payout, input)).rejects.toThrow(
      /a run can be stricter than that, not looser/,
    );
  });

  it("ignores a mode or organization smuggled into the arguments", async () => {
    const { event, caller, emails } = await setup("assisted");
    const other = await operationsFixture(db);
    const outcome = await runTool(db, caller("member"), payout, {
      eventId: event.id,
      amountCents: SMALL,
      payee: "band@example.com",
      mode: "full_auto",
      organizationId: other.org.id,
    });
    expect(outcome.status).toBe("pending_approval");
    expect(await emails()).toBe(0);
    const approval = await db.approval.findFirstOrThrow({
      where: { id: (outcome as { approvalId: string }).approvalId },
    });
    expect(approval.organizationId).toBe(caller("member").organizationId);
    expect(approval.arguments).not.toHaveProperty("mode");
  });

  it("refuses another organization's event", async () => {
    const { caller } = await setup("full_auto");
    const other = await operationsFixture(db);
    await expect(runTool(db, caller("member"), checkDeliverables, { eventId: other.event.id })).rejects.toThrow(
      "That event does not exist in this organization.",
    );
  });

  it("lets a viewer read but not act", async () => {
    const { event, caller } = await setup("full_auto");
    expect((await runTool(db, caller("viewer"), checkDeliverables, { eventId: event.id })).status).toBe("executed");
    await expect(
      runTool(db, caller("viewer"), payout, { eventId: event.id, amountCents: SMALL, payee: "band@example.com" }),
    ).rejects.toThrow(AppError);
  });

  it("acts once per idempotency key, even when retried", async () => {
    const { event, caller, emails } = await setup("full_auto");
    const retried = { ...caller("system"), idempotencyKey: `run-1:${event.id}:pay` };
    const input = { eventId: event.id, amountCents: SMALL, payee: "band@example.com" };
    const [first, second] = await Promise.all([
      runTool(db, retried, payout, input),
      runTool(db, retried, payout, input),
    ]);
    const third = await runTool(db, retried, payout, input);
    expect(new Set([first.activityId, second.activityId, third.activityId]).size).toBe(1);
    expect(await emails()).toBe(1);
  });

  it("rejects bad input with a 422 that names the field, and writes nothing", async () => {
    const { event, caller, approvals } = await setup("assisted");
    await expect(
      runTool(db, caller("member"), payout, { eventId: event.id, amountCents: -5, payee: "not-an-email" }),
    ).rejects.toMatchObject({ status: 422, fields: { amountCents: expect.any(Array), payee: expect.any(Array) } });
    expect(await approvals()).toBe(0);
    expect(await db.agentActivity.count({ where: { organizationId: caller("member").organizationId } })).toBe(0);
  });
});

describe("approvals", () => {
  async function pending() {
    const context = await setup("assisted");
    const outcome = await runTool(db, context.caller("member"), payout, {
      eventId: context.event.id,
      amountCents: SMALL,
      payee: "band@example.com",
    });
    if (outcome.status !== "pending_approval") throw new Error("expected a pending approval");
    const decide = (decision: Parameters<typeof decideApproval>[3], role: "owner" | "member" = "owner") =>
      decideApproval(
        db,
        { ...context.caller(role), userId: context.people[role].id },
        outcome.approvalId,
        decision,
        (name) => (name === payout.name ? payout : findTool(name)),
      );
    return { ...context, approvalId: outcome.approvalId, decide };
  }

  it("approved twice at once acts once", async () => {
    const { decide, emails, approvalId } = await pending();
    const results = await Promise.all([decide({ decision: "approve" }), decide({ decision: "approve" })]);
    expect(results.map((r) => r.status).sort()).toEqual(["already_decided", "approved"]);
    expect(await emails()).toBe(1);
    const approval = await db.approval.findUniqueOrThrow({ where: { id: approvalId } });
    expect(approval).toMatchObject({ status: "approved", result: { paid: SMALL } });
    expect(await db.agentActivity.count({ where: { approvalId, status: "success" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: approvalId, action: "approval.approved" } })).toBe(1);
  });

  it("runs the edited arguments once validated, and refuses an invalid edit without deciding", async () => {
    const { decide, approvalId } = await pending();
    await expect(
      decide({ decision: "approve", editedArguments: { amountCents: "lots", payee: "x" } }),
    ).rejects.toMatchObject({ status: 422 });
    expect((await db.approval.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe("pending");
    const approval = await db.approval.findUniqueOrThrow({ where: { id: approvalId } });
    const edited = { ...(approval.arguments as object), amountCents: 99_000 };
    expect(await decide({ decision: "approve", editedArguments: edited })).toMatchObject({
      status: "approved",
      output: { paid: 99_000 },
    });
  });

  it("needs a reason to reject, then acts never", async () => {
    const { decide, emails, approvalId } = await pending();
    await expect(decide({ decision: "reject", reason: "" })).rejects.toMatchObject({ status: 422 });
    expect(await decide({ decision: "reject", reason: "Wrong payee" })).toEqual({ status: "rejected" });
    expect(await decide({ decision: "approve" })).toEqual({ status: "already_decided", decided: "rejected" });
    expect(await emails()).toBe(0);
    expect(await db.approval.findUniqueOrThrow({ where: { id: approvalId } })).toMatchObject({
      decisionReason: "Wrong payee",
    });
  });

  it("counts an expired item as rejected", async () => {
    const { decide, emails, approvalId } = await pending();
    await db.approval.update({ where: { id: approvalId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await decide({ decision: "approve" })).toEqual({ status: "expired" });
    expect(await emails()).toBe(0);
  });

  it("expire by themselves once their time is up, audited as a decision", async () => {
    const { org, approvalId } = await pending();
    await db.approval.update({ where: { id: approvalId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await expireOverdueApprovals(db, { organizationId: org.id })).toEqual([approvalId]);
    expect(await expireOverdueApprovals(db, { organizationId: org.id })).toEqual([]);
    expect(await db.approval.findUniqueOrThrow({ where: { id: approvalId } })).toMatchObject({ status: "expired" });
    expect(
      await db.auditLog.count({ where: { targetId: approvalId, action: "approval.expired", actorType: "system" } }),
    ).toBe(1);
  });

  it("cannot be decided from another organization", async () => {
    const { approvalId } = await pending();
    const other = await operationsFixture(db);
    await expect(
      decideApproval(
        db,
        { ...other.caller("owner"), userId: other.people.owner.id },
        approvalId,
        { decision: "approve" },
        findTool,
      ),
    ).rejects.toMatchObject({ status: 404 });
  });
});
