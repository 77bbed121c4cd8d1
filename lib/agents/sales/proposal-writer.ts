import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import type { TextModel } from "@/lib/llm/text-model";
import { logger } from "@/lib/logger";
import { INDUSTRY_AFFINITY } from "./scoring";

/**
 * Everything a proposal may say: the text uses these facts and nothing else. `locale` is the
 * organization's: the date, the audience's size and the price are written in it (the words stay English).
 */
export type ProposalFacts = {
  locale: string;
  contactName: string | null;
  company: {
    name: string;
    industry: string;
    audiences: string[];
    description: string | null;
    pastSponsorships: { eventName: string; year: number; tier: string; eventIndustry: string }[];
  };
  event: {
    name: string;
    category: string;
    audiences: string[];
    capacity: number;
    venue: string;
    city: string;
    startsAt: Date;
    timezone: string;
  };
  pkg: { name: string; priceCents: number; currency: string; benefits: string[]; spots: number; spotsLeft: number };
};

export type WrittenProposal = { title: string; body: string; writtenBy: "model" | "template" };

/** A language model that answers a system prompt and a brief with plain text. */
export type ProposalModel = TextModel;

/** The seed's Sales agent tone, and the rules that keep a model to the facts. */
export const PROPOSAL_SYSTEM_PROMPT = `You write sponsorship proposals for event organizers.
Tone: Professional, consultative, data-driven. Not pushy.
Use only the facts in the brief: never invent numbers, names, results or benefits. Explain why the event fits the
company with concrete reasons (its industry, the audiences it wants to reach, its past sponsorships, the event's
audience and size). Present the package with its price and benefits. Mention the spots left as honest urgency,
never as pressure. End with the next step from the brief.
Write plain text: 5 to 7 short paragraphs separated by blank lines, starting with a greeting and ending with a
sign-off from the event team. No title, no markdown, no placeholders.`;

// The sentences are English, so their lists join with "and" whatever the organization's locale.
const list = (items: string[]) => new Intl.ListFormat("en-US", { style: "long", type: "conjunction" }).format(items);

/** Why the event suits the company, as sentences a person can check against the CRM. */
export function fitReasons({ company, event }: ProposalFacts): string[] {
  const wanted = new Set(event.audiences.map((audience) => audience.toLowerCase()));
  const shared = company.audiences.filter((audience) => wanted.has(audience.toLowerCase()));
  const sameKind = company.pastSponsorships.filter((past) => past.eventIndustry === event.category);
  const reasons = [
    shared.length > 0 && `${company.name} wants to reach ${list(shared)}, and they are the people in the room.`,
    sameKind.length > 0 &&
      `You have sponsored ${event.category} events before (${list(sameKind.map((past) => `${past.eventName} in ${past.year}`))}), so this audience will feel familiar.`,
    (INDUSTRY_AFFINITY[event.category] ?? []).includes(company.industry.toLowerCase()) &&
      `${company.industry} brands are a natural fit for ${event.category} events: attendees come to discover tools and services like yours.`,
  ].filter((reason): reason is string => typeof reason === "string");
  return reasons.length > 0
    ? reasons
    : [`It puts ${company.name} in front of a focused ${event.category} audience that is hard to reach elsewhere.`];
}

function spotsSentence({ pkg }: ProposalFacts) {
  if (pkg.spotsLeft === 1) return `Only one ${pkg.name} spot is still open; packages are confirmed in signing order.`;
  if (pkg.spotsLeft < pkg.spots) return `${pkg.spotsLeft} of ${pkg.spots} ${pkg.name} spots are still open.`;
  return `The event offers ${pkg.spots} ${pkg.name} spots.`;
}

function eventLine({ event, locale }: ProposalFacts) {
  return `${event.name} (${formatDate(event.startsAt, event.timezone, locale)}, ${event.venue}, ${event.city})`;
}

function audienceLine({ event, locale }: ProposalFacts) {
  const who = event.audiences.length > 0 ? list(event.audiences) : `${event.category} attendees`;
  return `${formatNumber(event.capacity, locale)} attendees, mostly ${who}`;
}

function priceLine({ pkg, locale }: ProposalFacts) {
  return formatMoney(pkg.priceCents, pkg.currency, { locale });
}

const NEXT_STEP =
  "The next step is a 30-minute call to walk through the package and shape the benefits around your goals. Reply to the email that brought you this proposal and we will send times that suit you.";

export function proposalTitle(facts: ProposalFacts) {
  return `${facts.pkg.name} sponsorship of ${facts.event.name} for ${facts.company.name}`;
}

/** The deterministic proposal: the same facts as the model's brief, in a fixed letter. */
export function templateProposal(facts: ProposalFacts): string {
  const { company, event, pkg } = facts;
  return [
    facts.contactName ? `Dear ${facts.contactName},` : `Hello ${company.name} team,`,
    `We would like to invite ${company.name} to sponsor ${eventLine(facts)}. We expect ${audienceLine(facts)}.`,
    `Why we think it fits ${company.name}: ${fitReasons(facts).join(" ")}`,
    `We propose the ${pkg.name} package at ${priceLine(facts)}.${pkg.benefits.length > 0 ? ` It includes ${list(pkg.benefits)}.` : ""}`,
    spotsSentence(facts),
    NEXT_STEP,
    `Kind regards,\nThe ${event.name} team`,
  ].join("\n\n");
}

/** The facts as the model's brief. */
export function proposalBrief(facts: ProposalFacts): string {
  const { company, event, pkg } = facts;
  const past = company.pastSponsorships.map(
    (item) => `${item.eventName} (${item.year}, ${item.tier} tier, a ${item.eventIndustry} event)`,
  );
  return [
    `Recipient: ${facts.contactName ?? `the ${company.name} team`} at ${company.name}.`,
    `Company: ${company.name}, ${company.industry}.${company.description ? ` ${company.description}` : ""}`,
    `Audiences the company wants to reach: ${company.audiences.length > 0 ? list(company.audiences) : "not recorded"}.`,
    `Past sponsorships: ${past.length > 0 ? past.join("; ") : "none recorded"}.`,
    `Event: ${eventLine(facts)}, a ${event.category} event with ${audienceLine(facts)}.`,
    `Why it fits: ${fitReasons(facts).join(" ")}`,
    `Package: ${pkg.name} at ${priceLine(facts)}. Benefits: ${pkg.benefits.length > 0 ? pkg.benefits.join("; ") : "to be agreed"}.`,
    `Spots: ${spotsSentence(facts)}`,
    `Close with this next step: ${NEXT_STEP}`,
  ].join("\n");
}

/** The model's proposal when a model is configured and answers; otherwise the template's. */
export async function writeProposal(facts: ProposalFacts, model: ProposalModel | null): Promise<WrittenProposal> {
  const title = proposalTitle(facts);
  if (model) {
    try {
      const body = (await model(PROPOSAL_SYSTEM_PROMPT, proposalBrief(facts))).trim().replace(/\n{3,}/g, "\n\n");
      if (body) return { title, body, writtenBy: "model" };
      logger.warn("the model wrote an empty proposal; using the template");
    } catch (error) {
      logger.warn("the model could not write the proposal; using the template", {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { title, body: templateProposal(facts), writtenBy: "template" };
}
