import { describe, expect, it } from "vitest";
import { DEVCONF_OPERATIONS } from "@/prisma/seed/operations";
import { testDb } from "@/tests/db";
import { operationsFixture } from "@/tests/operations-fixture";
import { runTool } from "../core/gate";
import { setAgentMode } from "../settings";
import { describeDailyCheck, runDailyOperations } from "./daily-check";
import { tagItem } from "./open-items";
import { generateStatusReport } from "./tools/generate-status-report";
import { monitorTicketSales } from "./tools/monitor-ticket-sales";
import { trackBudget } from "./tools/track-budget";

const db = testDb();

describe("the daily operations check (full auto, the default)", () => {
  it("reminds, follows up and escalates exactly what the rules say", async () => {
    const { org, event, caller } = await operationsFixture(db);
    const result = await runDailyOperations(db, caller("system"), event.id);

    const escalated = result.actions.filter((a) => a.status === "escalated").map((a) => a.summary);
    expect(escalated.sort()).toEqual([
      'Escalate "Stage plot and backline rider" (5 days overdue)',
      "Escalate Prairie Fire Catering's cancellation",
      "Escalate lagging ticket sales",
      "Escalate the budget overrun",
    ]);
    const executed = result.actions.filter((a) => a.status === "executed").map((a) => a.summary);
    expect(executed.sort()).toEqual([
      "Ask Bluebird Portable Restrooms to confirm",
      "Ask Windy City Security to confirm",
      'Remind Ana Souza about "Artist hospitality list"',
      'Remind Keisha Grant about "Volunteer shift schedule published"',
      'Remind Tom Becker about "Food truck permits filed with the city"',
    ]);
    const emails = await db.emailMessage.findMany({ where: { organizationId: org.id } });
    // 5 reminders and follow-ups, and one alert to the owners and admins per critical escalation.
    expect(emails).toHaveLength(9);
    expect(emails.every((email) => email.status === "sent" && email.provider === "local-outbox")).toBe(true);
    const inbox = await db.approval.findMany({ where: { organizationId: org.id, status: "pending" } });
    expect(inbox).toHaveLength(4);
    expect(inbox.every((item) => item.risk === "critical")).toBe(true);
    const summary = await db.agentActivity.findFirstOrThrow({
      where: { organizationId: org.id, activityType: "daily_check_completed" },
    });
    expect(summary.autonomous).toBe(true);
  });

  it("does not repeat itself the same day", async () => {
    const { org, event, caller } = await operationsFixture(db);
    await runDailyOperations(db, caller("system"), event.id);
    const second = await runDailyOperations(db, caller("system"), event.id);
    expect(second.actions.every((a) => a.summary.endsWith("(already in the inbox)"))).toBe(true);
    expect(second.actions).toHaveLength(4);
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(9);
    expect(await db.approval.count({ where: { organizationId: org.id } })).toBe(4);
  });

  it("in assisted mode proposes every write, with the policy's reason where it fires, and only alerts the admins", async () => {
    const { org, event, caller, people } = await operationsFixture(db);
    await setAgentMode(
      db,
      { organizationId: org.id, userId: people.owner.id, agent: "operations", mode: "assisted" },
      {},
    );
    const result = await runDailyOperations(db, caller("member"), event.id);
    expect(result.actions.filter((a) => a.status === "pending_approval")).toHaveLength(5);
    expect(result.actions.filter((a) => a.status === "escalated")).toHaveLength(4);
    expect(await db.approval.count({ where: { organizationId: org.id, status: "pending" } })).toBe(9);
    // Nothing goes to owners, vendors or sponsors; the admins hear about the 4 critical escalations.
    const emails = await db.emailMessage.findMany({ where: { organizationId: org.id } });
    expect(emails).toHaveLength(4);
    expect(emails.every((email) => email.subject.startsWith("Critical:"))).toBe(true);
    expect(new Set(emails.flatMap((email) => email.to))).toEqual(new Set([people.owner.email, people.admin.email]));
  });

  it("finds nothing to do for an event on track", async () => {
    const { event, caller } = await operationsFixture(db, {
      plan: DEVCONF_OPERATIONS,
      daysToEvent: 90,
      ticketsSold: 200,
    });
    const result = await runDailyOperations(db, caller("system"), event.id);
    expect(result.actions).toEqual([]);
    expect(describeDailyCheck(result)).toMatchObject({ allClear: true, message: expect.stringMatching(/^All clear/) });
    expect(result.sales.critical).toBe(false);
    expect(result.budget).toMatchObject({ overrunCritical: false, burnCritical: false });
  });
});

