import { NonRetriableError } from "inngest";
import { serve } from "inngest/next";
import { beforeAll, describe, expect, it } from "vitest";
import { cancelRun } from "@/inngest/local/store";
import { decideApproval } from "@/lib/agents/core/approvals";
import { runTool } from "@/lib/agents/core/gate";
import { sendReminder } from "@/lib/agents/operations/tools/send-reminder";
import { findTool } from "@/lib/agents/registry";
import { campaignAutonomy, createCampaign, describeLatestCampaign } from "@/lib/agents/sales/campaign";
import { recordReply } from "@/lib/agents/sales/inbound";
import { queueEmail } from "@/lib/email/send";
import { jobsConfig } from "@/lib/env";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { eventually, serveRoute, startTestEngine } from "@/tests/inngest-harness";
import { operationsFixture } from "@/tests/operations-fixture";
import { publishDecision, waitForDecision } from "../approvals";
import { inngest } from "../client";
import {
  dailyCheckRequested,
  eventLaunchRequested,
  outboxSweepRequested,
  salesCampaignRequested,
  sponsorReplyReceived,
  weeklyReportRequested,
} from "../events";
import type { LocalEngine } from "../local/engine";
import { requestOutreachCampaign } from "../sales";
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
  // A day lasts a second: the campaign's day-3 and day-7 follow-ups come 3 and 7 seconds in.
  engine = await startTestEngine(db, appUrl, Number(new URL(config.url).port), { timeScale: 86_400 });
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

describe("the weekly status report as a durable function", () => {
  it("writes and emails one report per event and ISO week, even when the week's run starts twice", async () => {
    const { org, event, people } = await operationsFixture(db);
    const data = { organizationId: org.id, eventId: event.id, week: "2026-W49" };
    // Two runs for the same week (a re-run, or a request after the engine's dedupe window): different ids.
    await inngest.send(weeklyReportRequested.create(data, { id: `weekly-report-${event.id}-2026-W49` }));
    await finished("operations-weekly-report", event.id);
    await inngest.send(weeklyReportRequested.create(data, { id: `weekly-report-${event.id}-2026-W49-again` }));
    const runs = await finished("operations-weekly-report", event.id, 2);
    expect(runs.map((run) => run.status)).toEqual(["completed", "completed"]);
    expect(runs[1]?.output).toEqual(runs[0]?.output);
    expect(await db.statusReport.count({ where: { eventId: event.id } })).toBe(1);
    const emails = await db.emailMessage.findMany({ where: { organizationId: org.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]?.to.sort()).toEqual([people.admin.email, people.owner.email].sort());
  });
});

describe("the event launch", () => {
  it("runs the graph with the agents that exist, records every task, and skips finished ones when re-run", async () => {
    const { org, event, people } = await operationsFixture(db);
    await db.knowledgeArticle.createMany({
      data: [
        { organizationId: org.id, eventId: event.id, title: "Bags", body: "Small backpacks are allowed." },
        { organizationId: org.id, eventId: event.id, title: "Parking", body: "The venue has no parking." },
      ],
    });
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
      index_event_knowledge: "completed",
    });
    const indexed = await db.launchTask.findUniqueOrThrow({
      where: { eventId_taskId: { eventId: event.id, taskId: "index_event_knowledge" } },
    });
    expect(indexed.result).toEqual({ articles: 2, searchable: 2, embedded: 0, embeddingModel: null });
    const invoked = await db.jobRun.findMany({ where: { parentRunId: first?.id } });
    expect(invoked.map((run) => [run.functionId, run.status])).toEqual([
      ["eventos-operations-daily-check", "completed"],
    ]);

    await launch();
    const [, second] = await finished("orchestrator-launch-event", event.id, 2);
    expect(second?.output).toMatchObject({ skipped: ["initialize_tracking", "index_event_knowledge"] });
    expect(await db.jobRun.count({ where: { parentRunId: second?.id } })).toBe(0);
  });
});

