/**
 * The demo's past three weeks, produced by the agents themselves: each simulated day runs the
 * Operations daily check and the Sales agent's research through the gate at that day's time (the
 * gate's server-only clock, RunOptions), and simulated people decide the inbox items it filed through
 * decideApproval (approve most, reject some with a reason, let a few expire). Every activity, inbox
 * item, audit row and outbox email of the history is a real output of those calls; nothing is written
 * by hand.
 *
 * Deterministic and idempotent: the days are anchored to the day the demo was first seeded (read back
 * from Riverside Jazz Fest's date, not from today's clock), every call carries a key derived from its
 * day, and a completed history is not run again.
 *
 * Today's inbox is left to today: nothing of the history stays pending, and Riverside's history ends
 * ten days before the seed day, before any deliverable today's check reports was within a week of its
 * due date (whatever the hour of seeding), so today's check files its findings fresh (the operations
 * journey decides them) and no reminder sent in the history makes today's check skip one.
 */
import { type Decision, decideApproval, expireOverdueApprovals } from "@/lib/agents/core/approvals";
import { type Caller, type RunOptions, runTool } from "@/lib/agents/core/gate";
import { runDailyOperations } from "@/lib/agents/operations/daily-check";
import { findTool } from "@/lib/agents/registry";
import { analyzeEngagementTool } from "@/lib/agents/sales/tools/analyze-engagement";
import { qualifyLead } from "@/lib/agents/sales/tools/qualify-lead";
import { searchSponsors } from "@/lib/agents/sales/tools/search-sponsors";
import { sendEmail } from "@/lib/agents/sales/tools/send-email";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { emailProvider } from "@/lib/email/providers";
import { logger } from "@/lib/logger";
import { DEMO_USERS } from "./demo-users";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How far back the history goes. */
export const HISTORY_DAYS = 21;
/** Riverside's last simulated check, in days before the seed day (see the file's comment). */
export const RIVERSIDE_LAST_DAY = 10;
/** Items filed this many days or more before the seed day may be rejected (older than a page of activity). */
const REJECT_FROM_DAY = 15;

type Person = { id: string; role: Role };

export type HistoryResult = { days: number; skipped?: string };

function dayKey(day: Date) {
  return day.toISOString().slice(0, 10);
}

/** A clock that starts at `start` and moves one second per reading, so the rows of a day keep their order. */
function clockFrom(start: Date): NonNullable<RunOptions["clock"]> {
  let at = start.getTime();
  return () => {
    at += 1000;
    return new Date(at);
  };
}

/**
 * Runs the history for Northwind Events. Skipped (with the reason) when emails would leave the machine
 * (a real provider is configured: the history's emails only go to the local outbox) or when it is
 * already complete.
 */
