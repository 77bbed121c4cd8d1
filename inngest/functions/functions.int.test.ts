import { NonRetriableError } from "inngest";
import { serve } from "inngest/next";
import { beforeAll, describe, expect, it } from "vitest";
import { cancelRun } from "@/inngest/local/store";
import { decideApproval } from "@/lib/agents/core/approvals";
import { runTool } from "@/lib/agents/core/gate";
import { sendReminder } from "@/lib/agents/operations/tools/send-reminder";
import { findTool } from "@/lib/agents/registry";
import { jobsConfig } from "@/lib/env";
import { testDb } from "@/tests/db";
import { eventually, serveRoute, startTestEngine } from "@/tests/inngest-harness";
import { operationsFixture } from "@/tests/operations-fixture";
import { publishDecision, waitForDecision } from "../approvals";
import { inngest } from "../client";
import { dailyCheckRequested, eventLaunchRequested } from "../events";
import type { LocalEngine } from "../local/engine";
import { functions } from ".";

/**
 * The product's functions run by the local engine through the app's own client and `serve()`, against
 * real data: the daily check, the event launch graph, and a run that waits for an inbox decision.
 */
const db = testDb();
let engine: LocalEngine;

const probeStarted = "test/approval-probe.started";

/** A durable run that proposes a reminder (assisted mode parks it in the inbox) and waits for the decision. */
const approvalProbe = inngest.createFunction(
  { id: "test-approval-probe", triggers: [{ event: probeStarted }] },
  async ({ event, step, runId }) => {
    const data = event.data as {
      organizationId: string;
      eventId: string;
      deliverableId: string;
      decideEarlyBy?: string;
      expiresInMs?: number;
    };
    const approvalId = await step.run("propose-reminder", async () => {
      const caller = { organizationId: data.organizationId, userId: null, role: null, source: "campaign" as const };
      const outcome = await runTool(db, { ...caller, idempotencyKey: `run:${runId}:remind`, runId }, sendReminder, {
        eventId: data.eventId,
        deliverableId: data.deliverableId,
      });
      if (outcome.status !== "pending_approval")
        throw new NonRetriableError(`expected an inbox item, got ${outcome.status}`);
      if (data.expiresInMs !== undefined) {
        await db.approval.update({
          where: { id: outcome.approvalId },
          data: { expiresAt: new Date(Date.now() + data.expiresInMs) },
        });
      }
      if (data.decideEarlyBy) {
        // The race: the decision (and its event) happen before the run waits for it.
        const by = { ...caller, userId: data.decideEarlyBy, role: "owner" as const, source: "ui" as const };
        await decideApproval(db, by, outcome.approvalId, { decision: "approve" }, findTool);
        await publishDecision(outcome.approvalId, "approved");
      }
      return outcome.approvalId;
    });
    return { approvalId, decision: await waitForDecision(step, approvalId) };
  },
);

beforeAll(async () => {
  const config = jobsConfig();
  if (config.mode !== "dev") throw new Error("The integration tests run Inngest in dev mode");
  const appUrl = await serveRoute(serve({ client: inngest, functions: [...functions, approvalProbe] }) as never);
  engine = await startTestEngine(db, appUrl, Number(new URL(config.url).port), { timeScale: 3600 });
});