describe("the daily check on the following days", () => {
  it("updates the open inbox item for a deliverable a day later instead of filing a second one", async () => {
    const { org, event, caller } = await operationsFixture(db);
    await runDailyOperations(db, caller("system"), event.id);
    const stage = await db.deliverable.findFirstOrThrow({
      where: { eventId: event.id, title: { startsWith: "Stage" } },
    });
    // A day later: the stage plot is one more day overdue, the caterer gave another reason.
    await db.deliverable.update({
      where: { id: stage.id },
      data: { dueAt: new Date(stage.dueAt.getTime() - 86_400_000) },
    });
    await db.vendor.updateMany({
      where: { eventId: event.id, confirmation: "cancelled" },
      data: { cancellationReason: "Their insurer withdrew cover" },
    });
    const next = await runDailyOperations(db, caller("system"), event.id);

    const inbox = await db.approval.findMany({ where: { organizationId: org.id, status: "pending" } });
    expect(inbox).toHaveLength(4);
    expect(inbox.map((item) => item.subjectKey?.split(":")[0]).sort()).toEqual([
      "budget-overrun",
      "deliverable-overdue",
      "sales-pace",
      "vendor-cancelled",
    ]);
    const overdue = inbox.find((item) => item.subjectKey === `deliverable-overdue:${stage.id}`);
    expect(overdue?.arguments).toMatchObject({ issue: '"Stage plot and backline rider" is 6 days overdue' });
    expect(overdue?.reason).toContain("overdue by 6 days");
    expect(inbox.find((item) => item.subjectKey?.startsWith("vendor-cancelled"))?.reason).toContain("insurer");
    expect(next.actions.filter((action) => action.updated)).toHaveLength(4);
    // No second alert either: 9 emails from the first day, none from the second.
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(9);
  });

  it("keeps at most one open item per rule and subject in the database", async () => {
    const { org, event, caller } = await operationsFixture(db);
    await runDailyOperations(db, caller("system"), event.id);
    const open = await db.approval.findFirstOrThrow({ where: { organizationId: org.id, subjectKey: { not: null } } });
    const { id: _id, createdAt: _createdAt, ...copy } = open;
    await expect(
      db.approval.create({
        data: { ...copy, arguments: copy.arguments ?? {}, result: undefined, editedArguments: undefined },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    // A racing check's item for the same subject is cancelled when it tries to take the key.
    const racer = await db.approval.create({
      data: {
        ...copy,
        subjectKey: null,
        arguments: copy.arguments ?? {},
        result: undefined,
        editedArguments: undefined,
      },
    });
    expect(await tagItem(db, racer.id, open.subjectKey ?? "")).toBe(false);
    expect(await db.approval.findUniqueOrThrow({ where: { id: racer.id } })).toMatchObject({ status: "cancelled" });
    expect(await db.approval.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "pending" });
  });

  it("says reminders and follow-ups skipped as recent, and does not say all clear", async () => {
    const { event, caller } = await operationsFixture(db);
    await runDailyOperations(db, caller("system"), event.id);
    const again = await runDailyOperations(db, caller("system"), event.id);
    expect(again.skipped.map((item) => item.summary).sort()).toEqual([
      "Ask Bluebird Portable Restrooms to confirm",
      "Ask Windy City Security to confirm",
      'Remind Ana Souza about "Artist hospitality list"',
      'Remind Keisha Grant about "Volunteer shift schedule published"',
      'Remind Tom Becker about "Food truck permits filed with the city"',
    ]);
    expect(again.skipped.every((item) => /^(reminded|chased) /.test(item.reason))).toBe(true);
    const described = describeDailyCheck(again);
    expect(described.allClear).toBe(false);
    expect(described.message).toContain("5 skipped");
  });

  it("is not all clear for an event on track when a reminder was skipped because it went out an hour ago", async () => {
    const { event, caller } = await operationsFixture(db, {
      plan: DEVCONF_OPERATIONS,
      daysToEvent: 90,
      ticketsSold: 200,
    });
    await db.deliverable.create({
      data: {
        eventId: event.id,
        title: "Badge print files",
        ownerName: "Priya Raman",
        ownerEmail: "priya@northwind.events",
        dueAt: new Date(Date.now() + 2 * 86_400_000),
        lastRemindedAt: new Date(Date.now() - 3_600_000),
      },
    });
    const result = await runDailyOperations(db, caller("system"), event.id);
    expect(result.actions).toEqual([]);
    const described = describeDailyCheck(result);
    expect(described.allClear).toBe(false);
    expect(described.skippedLines).toEqual([
      'Remind Priya Raman about "Badge print files": skipped, reminded 1 hour ago',
    ]);
  });
});

describe("operations reads", () => {
  it("project ticket sales from recent velocity", async () => {
    const { event, caller } = await operationsFixture(db);
    const outcome = await runTool(db, caller("viewer"), monitorTicketSales, { eventId: event.id });
    if (outcome.status !== "executed") throw new Error("expected a read");
    const sales = outcome.output;
    expect(sales.sold).toBe(1300);
    expect(sales.critical).toBe(true);
    expect(sales.projectedTotal).toBeGreaterThan(1300);
    expect(sales.projectedTotal).toBeLessThanOrEqual(4000);
    expect(sales.requiredPerDay).toBeCloseTo((3500 - 1300) / 20, 0);
  });

  it("sum the budget per line", async () => {
    const { event, caller } = await operationsFixture(db);
    const outcome = await runTool(db, caller("viewer"), trackBudget, { eventId: event.id });
    if (outcome.status !== "executed") throw new Error("expected a read");
    expect(outcome.output.spentCents).toBe(34_300_000);
    expect(outcome.output.lines.find((line) => line.category === "Security")).toMatchObject({ overPlan: true });
  });

  it("write a weekly status report, keep it and email the organizers", async () => {
    const { org, event, caller, people } = await operationsFixture(db);
    const outcome = await runTool(db, caller("system"), generateStatusReport, { eventId: event.id });
    if (outcome.status !== "executed") throw new Error("expected the report to be written");
    const report = await db.statusReport.findUniqueOrThrow({ where: { id: outcome.output.reportId } });
    expect((report.content as { alerts: string[] }).alerts).toHaveLength(5);
    const email = await db.emailMessage.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(email.to.sort()).toEqual([people.admin.email, people.owner.email].sort());
    expect(email.subject).toBe("Weekly status: Lakeside Blues Weekend (5 alerts)");
  });
});