export async function seedHistory(db: Db): Promise<HistoryResult> {
  if (emailProvider().name !== "local-outbox") {
    return { days: 0, skipped: "an email provider is configured; the history only writes to the local outbox" };
  }
  const org = await db.organization.findUnique({ where: { slug: "northwind-events" } });
  const riverside = org
    ? await db.event.findFirst({ where: { organizationId: org.id, slug: "riverside-jazz-fest" } })
    : null;
  const devconf = org ? await db.event.findFirst({ where: { organizationId: org.id, slug: "devconf-lisbon" } }) : null;
  if (!org || !riverside || !devconf) return { days: 0, skipped: "the demo organization is missing" };
  const seedDay = demoSeedDay(riverside);
  const dayOf = (daysAgo: number) => new Date(seedDay.getTime() - daysAgo * DAY_MS);
  const doneKey = `history:${dayKey(dayOf(1))}:operations:${devconf.slug}:summary`;
  if (await db.agentActivity.findUnique({ where: { idempotencyKey: doneKey } })) {
    return { days: 0, skipped: "already seeded" };
  }
  // Replaying past days next to real work would refresh today's open items with old findings: the
  // history only goes into a demo whose agents have not acted since it was seeded.
  if (await db.agentActivity.findFirst({ where: { organizationId: org.id, createdAt: { gte: seedDay } } })) {
    return { days: 0, skipped: "the agents have already acted in this demo; the history only goes into a fresh one" };
  }

  // Maya (owner) and Jonas (admin) decide, taking turns.
  const people: Person[] = (
    await db.membership.findMany({
      where: { organizationId: org.id, user: { email: { in: [DEMO_USERS.owner.email, DEMO_USERS.admin.email] } } },
      select: { userId: true, role: true },
      orderBy: { role: "asc" },
    })
  ).map((member) => ({ id: member.userId, role: member.role }));
  if (people.length === 0) return { days: 0, skipped: "the demo people are missing" };

  const deliverables = await db.deliverable.findMany({
    where: { eventId: riverside.id, status: "done", completedAt: { gt: dayOf(HISTORY_DAYS) } },
  });
  const deals = await db.sponsorDeal.findMany({
    where: { eventId: riverside.id, organizationId: org.id, contact: { unsubscribedAt: null, suppressedAt: null } },
    include: { company: { select: { name: true } } },
    orderBy: { company: { name: "asc" } },
  });
  const contacted = deals.filter((deal) => deal.stage === "contacted");

  const system = (key: string): Caller => ({
    organizationId: org.id,
    userId: null,
    role: null,
    source: "schedule",
    idempotencyKey: key,
  });

  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
    const day = dayOf(daysAgo);
    const key = `history:${dayKey(day)}`;
    if (await db.agentActivity.findUnique({ where: { idempotencyKey: `${key}:operations:${devconf.slug}:summary` } })) {
      continue;
    }
    // The morning round (14:00 UTC: the Chicago team's morning, Lisbon's afternoon).
    const clock = clockFrom(new Date(day.getTime() + 14 * HOUR_MS));
    await expireOverdueApprovals(db, { organizationId: org.id, now: clock() });

    if (daysAgo >= RIVERSIDE_LAST_DAY) {
      // The world as it was that day: a deliverable finished later was still open.
      for (const item of deliverables) {
        const open = item.completedAt !== null && item.completedAt > day;
        await db.deliverable.update({ where: { id: item.id }, data: { status: open ? "pending" : "done" } });
      }
      const checkKey = `${key}:operations:${riverside.slug}`;
      // A re-run after an interruption: that day's check is done already.
      if (!(await db.agentActivity.findUnique({ where: { idempotencyKey: `${checkKey}:summary` } }))) {
        await runDailyOperations(db, system(checkKey), riverside.id, { clock });
      }
    }
    await runSalesResearch(db, system(`${key}:sales`), { daysAgo, riverside, devconf, deals, contacted }, clock);
    // DevConf's check last: its summary marks the day as done.
    await runDailyOperations(db, system(`${key}:operations:${devconf.slug}`), devconf.id, { clock });

    // The afternoon: people go through the inbox.
    const afternoon = clockFrom(new Date(day.getTime() + 16 * HOUR_MS));
    await decideInbox(
      db,
      { organizationId: org.id, seedDay, daysAgo, people, turnedDownDeal: contacted[1]?.id },
      afternoon,
    );
  }
  // Deliverables back as they are today.
  for (const item of deliverables) {
    await db.deliverable.update({ where: { id: item.id }, data: { status: item.status } });
  }
  const leftOpen = await db.approval.count({
    where: { organizationId: org.id, status: "pending", createdAt: { lt: seedDay } },
  });
  if (leftOpen > 0) logger.warn("demo history left inbox items open", { leftOpen });
  return { days: HISTORY_DAYS };
}

/**
 * The day the demo was first seeded, read back from Riverside Jazz Fest's date (the seed puts it 20 days
 * and 22 hours after that day), so the past the seed replays stays where it was on a later re-run.
 */
export function demoSeedDay(riverside: { startsAt: Date }) {
  return new Date(Math.floor(riverside.startsAt.getTime() / DAY_MS) * DAY_MS - 20 * DAY_MS);
}

/** One line for the seed's console output. */
export function describeHistory(result: HistoryResult) {
  return result.skipped
    ? `Agent history not added: ${result.skipped}.`
    : `Agent history: ${result.days} past days replayed through the agents' tools.`;
}

type SalesContext = {
  daysAgo: number;
  riverside: { id: string };
  devconf: { id: string };
  deals: { id: string; companyId: string; stage: string }[];
  contacted: { id: string; company: { name: string } }[];
};

/**
 * The Sales agent's routine: a weekly prospect search per event, lead scores and engagement reads on
 * the open Riverside deals, and follow-up emails that a person approves or turns down.
 */