describe("a durable run waiting for an inbox decision", () => {
  async function startProbe(extra: { decideEarly?: boolean; expiresInMs?: number } = {}) {
    const fixture = await operationsFixture(db);
    await db.agentSetting.create({ data: { organizationId: fixture.org.id, agent: "operations", mode: "assisted" } });
    // An open one: send_reminder refuses a deliverable that is done.
    const deliverable = await db.deliverable.findFirstOrThrow({
      where: { eventId: fixture.event.id, status: { in: ["pending", "in_progress"] } },
    });
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

describe("the sales outreach campaign", () => {
  /** An event with packages and four companies that all score 80+, each set up for one path. */
  async function salesFixture(mode: "full_auto" | "assisted") {
    const org = await uniqueOrganization(db, "Outreach");
    const owner = await createMember(db, {
      organizationId: org.id,
      email: `owner-${org.slug}@example.com`,
      name: "Olga Owner",
      role: "owner",
    });
    await db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode } });
    const event = await createEvent(
      db,
      org.id,
      testEventSpec(new Date(), { category: "technology", audiences: ["developers"], country: "PT", currency: "EUR" }),
    );
    await db.sponsorshipPackage.create({
      data: {
        eventId: event.id,
        tier: "gold",
        name: "Gold",
        priceCents: 1_500_000,
        currency: "EUR",
        benefits: ["Booth", "Talk"],
        spots: 6,
      },
    });
    const companies: Record<string, { companyId: string; email: string }> = {};
    for (const key of ["replier", "silent", "unreachable", "haggler"]) {
      const domain = `${key}-${org.slug}.example`;
      const company = await db.sponsorCompany.create({
        data: {
          organizationId: org.id,
          name: key,
          domain,
          industry: "Developer Tools",
          audiences: ["developers"],
          country: "PT",
          budgetMinCents: 1_000_000,
          budgetMaxCents: 2_000_000,
          currency: "EUR",
          contacts: {
            create: {
              organizationId: org.id,
              name: `${key} Person`,
              email: `vp@${domain}`,
              title: "VP Marketing",
              seniority: "vp",
              unsubscribedAt: key === "unreachable" ? new Date() : null,
            },
          },
          pastSponsorships: {
            create: [2026, 2025, 2024].map((year) => ({
              eventName: `Conf ${year}`,
              year,
              tier: "gold",
              amountCents: 1_000_000,
              currency: "EUR",
              eventIndustry: "technology",
            })),
          },
        },
      });
      companies[key] = { companyId: company.id, email: `vp@${domain}` };
    }
    // The unreachable company sponsored us before, so it still scores 80+ without a contact to write to.
    const other = await createEvent(db, org.id, testEventSpec(new Date(), { slug: "past-event", name: "Past Event" }));
    await db.sponsorDeal.create({
      data: {
        organizationId: org.id,
        eventId: other.id,
        companyId: companies.unreachable?.companyId ?? "",
        stage: "won",
      },
    });
    const campaign = await createCampaign(db, { eventId: event.id, requestedById: owner.id, mode });
    await inngest.send(
      salesCampaignRequested.create({ organizationId: org.id, eventId: event.id, campaignId: campaign.id, mode }),
    );
    return { org, owner, event, campaign, companies };
  }

  const prospectOf = async (campaignId: string, companyId: string) =>
    db.campaignProspect.findFirst({ where: { campaignId, deal: { companyId } } });
  const outreachEmails = async (companyId: string) =>
    db.emailMessage.findMany({
      where: { deal: { companyId }, idempotencyKey: { contains: ":email:" } },
      orderBy: { createdAt: "asc" },
    });

  it("emails the qualified prospects, follows up on day 3 and 7 only with the silent one, and reports", async () => {
    const { org, campaign, companies, event } = await salesFixture("full_auto");
    const id = (key: string) => companies[key]?.companyId ?? "";
    // The run sleeps until day 3 once every prospect got its proposal and first email.
    const run = await eventually(
      engine,
      async () =>
        db.jobRun.findFirst({
          where: { status: "sleeping", event: { path: ["data", "campaignId"], equals: campaign.id } },
          include: { steps: { where: { name: "outreach-started" } } },
        }),
      20_000,
    );
    expect(await prospectOf(campaign.id, id("replier"))).toMatchObject({ status: "emailed" });

    // A retried step: the proposals-and-emails step loses its memoized result and runs again.
    const retried = run.steps[0];
    if (!retried) throw new Error("no outreach step");
    await db.jobStep.delete({ where: { runId_hashedId: { runId: run.id, hashedId: retried.hashedId } } });
    await db.jobRun.update({
      where: { id: run.id },
      data: { needsDiscovery: true, wakeAt: new Date(), status: "queued" },
    });

    for (const [key, body] of [
      ["replier", "Sounds great, let's set up a call."],
      ["haggler", "Could you do a custom package at a discount?"],
    ] as const) {
      const deal = await db.sponsorDeal.findFirstOrThrow({ where: { eventId: event.id, companyId: id(key) } });
      const reply = await recordReply(
        db,
        "manual",
        { dealId: deal.id, fromEmail: companies[key]?.email ?? "", body },
        { organizationId: org.id },
      );
      await inngest.send(
        sponsorReplyReceived.create({
          organizationId: org.id,
          dealId: reply.dealId,
          replyId: reply.replyId,
          classification: reply.classification,
        }),
      );
    }

    const done = await eventually(
      engine,
      async () => {
        const current = await db.outreachCampaign.findUniqueOrThrow({ where: { id: campaign.id } });
        return current.status === "completed" ? current : undefined;
      },
      40_000,
    );
    expect((await outreachEmails(id("replier"))).length).toBe(1);
    const silent = await outreachEmails(id("silent"));
    expect(silent.map((email) => email.subject.startsWith("Re:"))).toEqual([false, true, true]);
    expect(await outreachEmails(id("unreachable"))).toEqual([]);
    expect((await outreachEmails(id("haggler"))).length).toBe(1);

    // The reply handler or the campaign's checkpoint offers the meeting, whichever comes first: one offer.
    expect(["replied", "meeting"]).toContain((await prospectOf(campaign.id, id("replier")))?.status);
    expect(await prospectOf(campaign.id, id("silent"))).toMatchObject({ status: "followed_up_2" });
    expect(await prospectOf(campaign.id, id("unreachable"))).toMatchObject({ status: "stopped" });
    expect(await db.meeting.count({ where: { deal: { companyId: id("replier") } } })).toBe(1);

    const pricing = await db.approval.findFirstOrThrow({
      where: { eventId: event.id, status: "pending", action: "update_crm" },
    });
    expect(pricing.reason).toMatch(/pricing outside the packages/);
    // The deal waits: the reply handler's run has not ended (it re-reads the decision every compressed hour).
    const waiting = await db.jobRun.findFirstOrThrow({ where: { id: pricing.runId ?? "" } });
    expect([waiting.functionId, waiting.endedAt]).toEqual(["eventos-sales-handle-reply", null]);

    // Its writes: the plan, 4 proposals, 3 first emails, 2 follow-ups (and maybe the meeting offer, if the
    // campaign got there before the reply handler): none needed a person. Reads do not count.
    const autonomy = await campaignAutonomy(db, org.id, done.runId);
    expect(autonomy?.rate).toBe(1);
    expect(autonomy?.attempted).toBeGreaterThanOrEqual(9);
    expect(done.report).toMatchObject({
      mode: "full_auto",
      qualified: 4,
      proposalsSent: 3,
      emailed: 3,
      responseRate: 0.67,
      meetingsScheduled: 1,
      needsAttention: [expect.stringMatching(/pricing outside the packages/)],
    });
  });

  it("in assisted mode waits for the prospect list to be approved, then sends without asking again", async () => {
    const { org, owner, campaign, companies } = await salesFixture("assisted");
    // The step files the approval, then marks the campaign as waiting: the campaign's status is the later write.
    await eventually(
      engine,
      async () =>
        (await db.outreachCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "waiting_for_approval",
    );
    const list = await db.approval.findFirstOrThrow({
      where: { organizationId: org.id, action: "start_outreach", status: "pending" },
    });
    expect(list.reason).toMatch(/^Assisted mode: Start sponsor outreach .* to 4 prospects/);
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(0);

    const by = { organizationId: org.id, userId: owner.id, role: "owner" as const, source: "ui" as const };
    await decideApproval(db, by, list.id, { decision: "approve" }, findTool);
    await publishDecision(list.id, "approved");
    await eventually(
      engine,
      async () => (await outreachEmails(companies.silent?.companyId ?? "")).length === 1,
      20_000,
    );
    expect(
      await db.approval.count({
        where: { organizationId: org.id, status: "pending", action: { not: "start_outreach" } },
      }),
    ).toBe(0);
  });

  it("starts from a person's request in the configured mode or a stricter one, never a looser one", async () => {
    const org = await uniqueOrganization(db, "Request");
    const member = await createMember(db, {
      organizationId: org.id,
      email: `m-${org.slug}@example.com`,
      name: "Mia",
      role: "member",
    });
    const viewer = await createMember(db, {
      organizationId: org.id,
      email: `v-${org.slug}@example.com`,
      name: "Vic",
      role: "viewer",
    });
    const event = await createEvent(db, org.id, testEventSpec(new Date()));
    await db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode: "assisted" } });
    const by = { organizationId: org.id, userId: member.id, role: "member" as const };
    await expect(requestOutreachCampaign(db, by, event.id, "full_auto")).rejects.toThrow(
      /stricter than that, not looser/,
    );
    await expect(requestOutreachCampaign(db, { ...by, userId: viewer.id, role: "viewer" }, event.id)).rejects.toThrow(
      /cannot run/,
    );
    const started = await requestOutreachCampaign(db, by, event.id, "review_only");
    expect(started.mode).toBe("review_only");
    const done = await eventually(engine, async () => {
      const campaign = await db.outreachCampaign.findUniqueOrThrow({ where: { id: started.campaignId } });
      return campaign.status === "completed" ? campaign : undefined;
    });
    expect(done.report).toMatchObject({ note: expect.stringMatching(/No prospect scored 80/) });
    expect(await describeLatestCampaign(db, org.id, event.id)).toMatch(
      /^Sponsor outreach for .*: completed \(review only\)\.[\s\S]*No prospect scored 80/,
    );
    expect(await db.sponsorDeal.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("a reply to an assisted campaign leaves the meeting offer in the inbox, even with the agent in full auto", async () => {
    const org = await uniqueOrganization(db, "Reply mode");
    const owner = await createMember(db, {
      organizationId: org.id,
      email: `owner-${org.slug}@example.com`,
      name: "Olga Owner",
      role: "owner",
    });
    const setting = await db.agentSetting.create({
      data: { organizationId: org.id, agent: "sales", mode: "full_auto" },
    });
    const event = await createEvent(db, org.id, testEventSpec(new Date()));
    // The organizer chose a stricter mode than configured when starting the campaign.
    const campaign = await createCampaign(db, { eventId: event.id, requestedById: owner.id, mode: "assisted" });
    const prospect = async (name: string) => {
      const company = await db.sponsorCompany.create({
        data: { organizationId: org.id, name, domain: `${name}-${org.slug}.example`, industry: "Fintech" },
      });
      const contact = await db.sponsorContact.create({
        data: {
          organizationId: org.id,
          companyId: company.id,
          name: `${name} Lead`,
          email: `lead@${company.domain}`,
          title: "CMO",
          seniority: "c_level",
        },
      });
      const deal = await db.sponsorDeal.create({
        data: { organizationId: org.id, eventId: event.id, companyId: company.id, contactId: contact.id },
      });
      await db.campaignProspect.create({
        data: { campaignId: campaign.id, dealId: deal.id, score: 85, status: "emailed" },
      });
      const reply = await db.sponsorReply.create({
        data: {
          dealId: deal.id,
          fromEmail: contact.email,
          subject: "Re: sponsoring",
          body: "Sounds great, let's set up a call.",
          classification: "interested",
          source: "manual",
        },
      });
      await inngest.send(
        sponsorReplyReceived.create({
          organizationId: org.id,
          dealId: deal.id,
          replyId: reply.id,
          classification: "interested",
        }),
      );
      return eventually(engine, async () => {
        const run = await db.jobRun.findFirst({
          where: { functionId: "eventos-sales-handle-reply", event: { path: ["data", "dealId"], equals: deal.id } },
        });
        return run?.status === "completed" ? { dealId: deal.id, output: run.output } : undefined;
      });
    };
    const offers = (dealId: string) =>
      db.emailMessage.count({ where: { dealId, subject: { startsWith: "A call about sponsoring" } } });

    const first = await prospect("first");
    expect(first.output).toMatchObject({ meeting: "pending_approval" });
    expect(await offers(first.dealId)).toBe(0);
    const parked = await db.approval.findFirstOrThrow({
      where: { organizationId: org.id, action: "schedule_meeting", status: "pending" },
    });
    expect(parked.reason).toMatch(/^Assisted mode: Offer first Lead/);
    const by = { organizationId: org.id, userId: owner.id, role: "owner" as const, source: "ui" as const };
    await decideApproval(db, by, parked.id, { decision: "approve" }, findTool);
    expect(await offers(first.dealId)).toBe(1);

    // The mode configured now wins when it became stricter than the campaign's: review only drafts.
    await db.agentSetting.update({ where: { id: setting.id }, data: { mode: "review_only" } });
    const second = await prospect("second");
    expect(second.output).toMatchObject({ meeting: "drafted" });
    expect(await offers(second.dealId)).toBe(0);
  });
});

describe("the outbox sweeper as a durable function", () => {
  it("delivers an email a crash left queued when its schedule runs", async () => {
    const org = await uniqueOrganization(db);
    const id = await queueEmail(db, {
      organizationId: org.id,
      idempotencyKey: `${org.id}:stuck`,
      to: ["ana@example.com"],
      subject: "Reminder: stage plot",
      text: "The stage plot is due Friday.",
    });
    // Queued eleven minutes ago, never delivered: the process that queued it stopped.
    await db.emailMessage.update({ where: { id }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    await inngest.send(outboxSweepRequested.create({ requestedById: null, organizationId: org.id }));
    const run = await eventually(engine, async () => {
      const found = await db.jobRun.findFirst({
        where: { functionId: "eventos-email-sweep-outbox", organizationId: org.id, status: "completed" },
      });
      return found ?? undefined;
    });
    expect(run.output).toMatchObject({ queued: 1 });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 1 });
  });
});
