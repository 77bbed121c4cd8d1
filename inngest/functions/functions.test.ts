import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { launchEvent } from "./orchestrator/launch-event";
import { fourHourlySchedule } from "./schedules/every-4-hours";
import { hourlySchedule } from "./schedules/hourly";

/**
 * The branch logic of the product's functions with @inngest/test: every step that would touch the
 * database or send events is mocked, so only the function's decisions are under test.
 */
const ORG = "3f0c7a52-1f39-4a53-9d9e-2c9f2b1d7a10";
const EVENT = "8a4b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
const OTHER_EVENT = "1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d";
const APPROVALS = ["0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70", "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8e"];

describe("the hourly schedule", () => {
  // A fresh engine per test: an engine remembers the step results of its previous execution.
  const run = (steps: InngestTestEngine.MockedStep[]) =>
    new InngestTestEngine({
      function: hourlySchedule,
      events: [{ name: "schedules/hourly.requested", data: { requestedById: null } }],
    }).execute({ steps });

  it("asks for each due daily check with the local day as the event id", async () => {
    const due = [
      { organizationId: ORG, eventId: EVENT, dedupeKey: `daily-check-${EVENT}-2026-11-21` },
      { organizationId: ORG, eventId: OTHER_EVENT, dedupeKey: `daily-check-${OTHER_EVENT}-2026-11-22` },
    ];
    const { result, ctx } = await run([
      { id: "find-due-daily-checks", handler: () => due },
      { id: "request-daily-checks", handler: () => ({ ids: [] }) },
      { id: "find-due-weekly-reports", handler: () => [] },
    ]);
    expect(result).toEqual({ dailyChecksRequested: 2, weeklyReportsRequested: 0 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("request-daily-checks", [
      expect.objectContaining({
        name: "operations/daily-check.requested",
        id: `daily-check-${EVENT}-2026-11-21`,
        data: { organizationId: ORG, eventId: EVENT, reason: "schedule" },
      }),
      expect.objectContaining({ id: `daily-check-${OTHER_EVENT}-2026-11-22` }),
    ]);
  });

  it("sends nothing when no event is due", async () => {
    const { result, ctx } = await run([
      { id: "find-due-daily-checks", handler: () => [] },
      { id: "find-due-weekly-reports", handler: () => [] },
    ]);
    expect(result).toEqual({ dailyChecksRequested: 0, weeklyReportsRequested: 0 });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  it("asks on Mondays for each event's weekly status report, with the event and ISO week as the event id", async () => {
    const reports = [
      { organizationId: ORG, eventId: EVENT, week: "2026-W49", dedupeKey: `weekly-report-${EVENT}-2026-W49` },
    ];
    const { result, ctx } = await run([
      { id: "find-due-daily-checks", handler: () => [] },
      { id: "find-due-weekly-reports", handler: () => reports },
      { id: "request-weekly-reports", handler: () => ({ ids: [] }) },
    ]);
    expect(result).toEqual({ dailyChecksRequested: 0, weeklyReportsRequested: 1 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("request-weekly-reports", [
      expect.objectContaining({
        name: "operations/weekly-report.requested",
        id: `weekly-report-${EVENT}-2026-W49`,
        data: { organizationId: ORG, eventId: EVENT, week: "2026-W49" },
      }),
    ]);
  });
});

describe("the 4-hourly schedule", () => {
  const run = (steps: InngestTestEngine.MockedStep[]) =>
    new InngestTestEngine({
      function: fourHourlySchedule,
      events: [{ name: "schedules/every-4-hours.requested", data: { requestedById: null } }],
    }).execute({ steps });

  it("wakes the runs waiting on each item it expired", async () => {
    const { result, ctx } = await run([
      { id: "expire-overdue-approvals", handler: () => APPROVALS },
      { id: "wake-waiting-runs", handler: () => ({ ids: [] }) },
    ]);
    expect(result).toEqual({ approvalsExpired: 2 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("wake-waiting-runs", [
      expect.objectContaining({
        name: "approval/decision.recorded",
        data: { approvalId: APPROVALS[0], status: "expired" },
      }),
      expect.objectContaining({ data: { approvalId: APPROVALS[1], status: "expired" } }),
    ]);
  });

  it("sends nothing when nothing expired", async () => {
    const { ctx } = await run([{ id: "expire-overdue-approvals", handler: () => [] }]);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});

describe("the event launch", () => {
  const recorded = [
    { id: "record-wave-1", handler: () => [] },
    { id: "record-wave-2", handler: () => [] },
  ];
  const run = (steps: InngestTestEngine.MockedStep[], transformCtx?: InngestTestEngine.Options["transformCtx"]) =>
    new InngestTestEngine({
      function: launchEvent,
      events: [{ name: "event/launch.requested", data: { organizationId: ORG, eventId: EVENT, requestedById: null } }],
      transformCtx,
    }).execute({ steps: [...steps, ...recorded] });

  it("records a failed task and still settles every other task", async () => {
    // A mocked step.invoke cannot fail in @inngest/test 1.0, so the tool itself is stubbed.
    const { result } = await run(
      [
        { id: "load-completed-tasks", handler: () => [] },
        {
          id: "index-event-knowledge",
          handler: () => ({ articles: 3, searchable: 3, embedded: 0, embeddingModel: null }),
        },
      ],
      (ctx) => ({
        ...ctx,
        step: { ...ctx.step, invoke: () => Promise.reject(new Error("the daily check failed")) },
      }),
    );
    expect(result).toEqual({
      skipped: [],
      tasks: {
        analyze_target_audience: "unavailable",
        initialize_tracking: "failed",
        index_event_knowledge: "completed",
        run_outreach_campaign: "blocked",
        run_marketing_campaign: "blocked",
      },
    });
  });

  it("skips the tasks a previous launch completed", async () => {
    const { result, ctx } = await run([
      { id: "load-completed-tasks", handler: () => ["initialize_tracking", "index_event_knowledge"] },
    ]);
    expect(result).toMatchObject({
      skipped: ["initialize_tracking", "index_event_knowledge"],
      tasks: { initialize_tracking: "completed", index_event_knowledge: "completed" },
    });
    expect(ctx.step.invoke).not.toHaveBeenCalled();
    expect(ctx.step.run).not.toHaveBeenCalledWith("index-event-knowledge", expect.anything());
  });
});
