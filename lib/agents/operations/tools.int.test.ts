import { describe, expect, it } from "vitest";
import { findChatTool } from "@/lib/copilot/surfaces";
import { env } from "@/lib/env";
import { testDb } from "@/tests/db";
import { US_FORMAT } from "@/tests/format";
import { operationsFixture } from "@/tests/operations-fixture";
import { decideApproval } from "../core/approvals";
import { runTool } from "../core/gate";
import { findTool } from "../registry";
import { escalateIssue } from "./tools/escalate-issue";
import { generateStatusReport } from "./tools/generate-status-report";
import { sendReminder } from "./tools/send-reminder";

const db = testDb();

async function deliverableOf(eventId: string, title: string) {
  return db.deliverable.findFirstOrThrow({ where: { eventId, title: { startsWith: title } } });
}

describe("send_reminder", () => {
  it("refuses a deliverable that is done, with a sentence that says so, and sends nothing", async () => {
    const { org, event, caller } = await operationsFixture(db);
    const permits = await deliverableOf(event.id, "Food truck permits");
    await db.deliverable.update({ where: { id: permits.id }, data: { status: "done", completedAt: new Date() } });
    await expect(
      runTool(db, caller("member"), sendReminder, { eventId: event.id, deliverableId: permits.id }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("is done") });
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("refuses a second reminder within 24 hours, whoever asks", async () => {
    const { org, event, caller } = await operationsFixture(db);
    const permits = await deliverableOf(event.id, "Food truck permits");
    const first = await runTool(db, caller("member"), sendReminder, { eventId: event.id, deliverableId: permits.id });
    expect(first.status).toBe("executed");
    await expect(
      runTool(db, caller("admin"), sendReminder, { eventId: event.id, deliverableId: permits.id }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("one reminder a day at most") });
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("writes the due date in the organization's locale, on the event's clock", async () => {
    const { org, event, caller } = await operationsFixture(db);
    await db.organization.update({ where: { id: org.id }, data: { locale: "fr-FR" } });
    const permits = await deliverableOf(event.id, "Food truck permits");
    await runTool(db, caller("member"), sendReminder, { eventId: event.id, deliverableId: permits.id });
    const email = await db.emailMessage.findFirstOrThrow({ where: { organizationId: org.id } });
    const inFrench = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "America/Chicago" });
    const inEnglish = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "America/Chicago" });
    expect(email.text).toContain(`due on ${inFrench.format(permits.dueAt)}`);
    expect(email.text).not.toContain(inEnglish.format(permits.dueAt));
  });
});

describe('the chat\'s "send the reminders"', () => {
  it("sends each due reminder once; asked again the same day it says they were skipped and sends nothing", async () => {
    const { org, event, caller } = await operationsFixture(db);
    // What confirming the chat's card runs.
    const tool = findChatTool("send_due_reminders");
    if (!tool) throw new Error("send_due_reminders is missing");
    const context = { db, caller: caller("member"), format: US_FORMAT };
    const first = await tool.run(context, { eventId: event.id });
    expect(first.summary.split("\n")).toHaveLength(3);
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(3);

    const again = await tool.run(context, { eventId: event.id });
    const lines = again.summary.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.every((line: string) => line.includes("skipped, reminded"))).toBe(true);
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(3);
  });
});

describe("escalate_issue", () => {
  it("files a critical issue in the inbox and emails the owners and admins once, with a link to the inbox", async () => {
    const { org, event, caller, people } = await operationsFixture(db);
    const outcome = await runTool(db, caller("member"), escalateIssue, {
      eventId: event.id,
      issue: "The venue lost its permit",
      reason: "The city revoked the occupancy permit this morning.",
      severity: "critical",
    });
    expect(outcome.status).toBe("escalated");
    if (outcome.status !== "escalated") return;
    const approval = await db.approval.findUniqueOrThrow({ where: { id: outcome.approvalId } });
    expect(approval.risk).toBe("critical");

    const alerts = await db.emailMessage.findMany({ where: { organizationId: org.id } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.to.sort()).toEqual([people.admin.email, people.owner.email].sort());
    expect(alerts[0]?.subject).toBe("Critical: The venue lost its permit (Lakeside Blues Weekend)");
    expect(alerts[0]?.text).toContain(`${env.APP_URL.replace(/\/+$/, "")}/inbox`);

    const decided = await decideApproval(
      db,
      { ...caller("admin"), userId: people.admin.id },
      outcome.approvalId,
      { decision: "approve" },
      findTool,
    );
    expect(decided.status).toBe("approved");
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("sends a high-severity issue to the organizers as a notice, without an inbox item, in full auto", async () => {
    const { org, event, caller } = await operationsFixture(db);
    const outcome = await runTool(db, caller("member"), escalateIssue, {
      eventId: event.id,
      issue: "Parking shuttle runs late",
      reason: "The shuttle company moved the first run to 10:00.",
      severity: "high",
    });
    expect(outcome.status).toBe("executed");
    expect(await db.approval.count({ where: { organizationId: org.id } })).toBe(0);
    const [notice] = await db.emailMessage.findMany({ where: { organizationId: org.id } });
    expect(notice?.subject).toBe("Issue (high): Parking shuttle runs late (Lakeside Blues Weekend)");
    expect(notice?.text).toContain(`${env.APP_URL.replace(/\/+$/, "")}/events/${event.id}`);
  });
});

describe("generate_status_report", () => {
  it("links to the full report with an absolute URL", async () => {
    const { org, event, caller } = await operationsFixture(db);
    const outcome = await runTool(db, caller("system"), generateStatusReport, { eventId: event.id });
    if (outcome.status !== "executed") throw new Error("expected the report to be written");
    const email = await db.emailMessage.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(email.text).toContain(
      `Full report: ${env.APP_URL.replace(/\/+$/, "")}/events/${event.id}/reports/${outcome.output.reportId}`,
    );
  });

  it("states the figures in the organization's locale", async () => {
    const { org, event, caller } = await operationsFixture(db);
    await db.organization.update({ where: { id: org.id }, data: { locale: "de-DE" } });
    await runTool(db, caller("system"), generateStatusReport, { eventId: event.id });
    const email = await db.emailMessage.findFirstOrThrow({ where: { organizationId: org.id } });
    const text = email.text.replace(/[\u00a0\u202f]/g, " ");
    // "3.500" and "92.500 $" the German way, not "3,500" and "$92,500".
    expect(text).toMatch(/- ticketsSold: [\d.]+ of 3\.500\n/);
    expect(text).toMatch(/- budgetSpent: [\d.]+ \$ of [\d.]+ \$\n/);
  });
});
