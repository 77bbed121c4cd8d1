/**
 * The Sales agent's results in words: scores and their reasons, who was written to and what was
 * changed, with a link to the sponsor board, the deal, the campaign or the outbox.
 */
import type { AnswerContext, ChatLink, ToolAnswer } from "@/lib/copilot/answer";
import { count, withList } from "@/lib/copilot/words";
import { requireEvent } from "../event";
import { SLOT_MINUTES } from "./booking";
import { stageLabel } from "./pipeline";
import { isQualified, QUALIFIED_SCORE } from "./rules";
import { FACTOR_MAX } from "./scoring";
import type { analyzeEngagementTool } from "./tools/analyze-engagement";
import type { generateProposal } from "./tools/generate-proposal";
import type { qualifyLead } from "./tools/qualify-lead";
import type { scheduleMeeting } from "./tools/schedule-meeting";
import type { searchLinkedin } from "./tools/search-linkedin";
import type { searchSponsors } from "./tools/search-sponsors";
import type { sendEmail } from "./tools/send-email";
import type { startOutreach } from "./tools/start-outreach";
import type { updateCrm } from "./tools/update-crm";

const OUTBOX: ChatLink = { href: "/outbox", label: "Open the outbox" };

function sponsorBoard(event: { id: string; name: string }): ChatLink {
  return { href: `/sponsors?event=${event.id}`, label: `Sponsors of ${event.name}` };
}

/** The deal's card on its event's board. */
function dealCard(eventId: string, dealId: string, company: string): ChatLink {
  return { href: `/sponsors?event=${eventId}#deal-${dealId}`, label: `${company} on the sponsor board` };
}

/** The company a deal of this organization is with. */
async function dealCompany(context: AnswerContext, dealId: string) {
  const deal = await context.db.sponsorDeal.findFirstOrThrow({
    where: { id: dealId, organizationId: context.organizationId },
    select: { company: { select: { name: true } } },
  });
  return deal.company.name;
}

const sponsorsAnswer: ToolAnswer<typeof searchSponsors> = async (context, { eventId }, output) => {
  const { format } = context;
  const event = await requireEvent(context, eventId);
  const { prospects, considered } = output;
  if (prospects.length === 0) {
    return {
      summary: `There is no sponsor company in the CRM to rank for ${event.name}. Import companies and contacts first.`,
      link: { href: "/sponsors/import", label: "Import sponsors" },
    };
  }
  const qualified = prospects.filter((prospect) => isQualified(prospect.score)).length;
  const ranked =
    prospects.length === considered
      ? `${count(format, considered, "company", "companies")} ranked`
      : `The top ${format.number(prospects.length)} of ${count(format, considered, "company", "companies")}`;
  const head = `${ranked} for ${event.name}; ${format.number(qualified)} qualified (score ${QUALIFIED_SCORE}+):`;
  const lines = prospects.map(
    (prospect) =>
      `${prospect.name} (${prospect.industry}): ${prospect.score}${prospect.bestPackage ? `, ${prospect.bestPackage} package` : ""}`,
  );
  return { summary: withList(format, head, lines), link: sponsorBoard(event) };
};

const qualifyAnswer: ToolAnswer<typeof qualifyLead> = async (context, { eventId }, lead) => {
  const event = await requireEvent(context, eventId);
  const verdict = lead.qualified ? "qualified" : "not qualified";
  const factors = (Object.keys(FACTOR_MAX) as (keyof typeof FACTOR_MAX)[])
    .map((factor) => `${factor} ${lead.factors[factor]}/${FACTOR_MAX[factor]}`)
    .join(", ");
  const best = lead.bestPackage ? ` Package to propose: ${lead.bestPackage}.` : " No package fits its usual budget.";
  const head = `${lead.name} scores ${lead.score} of 100 for ${event.name} (${factors}): ${verdict}, ${QUALIFIED_SCORE}+ qualifies.${best}`;
  return {
    summary: lead.reasons.length > 0 ? withList(context.format, `${head} Why:`, lead.reasons) : head,
    link: sponsorBoard(event),
  };
};

const linkedinAnswer: ToolAnswer<typeof searchLinkedin> = async ({ format }, _input, output) => {
  const link: ChatLink = { href: "/sponsors", label: "Sponsor board" };
  const people = output.decisionMakers;
  if (people.length === 0) {
    return { summary: `No decision makers found at ${output.company} (source: ${output.source}).`, link };
  }
  const lines = people.map(
    (person) =>
      `${person.name}, ${person.title}, ${person.email}${person.mayEmail ? "" : " (no email: unsubscribed or suppressed)"}`,
  );
  const head = `${count(format, people.length, "decision maker")} at ${output.company} (source: ${output.source}):`;
  return { summary: withList(format, head, lines), link };
};

