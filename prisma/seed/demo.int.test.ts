import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES } from "@/lib/agents/activity-types";
import { runDailyOperations } from "@/lib/agents/operations/daily-check";
import { findTool } from "@/lib/agents/registry";
import { autonomyByAgent } from "@/lib/agents/stats";
import { listEventSummaries } from "@/lib/events/queries";
import { testDb } from "@/tests/db";
import { seedDemo } from "./demo";
import { DEMO_USERS } from "./demo-users";
import { HISTORY_DAYS } from "./history";
import { SUPPORT_BY_SLUG } from "./support";

const db = testDb();

async function counts() {
  return {
    organizations: await db.organization.count({ where: { slug: { in: ["northwind-events", "harbor-lights"] } } }),
    users: await db.user.count({ where: { email: { endsWith: "@northwind.events" } } }),
    orders: await db.order.count({ where: { event: { organization: { slug: "northwind-events" } } } }),
    tickets: await db.ticket.count({ where: { event: { organization: { slug: "northwind-events" } } } }),
    sponsorCompanies: await db.sponsorCompany.count({ where: { organization: { slug: "northwind-events" } } }),
    sponsorContacts: await db.sponsorContact.count({ where: { organization: { slug: "northwind-events" } } }),
    pastSponsorships: await db.pastSponsorship.count({
      where: { company: { organization: { slug: "northwind-events" } } },
    }),
    packages: await db.sponsorshipPackage.count({ where: { event: { organization: { slug: "northwind-events" } } } }),
    deals: await db.sponsorDeal.count({ where: { organization: { slug: "northwind-events" } } }),
    dealNotes: await db.dealNote.count({ where: { deal: { organization: { slug: "northwind-events" } } } }),
    activities: await db.agentActivity.count({ where: { organization: { slug: "northwind-events" } } }),
    approvals: await db.approval.count({ where: { organization: { slug: "northwind-events" } } }),
    emails: await db.emailMessage.count({ where: { organization: { slug: "northwind-events" } } }),
    audits: await db.auditLog.count({ where: { organization: { slug: "northwind-events" } } }),
    harborActivities: await db.agentActivity.count({ where: { organization: { slug: "harbor-lights" } } }),
    articles: await db.knowledgeArticle.count(),
    policies: await db.supportPolicy.count(),
    conversations: await db.supportConversation.count(),
    supportMessages: await db.supportMessage.count(),
    refunds: await db.refund.count(),
  };
}

const DAY_MS = 86_400_000;

async function northwind() {
  return db.organization.findUniqueOrThrow({ where: { slug: "northwind-events" } });
}

/** The rows the history wrote: every call of a simulated day carries a `history:<day>` key. */
async function historyActivities(organizationId: string) {
  const byKey = await db.agentActivity.findMany({
    where: { organizationId, idempotencyKey: { startsWith: "history:" } },
    include: { approval: true },
  });
  const decisions = await db.agentActivity.findMany({
    where: { organizationId, approvalId: { in: byKey.flatMap((row) => (row.approvalId ? [row.approvalId] : [])) } },
    include: { approval: true },
  });
  return { byKey, decisions: decisions.filter((row) => row.idempotencyKey?.startsWith("approval:")) };
}

