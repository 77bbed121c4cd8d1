import { activitiesForAutonomy, autonomyOf } from "@/lib/agents/stats";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { AgentMode, Prisma } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { formatDate, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/locales";
import { isAtLeastAsStrict, resolveMode } from "../core/modes";
import type { OutreachFacts } from "./outreach-copy";

/**
 * The run mode the reply handler uses for a reply: the mode of the campaign the reply belongs to (the
 * deal's latest campaign started before the reply arrived), so an assisted campaign stays assisted and
 * a stricter mode chosen at campaign start is kept. The mode configured now still wins when it has
 * become stricter since (the gate never runs looser than configured). Undefined for a deal in no
 * campaign: the configured mode applies.
 */
export async function replyRunMode(
  db: DbOrTx,
  organizationId: string,
  reply: { dealId: string; receivedAt: Date },
): Promise<AgentMode | undefined> {
  const prospect = await db.campaignProspect.findFirst({
    where: {
      dealId: reply.dealId,
      deal: { organizationId },
      campaign: { createdAt: { lte: reply.receivedAt } },
    },
    orderBy: { campaign: { createdAt: "desc" } },
    select: { campaign: { select: { mode: true, eventId: true } } },
  });
  if (!prospect) return undefined;
  const { mode, eventId } = prospect.campaign;
  const configured = await resolveMode(db, organizationId, "sales", eventId);
  return isAtLeastAsStrict(mode, configured) ? mode : configured;
}

/** Where a prospect's sequence stands (CampaignProspect.status). */
export type ProspectStatus =
  | "selected"
  | "emailed"
  | "followed_up_1"
  | "followed_up_2"
  | "replied"
  | "meeting"
  | "stopped"
  | "needs_person";

export function createCampaign(db: DbOrTx, data: { eventId: string; requestedById: string | null; mode: AgentMode }) {
  return db.outreachCampaign.create({ data: { ...data, status: "running" } });
}

export function setCampaign(db: DbOrTx, campaignId: string, data: Prisma.OutreachCampaignUpdateInput) {
  return db.outreachCampaign.update({ where: { id: campaignId }, data });
}

export function setProspect(
  db: DbOrTx,
  campaignId: string,
  dealId: string,
  data: { status: ProspectStatus; stoppedReason?: string; lastEmailAt?: Date },
) {
  return db.campaignProspect.update({ where: { campaignId_dealId: { campaignId, dealId } }, data });
}

/** The campaign's prospects (or the one of `dealId`) with what the emails need. */
export async function campaignProspects(db: DbOrTx, campaignId: string, dealId?: string) {
  return db.campaignProspect.findMany({
    where: { campaignId, dealId },
    orderBy: { score: "desc" },
    include: {
      deal: {
        include: {
          company: { select: { name: true } },
          contact: true,
          // The organization's locale: the campaign's emails write the event's date and size in it.
          event: { include: { organization: { select: { locale: true } } } },
          proposals: { orderBy: { createdAt: "desc" }, take: 1, include: { package: true } },
          meetings: { select: { status: true } },
          replies: { select: { classification: true, receivedAt: true } },
        },
      },
    },
  });
}

type ProspectRow = Awaited<ReturnType<typeof campaignProspects>>[number];

/**
 * Why the automatic sequence must stop for this prospect, or null to go on: a reply since the campaign
 * started (other than an out-of-office), a meeting, or a contact we may no longer email.
 */
export function stopReason(
  prospect: ProspectRow,
  campaignStartedAt: Date,
): { status: ProspectStatus; reason: string } | null {
  const { deal } = prospect;
  if (!deal.contact || deal.contact.unsubscribedAt || deal.contact.suppressedAt) {
    return { status: "stopped", reason: "The contact unsubscribed or cannot be emailed" };
  }
  if (deal.meetings.some((meeting) => meeting.status === "booked"))
    return { status: "meeting", reason: "Meeting booked" };
  const replies = deal.replies.filter(
    (reply) => reply.receivedAt >= campaignStartedAt && reply.classification !== "out_of_office",
  );
  if (replies.length > 0)
    return { status: "replied", reason: `Replied (${replies.at(-1)?.classification.replace("_", " ")})` };
  if (deal.stage === "won" || deal.stage === "lost") return { status: "stopped", reason: `The deal is ${deal.stage}` };
  return null;
}

export function outreachFacts(prospect: ProspectRow, proposalUrl: string, spotsLeft: number): OutreachFacts {
  const { deal } = prospect;
  const locale = toLocale(deal.event.organization.locale);
  return {
    contactName: deal.contact?.name ?? "there",
    company: deal.company.name,
    event: {
      name: deal.event.name,
      city: deal.event.city,
      startsOn: formatDate(deal.event.startsAt, deal.event.timezone, locale),
      capacity: formatNumber(deal.event.capacity, locale),
      audiences: deal.event.audiences,
    },
    packageName: deal.proposals[0]?.package.name ?? "sponsorship",
    proposalUrl,
    spotsLeft,
  };
}

/** The seed's report: prospects found, proposals sent, response rate, meetings, what needs a person. */
export async function campaignReport(db: Db, campaignId: string, found: number) {
  const prospects = await campaignProspects(db, campaignId);
  const campaign = await db.outreachCampaign.findUniqueOrThrow({ where: { id: campaignId } });
  const emailed = prospects.filter((prospect) => prospect.lastEmailAt !== null);
  const replied = emailed.filter((prospect) =>
    prospect.deal.replies.some(
      (reply) => reply.receivedAt >= campaign.createdAt && reply.classification !== "out_of_office",
    ),
  );
  const pending = await db.approval.findMany({
    where: {
      status: "pending",
      eventId: campaign.eventId,
      agentId: "sales",
      createdAt: { gte: campaign.createdAt },
    },
    select: { reason: true },
  });
  return {
    prospectsFound: found,
    qualified: prospects.length,
    proposalsSent: prospects.filter((prospect) => prospect.deal.proposals.length > 0 && prospect.lastEmailAt).length,
    emailed: emailed.length,
    responseRate: emailed.length === 0 ? 0 : Math.round((100 * replied.length) / emailed.length) / 100,
    meetingsScheduled: prospects.filter((prospect) => prospect.deal.meetings.length > 0).length,
    needsAttention: [
      ...prospects
        .filter((prospect) => prospect.status === "needs_person")
        .map((prospect) => `${prospect.deal.company.name}: ${prospect.stoppedReason ?? "needs a person"}`),
      ...pending.map((approval) => approval.reason),
    ],
  };
}

export async function finishCampaign(db: Db, campaignId: string, status: string, report: unknown) {
  await setCampaign(db, campaignId, { status, report: toJson(report) });
  return report;
}

/** The latest campaign of an event in plain words, for the chat. Null when the event has none. */
export async function describeLatestCampaign(db: DbOrTx, organizationId: string, eventId: string) {
  const campaign = await db.outreachCampaign.findFirst({
    where: { eventId, event: { organizationId } },
    orderBy: { createdAt: "desc" },
    include: { event: { select: { name: true } }, prospects: { select: { status: true } } },
  });
  if (!campaign) return null;
  const report = (campaign.report ?? {}) as Partial<Awaited<ReturnType<typeof campaignReport>>> & { note?: string };
  const lines = [
    `Sponsor outreach for ${campaign.event.name}: ${campaign.status.replaceAll("_", " ")} (${campaign.mode.replace("_", " ")}).`,
    report.prospectsFound !== undefined &&
      `Prospects found ${report.prospectsFound}, qualified ${report.qualified ?? campaign.prospects.length}, proposals sent ${report.proposalsSent ?? 0}, response rate ${Math.round((report.responseRate ?? 0) * 100)}%, meetings ${report.meetingsScheduled ?? 0}.`,
    report.prospectsFound === undefined &&
      campaign.prospects.length > 0 &&
      `${campaign.prospects.length} prospects so far: ${campaign.prospects.map((prospect) => prospect.status.replaceAll("_", " ")).join(", ")}.`,
    report.note,
    ...(report.needsAttention ?? []).map((item) => `Needs a person: ${item}`),
    `Details: /sponsors/campaigns/${campaign.id}`,
  ];
  return lines.filter(Boolean).join("\n");
}

/**
 * How autonomous a campaign's run was, by the one definition of the Agents page (lib/agents/stats.ts):
 * its write actions done without a person ÷ its write actions attempted. Null before the run has acted.
 */
export async function campaignAutonomy(db: DbOrTx, organizationId: string, runId: string | null) {
  if (!runId) return null;
  const autonomy = autonomyOf(await activitiesForAutonomy(db, { organizationId, runId }));
  return autonomy.rate === null ? null : autonomy;
}

export type TimelineEntry = { at: Date; text: string };

/** What happened with one prospect, oldest first: emails, opens, proposal views, replies, meetings, notes. */
export function prospectTimeline(deal: {
  emails: { subject: string; createdAt: Date; firstOpenedAt: Date | null; firstClickedAt: Date | null }[];
  proposals: { firstViewedAt: Date | null; viewCount: number }[];
  replies: { classification: string; receivedAt: Date }[];
  meetings: { status: string; createdAt: Date; bookedAt: Date | null; startsAt: Date | null }[];
}): TimelineEntry[] {
  const entries: (TimelineEntry | null)[] = [
    ...deal.emails.flatMap((email) => [
      { at: email.createdAt, text: `Email sent: ${email.subject}` },
      email.firstOpenedAt && { at: email.firstOpenedAt, text: "Email opened" },
      email.firstClickedAt && { at: email.firstClickedAt, text: "Link clicked" },
    ]),
    ...deal.proposals.map(
      (proposal) =>
        proposal.firstViewedAt && { at: proposal.firstViewedAt, text: `Proposal viewed (${proposal.viewCount}x)` },
    ),
    ...deal.replies.map((reply) => ({
      at: reply.receivedAt,
      text: `Replied: ${reply.classification.replaceAll("_", " ")}`,
    })),
    ...deal.meetings.flatMap((meeting) => [
      { at: meeting.createdAt, text: "Meeting offered" },
      meeting.bookedAt && { at: meeting.bookedAt, text: "Meeting booked" },
    ]),
  ];
  return entries
    .filter((entry): entry is TimelineEntry => Boolean(entry))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