async function runSalesResearch(
  db: Db,
  caller: Caller,
  context: SalesContext,
  clock: NonNullable<RunOptions["clock"]>,
) {
  const { daysAgo, riverside, devconf, deals, contacted } = context;
  const step = (name: string): Caller => ({ ...caller, idempotencyKey: `${caller.idempotencyKey}:${name}` });
  const run = <Input, Output>(name: string, tool: Parameters<typeof runTool<Input, Output>>[2], input: Input) =>
    runTool(db, step(name), tool, input, { clock });
  if (daysAgo % 7 === 0) {
    await run("search-riverside", searchSponsors, { eventId: riverside.id, limit: 20 });
    await run("search-devconf", searchSponsors, { eventId: devconf.id, limit: 20 });
  }
  if (daysAgo % 7 === 1) {
    // A won or lost deal is no longer a lead.
    const open = deals.filter((deal) => deal.stage !== "won" && deal.stage !== "lost");
    for (const deal of open)
      await run(`qualify:${deal.id}`, qualifyLead, { eventId: riverside.id, companyId: deal.companyId });
  }
  if (daysAgo % 7 === 3) {
    for (const deal of deals)
      await run(`engagement:${deal.id}`, analyzeEngagementTool, { eventId: riverside.id, dealId: deal.id });
  }
  // Follow-ups on the contacted deals: two rounds, the first one early in the history.
  if (daysAgo === 18 || daysAgo === 4) {
    for (const deal of contacted) {
      await run(`follow-up:${deal.id}`, sendEmail, {
        eventId: riverside.id,
        dealId: deal.id,
        purpose: "follow_up",
        key: `history-${daysAgo}`,
        subject: `Riverside Jazz Fest: a sponsorship for ${deal.company.name}?`,
        text: [
          "Hello,",
          "",
          "Following up on my note about Riverside Jazz Fest: 4,000 music fans and families over three days",
          "in Riverside Park. Would a short call next week help to see which package fits?",
          "",
          "Best,",
          "Maya",
        ].join("\n"),
      });
    }
  }
}

/**
 * The simulated people's afternoon: overdue items expire first, then each open item of the history
 * gets the decision `decisionFor` gives it, by Maya and Jonas in turn.
 */
async function decideInbox(
  db: Db,
  round: { organizationId: string; seedDay: Date; daysAgo: number; people: Person[]; turnedDownDeal?: string },
  clock: NonNullable<RunOptions["clock"]>,
) {
  const { organizationId, seedDay, daysAgo, people } = round;
  await expireOverdueApprovals(db, { organizationId, now: clock() });
  const pending = await db.approval.findMany({
    where: { organizationId, status: "pending", createdAt: { lt: seedDay } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const [index, item] of pending.entries()) {
    // The day it was filed, in whole days before the seed day (filed during day -21 is 21).
    const filedDaysAgo = Math.ceil((seedDay.getTime() - item.createdAt.getTime()) / DAY_MS);
    const decision = decisionFor(
      { action: item.action, subjectKey: item.subjectKey, arguments: item.arguments, filedDaysAgo },
      daysAgo,
      round.turnedDownDeal,
    );
    if (decision === "wait") continue;
    const person = people[(daysAgo + index) % people.length] as Person;
    const caller = { organizationId, userId: person.id, role: person.role, source: "ui" as const };
    await decideApproval(db, caller, item.id, decision, findTool, { clock });
  }
}

type HistoryItem = { action: string; subjectKey: string | null; arguments: unknown; filedDaysAgo: number };

/**
 * What the team does with an open item of the history, on the day `daysAgo`. Escalations are looked
 * into for two days, then acknowledged (approved); other writes are decided the day they arrive. In the
 * first week (items filed REJECT_FROM_DAY days ago or earlier, which keeps them below a page of newer
 * activity) the first budget escalation is turned down, one of the first follow-up emails is turned
 * down, and the first vendor-cancellation escalation is left unanswered until it expires (the check
 * keeps it up to date meanwhile instead of filing another). On the last
 * day everything still open is decided, so the history leaves nothing pending.
 */
export function decisionFor(item: HistoryItem, daysAgo: number, turnedDownDeal?: string): "wait" | Decision {
  const early = item.filedDaysAgo >= REJECT_FROM_DAY;
  const lastDay = daysAgo <= 1;
  const first = item.filedDaysAgo === HISTORY_DAYS;
  if (first && item.action === "escalate_issue" && item.subjectKey?.startsWith("budget-overrun:")) {
    return {
      decision: "reject",
      reason: "Already with the board: the overrun is the security upgrade we approved on Monday.",
    };
  }
  if (early && item.action === "send_email") {
    const dealId = (item.arguments as { dealId?: unknown } | null)?.dealId;
    if (dealId === turnedDownDeal) {
      return { decision: "reject", reason: "Too soon after our last email; let them come back to us first." };
    }
  }
  if (lastDay) return { decision: "approve" };
  if (first && item.subjectKey?.startsWith("vendor-cancelled:")) return "wait";
  if (item.action === "escalate_issue" && item.filedDaysAgo - daysAgo < 2) return "wait";
  return { decision: "approve" };
}