describe("demo seed", () => {
  const now = new Date();

  it("builds Northwind Events with its three events at different stages", async () => {
    await seedDemo(db, now);
    const org = await db.organization.findUniqueOrThrow({ where: { slug: "northwind-events" } });
    const events = await listEventSummaries(db, org.id, now);
    const byName = Object.fromEntries(events.map((event) => [event.name, event]));
    expect(Object.keys(byName).sort()).toEqual(["DevConf Lisbon", "Northwind Summit", "Riverside Jazz Fest"]);
    expect(byName["DevConf Lisbon"]?.pace.daysToEvent).toBeGreaterThanOrEqual(89);
    expect(byName["Riverside Jazz Fest"]?.pace.daysToEvent).toBeLessThanOrEqual(21);
    expect(byName["Riverside Jazz Fest"]?.pace.status).toBe("far_behind");
    expect(byName["Northwind Summit"]?.pace.status).toBe("finished");
    expect(byName["Northwind Summit"]?.ticketsSold).toBeGreaterThan(byName["Northwind Summit"]?.ticketSalesTarget ?? 0);
  });

  it("has a member in every role", async () => {
    const memberships = await db.membership.findMany({
      where: { organization: { slug: "northwind-events" } },
      include: { user: true },
    });
    const roles = Object.fromEntries(memberships.map((m) => [m.role, m.user.email]));
    expect(roles).toEqual({
      owner: DEMO_USERS.owner.email,
      admin: DEMO_USERS.admin.email,
      member: DEMO_USERS.member.email,
      viewer: DEMO_USERS.viewer.email,
    });
  });

  it("fills Northwind's sponsor CRM: companies, contacts, packages for upcoming events, a Riverside pipeline", async () => {
    const org = { organization: { slug: "northwind-events" } };
    expect(await db.sponsorCompany.count({ where: org })).toBe(300);
    const contacts = await db.sponsorContact.count({ where: org });
    expect(contacts).toBeGreaterThanOrEqual(300);
    expect(contacts).toBeLessThanOrEqual(900);
    expect(await db.sponsorContact.count({ where: { ...org, unsubscribedAt: { not: null } } })).toBe(6);
    expect(await db.sponsorContact.count({ where: { ...org, suppressedAt: { not: null } } })).toBe(4);
    expect(await db.pastSponsorship.count({ where: { company: org } })).toBeGreaterThan(300);

    const packages = await db.sponsorshipPackage.findMany({
      where: { event: org },
      select: { tier: true, priceCents: true, currency: true, spots: true, event: { select: { slug: true } } },
    });
    const price = (slug: string, tier: string) =>
      packages.find((pkg) => pkg.event.slug === slug && pkg.tier === tier)?.priceCents;
    expect(packages.filter((pkg) => pkg.event.slug === "northwind-summit")).toEqual([]);
    expect(packages.filter((pkg) => pkg.event.slug === "devconf-lisbon").every((pkg) => pkg.currency === "EUR")).toBe(
      true,
    );
    expect([price("devconf-lisbon", "title"), price("devconf-lisbon", "platinum")]).toEqual([6_500_000, 4_000_000]);
    expect(
      ["title", "platinum", "gold", "silver", "community"].map((tier) => price("riverside-jazz-fest", tier)),
    ).toEqual([5_500_000, 3_000_000, 1_500_000, 750_000, 250_000]);
    expect(packages.find((pkg) => pkg.tier === "title")?.spots).toBe(1);

    const deals = await db.sponsorDeal.findMany({
      where: org,
      select: { stage: true, event: { select: { slug: true } }, _count: { select: { notes: true } } },
    });
    expect(deals.map((deal) => deal.stage).sort()).toEqual(["contacted", "contacted", "proposal_sent", "won"]);
    expect(deals.every((deal) => deal.event.slug === "riverside-jazz-fest" && deal._count.notes === 1)).toBe(true);
  });

  it("gives Harbor Lights its own smaller sponsor list and Winter Market packages", async () => {
    const org = { organization: { slug: "harbor-lights" } };
    expect(await db.sponsorCompany.count({ where: org })).toBe(60);
    expect(await db.sponsorContact.count({ where: org })).toBeGreaterThanOrEqual(60);
    expect(await db.sponsorshipPackage.count({ where: { event: org } })).toBe(4);
    expect(await db.sponsorDeal.count({ where: org })).toBe(0);
  });

  it("gives each upcoming event its own knowledge base and support policy, and the finished summit none", async () => {
    const events = await db.event.findMany({
      where: { slug: { in: [...Object.keys(SUPPORT_BY_SLUG), "northwind-summit"] } },
      include: { supportPolicy: true, _count: { select: { knowledgeArticles: true } } },
    });
    const bySlug = Object.fromEntries(events.map((event) => [event.slug, event]));
    expect(bySlug["northwind-summit"]?._count.knowledgeArticles).toBe(0);
    expect(bySlug["northwind-summit"]?.supportPolicy).toBeNull();
    const policies = new Set<string>();
    for (const [slug, spec] of Object.entries(SUPPORT_BY_SLUG)) {
      const event = bySlug[slug];
      expect(event?._count.knowledgeArticles, slug).toBeGreaterThanOrEqual(12);
      expect(event?._count.knowledgeArticles, slug).toBeLessThanOrEqual(20);
      expect(event?.supportPolicy?.refundTiers, slug).toEqual(spec.policy.refundTiers);
      policies.add(JSON.stringify({ ...event?.supportPolicy, eventId: null, updatedAt: null }));
      // The refund article says what the policy computes: every tier's days and percent.
      const refunds = spec.articles.find((article) => article.tags.includes("refunds"));
      for (const tier of spec.policy.refundTiers) {
        expect(refunds?.body, slug).toContain(String(tier.minDaysBefore));
        expect(refunds?.body, slug).toMatch(tier.percent === 100 ? /full/ : new RegExp(`${tier.percent}%`));
      }
      const transfers = spec.articles.find((article) => article.tags.includes("transfer"));
      expect(transfers?.body, slug).toContain(spec.policy.transferFeeCents === 0 ? "free" : "$5");
    }
    expect(policies.size).toBe(Object.keys(SUPPORT_BY_SLUG).length);
  });

  it("gives Northwind's upcoming events a few dozen past support conversations, played through the Support agent", async () => {
    const org = await northwind();
    for (const slug of ["devconf-lisbon", "riverside-jazz-fest"]) {
      const event = await db.event.findFirstOrThrow({ where: { organizationId: org.id, slug } });
      const conversations = await db.supportConversation.findMany({
        where: { eventId: event.id },
        include: { messages: true },
      });
      expect(conversations.length, slug).toBeGreaterThanOrEqual(24);
      expect(new Set(conversations.map((c) => c.channel)), slug).toEqual(new Set(["web", "email", "api"]));
      const statuses = conversations.map((c) => c.status);
      expect(statuses.filter((status) => status === "resolved").length, slug).toBeGreaterThan(conversations.length / 2);
      expect(statuses, slug).toContain("handed_off");
      // Every attendee message has the agent's reply, all in the past (the seed day starts at UTC midnight,
      // so yesterday evening's conversations are as old as the clock says, whatever the hour the seed ran).
      for (const conversation of conversations) {
        const roles = conversation.messages.map((message) => message.role);
        expect(roles.filter((role) => role === "agent").length).toBeGreaterThanOrEqual(
          roles.filter((role) => role === "attendee").length,
        );
        for (const message of conversation.messages) expect(message.createdAt.getTime()).toBeLessThan(now.getTime());
      }
      const reasons = new Set(conversations.flatMap((c) => (c.escalationReason ? [c.escalationReason] : [])));
      for (const reason of ["exception_request", "upset_attendee", "legal", "safety", "not_in_knowledge_base"]) {
        expect(reasons, slug).toContain(reason);
      }
      const actions = conversations.flatMap((c) =>
        c.messages.flatMap((message) => message.actions as { type: string; status: string }[]),
      );
      for (const type of ["refund", "resend", "transfer"]) {
        expect(
          actions.filter((action) => action.type === type && action.status === "done").length,
          slug,
        ).toBeGreaterThan(0);
      }
      // The refunds are in the ledger and on the orders; the one over the limit was approved by a person.
      const refunds = await db.refund.findMany({ where: { order: { eventId: event.id } }, include: { order: true } });
      expect(refunds.length, slug).toBeGreaterThanOrEqual(2);
      expect(refunds.every((refund) => refund.order.refundedCents >= refund.amountCents)).toBe(true);
      expect(
        await db.approval.count({
          where: { organizationId: org.id, eventId: event.id, action: "process_refund", status: "approved" },
        }),
      ).toBeGreaterThanOrEqual(1);
    }
    expect(await db.supportConversation.count({ where: { organization: { slug: "harbor-lights" } } })).toBe(0);
  });

  it("has three weeks of agent work, produced by the agents' own tools through the gate", async () => {
    const org = await northwind();
    const { byKey, decisions } = await historyActivities(org.id);
    const days = new Set(byKey.map((row) => row.createdAt.toISOString().slice(0, 10)));
    expect(days.size).toBe(HISTORY_DAYS);
    expect(Math.min(...byKey.map((row) => row.createdAt.getTime()))).toBeLessThan(now.getTime() - 20 * DAY_MS);
    expect(Math.max(...byKey.map((row) => row.createdAt.getTime()))).toBeLessThan(now.getTime());
    // Each row is a gate call of a registered tool (or the check's own summary), of that tool's type.
    for (const row of byKey) {
      expect(ACTIVITY_TYPES[row.agentId]).toContain(row.activityType);
      if (row.approval) expect(findTool(row.approval.action)?.activityType).toBe(row.activityType);
    }
    const types = new Set(byKey.map((row) => `${row.agentId}:${row.activityType}:${row.status}`));
    for (const type of [
      "operations:daily_check_completed:success",
      "operations:deliverables_checked:success",
      "operations:reminder_sent:success",
      "operations:vendor_follow_up:success",
      "operations:issue_escalated:escalated",
      "sales:prospect_search:success",
      "sales:lead_qualification:success",
      "sales:engagement_analysis:success",
      "sales:email_sent:pending",
    ]) {
      expect(types).toContain(type);
    }
    // An approved item ran its tool once, at the time a person approved it, and was audited.
    const approved = decisions.filter((row) => row.approval?.status === "approved");
    expect(approved.length).toBeGreaterThan(5);
    for (const row of approved) {
      expect(row.requiredHumanReview).toBe(true);
      expect(row.createdAt.getTime()).toBe(row.approval?.decidedAt?.getTime());
    }
    // The emails the tools sent are in the local outbox, dated the day they were queued.
    const sent = byKey
      .filter((row) => row.activityType === "reminder_sent" && row.status === "success")
      .map((row) => (row.outputData as { emailId: string }).emailId);
    const emails = await db.emailMessage.findMany({ where: { id: { in: sent } } });
    expect(emails).toHaveLength(sent.length);
    expect(emails.every((email) => email.provider === "local-outbox" && email.status === "sent")).toBe(true);
    expect(emails.every((email) => email.createdAt < now)).toBe(true);
  });

  it("gives the Operations and Sales agents autonomy rates that mean something", async () => {
    const org = await northwind();
    const rates = await autonomyByAgent(db, org.id, new Date(now.getTime() - 30 * DAY_MS));
    // Operations runs in full auto: neither "never asks" nor "always asks".
    expect(rates.operations.attempted).toBeGreaterThanOrEqual(10);
    expect(rates.operations.rate).toBeGreaterThan(0);
    expect(rates.operations.rate).toBeLessThan(1);
    // Sales runs in assisted mode (the default): its writes were attempted and each waited for a person.
    expect(rates.sales.attempted).toBeGreaterThan(0);
    expect(rates.sales.counts.approved + rates.sales.counts.rejected).toBe(rates.sales.attempted);
  });

  it("fills the inbox's history with approved, rejected and expired items, and leaves none pending", async () => {
    const org = await northwind();
    const history = await db.approval.findMany({
      where: { organizationId: org.id, createdAt: { lt: new Date(now.getTime() - DAY_MS) } },
    });
    const statuses = new Set(history.map((item) => item.status));
    expect([...statuses].sort()).toEqual(["approved", "expired", "rejected"]);
    expect(history.filter((item) => item.status === "rejected").every((item) => item.decisionReason)).toBe(true);
    expect(history.every((item) => item.decidedAt && item.decidedAt < now)).toBe(true);
    const audited = await db.auditLog.count({
      where: { targetId: { in: history.map((item) => item.id) }, action: { startsWith: "approval." } },
    });
    expect(audited).toBe(history.length);
    expect(await db.agentActivity.count({ where: { organization: { slug: "harbor-lights" } } })).toBe(0);
  });

  it("is idempotent", async () => {
    const before = await counts();
    await seedDemo(db, now);
    expect(await counts()).toEqual(before);
    expect(before.tickets).toBeGreaterThan(2000);
    expect(before.activities).toBeGreaterThan(200);
  });

  it("leaves today to today: the assisted check of Riverside files its nine items fresh", async () => {
    const org = await northwind();
    // The first page of Activity shows no decision of the history that a journey could mistake for today's.
    const page = await db.agentActivity.findMany({
      where: { organizationId: org.id },
      orderBy: { createdAt: "desc" },
      take: 100,
      include: { approval: true },
    });
    expect(page.filter((row) => row.approval?.status === "rejected")).toEqual([]);
    // Nothing of the history is about what today's check files: the inbox's "Recently decided" and the
    // outbox stay unambiguous for the operations journey.
    const decided = await db.approval.findMany({
      where: { organizationId: org.id, status: { not: "pending" } },
      orderBy: { decidedAt: "desc" },
      take: 20,
    });
    const emails = await db.emailMessage.findMany({ where: { organizationId: org.id }, select: { subject: true } });
    for (const title of ["Food truck permits", "Volunteer shift schedule", "Artist hospitality list"]) {
      expect(
        decided
          .filter((item) => `${item.reason} ${JSON.stringify(item.arguments)}`.includes(title))
          .map((item) => [item.reason, item.arguments]),
      ).toEqual([]);
      expect(emails.filter((email) => email.subject.includes(title))).toEqual([]);
    }
    const riverside = await db.event.findFirstOrThrow({
      where: { organizationId: org.id, slug: "riverside-jazz-fest" },
    });
    const result = await runDailyOperations(
      db,
      { organizationId: org.id, userId: null, role: null, source: "schedule", runMode: "assisted" },
      riverside.id,
    );
    expect(result.skipped).toEqual([]);
    expect(result.actions).toHaveLength(9);
    expect(result.actions.every((action) => !action.updated && action.approvalId)).toBe(true);
  });
});