async function runsOf(functionId: string, eventId: string) {
  return db.jobRun.findMany({
    where: { functionId: `eventos-${functionId}`, subjectEventId: eventId },
    include: { steps: { orderBy: { position: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
}

async function finished(functionId: string, eventId: string, count = 1) {
  return eventually(engine, async () => {
    const runs = await runsOf(functionId, eventId);
    const done = runs.filter((run) => ["completed", "failed", "cancelled"].includes(run.status));
    return done.length >= count ? done : undefined;
  });
}

describe("the operations daily check as a durable function", () => {
  it("runs every check through the gate once, in the configured mode", async () => {
    const { org, event } = await operationsFixture(db);
    await inngest.send(dailyCheckRequested.create({ organizationId: org.id, eventId: event.id, reason: "schedule" }));
    const [run] = await finished("operations-daily-check", event.id);
    expect(run?.status).toBe("completed");
    expect(run?.output).toMatchObject({ overdue: expect.any(Number), salesCritical: true });
    const summaries = await db.agentActivity.count({
      where: { eventId: event.id, activityType: "daily_check_completed" },
    });
    expect(summaries).toBe(1);
    // Escalations are critical, so even full auto parks them in the inbox, tied to the run.
    const parked = await db.approval.findMany({ where: { eventId: event.id, status: "pending" } });
    expect(parked.length).toBeGreaterThan(0);
    expect(parked.every((approval) => approval.runId === run?.id)).toBe(true);
  });

  it("starts one check per event and local day, however many times the day's key is sent", async () => {
    const { org, event } = await operationsFixture(db);
    const request = dailyCheckRequested.create(
      { organizationId: org.id, eventId: event.id, reason: "schedule" },
      { id: `daily-check-${event.id}-2026-11-21` },
    );
    await inngest.send(request);
    await inngest.send(request);
    await finished("operations-daily-check", event.id);
    await engine.runUntilIdle();
    expect(await runsOf("operations-daily-check", event.id)).toHaveLength(1);
  });
});

describe("the event launch", () => {
  it("runs the graph with the agents that exist, records every task, and skips finished ones when re-run", async () => {
    const { org, event, people } = await operationsFixture(db);
    const launch = () =>
      inngest.send(
        eventLaunchRequested.create({ organizationId: org.id, eventId: event.id, requestedById: people.owner.id }),
      );
    await launch();
    const [first] = await finished("orchestrator-launch-event", event.id);
    expect(first?.status).toBe("completed");
    const tasks = Object.fromEntries(
      (await db.launchTask.findMany({ where: { eventId: event.id } })).map((task) => [task.taskId, task.status]),
    );
    expect(tasks).toEqual({
      analyze_target_audience: "unavailable",
      run_outreach_campaign: "blocked",
      run_marketing_campaign: "blocked",
      initialize_tracking: "completed",
      index_event_knowledge: "unavailable",
    });
    const invoked = await db.jobRun.findMany({ where: { parentRunId: first?.id } });
    expect(invoked.map((run) => [run.functionId, run.status])).toEqual([
      ["eventos-operations-daily-check", "completed"],
    ]);

    await launch();
    const [, second] = await finished("orchestrator-launch-event", event.id, 2);
    expect(second?.output).toMatchObject({ skipped: ["initialize_tracking"] });
    expect(await db.jobRun.count({ where: { parentRunId: second?.id } })).toBe(0);
  });
});

describe("a durable run waiting for an inbox decision", () => {
  async function startProbe(extra: { decideEarly?: boolean; expiresInMs?: number } = {}) {
    const fixture = await operationsFixture(db);
    await db.agentSetting.create({ data: { organizationId: fixture.org.id, agent: "operations", mode: "assisted" } });
    const deliverable = await db.deliverable.findFirstOrThrow({ where: { eventId: fixture.event.id } });
    await inngest.send({
      name: probeStarted,
      data: {
        organizationId: fixture.org.id,
        eventId: fixture.event.id,
        deliverableId: deliverable.id,
        decideEarlyBy: extra.decideEarly ? fixture.people.owner.id : undefined,
        expiresInMs: extra.expiresInMs,
      },
    });
    const run = await eventually(engine, async () => (await runsOf("test-approval-probe", fixture.event.id))[0]);
    return { ...fixture, runId: run.id };
  }

  const runState = async (runId: string) => db.jobRun.findUniqueOrThrow({ where: { id: runId } });
  const approvalOf = async (runId: string) => db.approval.findFirstOrThrow({ where: { runId } });

  it("resumes when a person approves in the inbox, and the action runs once", async () => {
    const { runId, people, org } = await startProbe();
    await eventually(engine, async () => (await runState(runId)).status === "waiting");
    const approval = await approvalOf(runId);
    const by = { organizationId: org.id, userId: people.member.id, role: "member" as const, source: "ui" as const };
    await decideApproval(db, by, approval.id, { decision: "approve" }, findTool);
    await publishDecision(approval.id, "approved");
    const run = await eventually(engine, async () => {
      const current = await runState(runId);
      return current.status === "completed" ? current : undefined;
    });
    expect(run.output).toEqual({ approvalId: approval.id, decision: "approved" });
    expect(await db.emailMessage.count({ where: { idempotencyKey: { startsWith: `approval:${approval.id}` } } })).toBe(
      1,
    );
  });

  it("still resumes when the decision was recorded before the wait registered", async () => {
    const { runId } = await startProbe({ decideEarly: true });
    const run = await eventually(engine, async () => {
      const current = await runState(runId);
      return current.status === "completed" ? current : undefined;
    });
    expect(run.output).toMatchObject({ decision: "approved" });
  });

  it("finds a decision whose event never arrived at the next re-read", async () => {
    const { runId, people, org } = await startProbe();
    await eventually(engine, async () => (await runState(runId)).status === "waiting");
    const approval = await approvalOf(runId);
    const by = { organizationId: org.id, userId: people.owner.id, role: "owner" as const, source: "ui" as const };
    await decideApproval(db, by, approval.id, { decision: "reject", reason: "Not this week" }, findTool);
    const run = await eventually(engine, async () => {
      const current = await runState(runId);
      return current.status === "completed" ? current : undefined;
    });
    expect(run.output).toMatchObject({ decision: "rejected" });
  });

  it("counts a wait that outlives the item's deadline as rejected, and records the expiry", async () => {
    const { runId } = await startProbe({ expiresInMs: 300 });
    const run = await eventually(engine, async () => {
      const current = await runState(runId);
      return current.status === "completed" ? current : undefined;
    });
    expect(run.output).toMatchObject({ decision: "expired" });
    const approval = await approvalOf(runId);
    expect(await db.auditLog.count({ where: { targetId: approval.id, action: "approval.expired" } })).toBe(1);
  });

  it("cancels the pending item when the run is cancelled", async () => {
    const { runId } = await startProbe();
    await eventually(engine, async () => (await runState(runId)).status === "waiting");
    await cancelRun(db, runId, "Cancelled by a person");
    const approval = await eventually(engine, async () => {
      const current = await approvalOf(runId);
      return current.status === "cancelled" ? current : undefined;
    });
    expect(approval.decisionReason).toMatch(/cancelled/);
    expect((await runState(runId)).status).toBe("cancelled");
  });
});