const engagementAnswer: ToolAnswer<typeof analyzeEngagementTool> = async (context, { eventId }, output) => {
  const event = await requireEvent(context, eventId);
  const { points } = output;
  const breakdown = `opens ${points.opens}, clicks ${points.clicks}, proposal views ${points.proposalViews}, replies ${points.replies}, meeting ${points.meeting}`;
  return {
    summary: `${output.company} (${stageLabel(output.stage)}) for ${event.name}: engagement ${output.score} of 100 (${breakdown} points). Next: ${output.nextAction}`,
    link: dealCard(eventId, output.dealId, output.company),
  };
};

const proposalAnswer: ToolAnswer<typeof generateProposal> = async (context, { eventId, dealId }, output) => {
  const event = await requireEvent(context, eventId);
  const proposal = await context.db.proposal.findFirstOrThrow({
    where: { id: output.proposalId, dealId },
    select: { package: { select: { name: true, priceCents: true, currency: true } } },
  });
  const company = await dealCompany(context, dealId);
  const price = context.format.money(proposal.package.priceCents, proposal.package.currency);
  const author = output.writtenBy === "model" ? "written by the model" : "from the template";
  return {
    summary: `Proposal of the ${proposal.package.name} package (${price}) to ${company} for ${event.name}, ${author}: ${output.url}`,
    link: { href: output.url, label: "Open the proposal" },
  };
};

const emailAnswer: ToolAnswer<typeof sendEmail> = async (context, input, output) => {
  const company = await dealCompany(context, input.dealId);
  const purpose = input.purpose === "follow_up" ? "follow-up" : "outreach";
  return {
    summary: `Emailed ${output.to} at ${company} (${purpose}): "${input.subject}". Opens and clicks are tracked.`,
    link: OUTBOX,
  };
};

const meetingAnswer: ToolAnswer<typeof scheduleMeeting> = async (context, { eventId, dealId }, output) => {
  const event = await requireEvent(context, eventId);
  const company = await dealCompany(context, dealId);
  const link = dealCard(eventId, dealId, company);
  if (output.url === null) {
    const meeting = await context.db.meeting.findFirstOrThrow({ where: { id: output.meetingId, dealId } });
    const when = meeting.startsAt ? ` on ${context.format.dateTime(meeting.startsAt, event.timezone)}` : "";
    return {
      summary: `${output.to} of ${company} already has a call booked with ${output.hostEmail}${when}; nothing new was sent.`,
      link,
    };
  }
  const summary = output.sent
    ? `Offered ${output.to} of ${company} a ${SLOT_MINUTES}-minute call with ${output.hostEmail} about ${event.name}; they pick a time at ${output.url}`
    : `A call with ${output.hostEmail} is already offered to ${output.to} of ${company}; nothing new was sent. Booking page: ${output.url}`;
  return { summary, link };
};

const crmAnswer: ToolAnswer<typeof updateCrm> = async (context, input, output) => {
  const { format } = context;
  const event = await requireEvent(context, input.eventId);
  const deal = await context.db.sponsorDeal.findFirstOrThrow({
    where: { id: output.dealId, organizationId: context.organizationId },
    select: { package: { select: { name: true, currency: true } } },
  });
  const when = input.nextActionAt ? ` (${format.dateTime(new Date(input.nextActionAt), event.timezone)})` : "";
  const changes = [
    `stage ${stageLabel(output.stage)}`,
    deal.package && `package ${deal.package.name}`,
    output.valueCents !== null && `value ${format.money(output.valueCents, deal.package?.currency ?? event.currency)}`,
    input.nextAction && `next: ${input.nextAction}${when}`,
    input.note && "note added",
  ].filter((change) => typeof change === "string");
  return {
    summary: `${output.created ? "Added" : "Updated"} the deal with ${output.company} for ${event.name}: ${changes.join(", ")}.`,
    link: dealCard(input.eventId, output.dealId, output.company),
  };
};

const outreachAnswer: ToolAnswer<typeof startOutreach> = async (context, input, output) => {
  const { format } = context;
  const event = await requireEvent(context, input.eventId);
  const added = new Set(output.deals.map((deal) => deal.companyId));
  const lines = input.prospects
    .filter((prospect) => added.has(prospect.companyId))
    .map((prospect) => `${prospect.name} (score ${prospect.score})`);
  const missing = input.prospects.length - lines.length;
  const head = `${count(format, lines.length, "prospect")} in the pipeline of ${event.name} for the campaign${missing > 0 ? ` (${format.number(missing)} no longer in the CRM)` : ""}; it sends their proposals and emails next:`;
  return {
    summary: withList(format, head, lines),
    link: { href: `/sponsors/campaigns/${output.campaignId}`, label: "Open the campaign" },
  };
};

/** Tool name → its answer: every read tool, and the writes whose result a person reads. */
export const SALES_ANSWERS = {
  search_sponsors: sponsorsAnswer,
  qualify_lead: qualifyAnswer,
  search_linkedin: linkedinAnswer,
  analyze_engagement: engagementAnswer,
  generate_proposal: proposalAnswer,
  send_email: emailAnswer,
  schedule_meeting: meetingAnswer,
  update_crm: crmAnswer,
  start_outreach: outreachAnswer,
};
