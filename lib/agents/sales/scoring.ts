import type { DealStage, Seniority } from "@/lib/db/generated/enums";
import { toUsdCents } from "./rules";

/**
 * Lead scoring and sponsor matching (the seed's LeadScoringModel and SponsorMatchingEngine): a score of
 * 0-100 from four factors, each with the reasons a person can check.
 *
 *   fit         0-40  the industry sponsors this kind of event, the audiences overlap, past sponsorships
 *                     of the same kind of event
 *   budget      0-25  a package of the event fits the company's usual sponsorship budget
 *   engagement  0-15  what the company did with this organization before (won, talked, went quiet)
 *   conversion  0-20  a reachable decision maker, how often it sponsors, the same country
 *
 * A company the organization has never talked to can reach 85, so "80+" means a strong fit on every
 * count, as the seed intends.
 */

/** Which industries sponsor which kind of event. */
export const INDUSTRY_AFFINITY: Record<string, string[]> = {
  technology: [
    "developer tools",
    "cloud infrastructure",
    "fintech",
    "cybersecurity",
    "ai & data",
    "telecom",
    "consumer electronics",
  ],
  music: [
    "musical instruments",
    "beverages",
    "media & streaming",
    "consumer electronics",
    "food & hospitality",
    "automotive",
    "outdoor & lifestyle",
  ],
  market: ["local retail", "food & hospitality", "beverages", "outdoor & lifestyle", "crafts"],
};

const DECISION_MAKERS: Seniority[] = ["c_level", "vp", "director"];

export type SponsorFacts = {
  industry: string;
  audiences: string[];
  country: string | null;
  budgetMinCents: number | null;
  budgetMaxCents: number | null;
  currency: string;
  contacts: { seniority: Seniority; title: string; reachable: boolean }[];
  pastSponsorships: { year: number; eventIndustry: string }[];
  /** This organization's deals with the company for other events. */
  history: DealStage[];
};

export type EventFacts = {
  category: string;
  audiences: string[];
  country: string | null;
  year: number;
  packages: { tier: string; name: string; priceCents: number; currency: string }[];
};

export type ScoreFactors = { fit: number; budget: number; engagement: number; conversion: number };
/** The most each factor gives (see the table above): 100 in all. */
export const FACTOR_MAX: ScoreFactors = { fit: 40, budget: 25, engagement: 15, conversion: 20 };
export type SponsorScore = {
  score: number;
  factors: ScoreFactors;
  reasons: string[];
  /** The package to propose (the dearest within the usual budget), by name and tier. */
  bestPackage: string | null;
  bestTier: string | null;
};

const lower = (values: string[]) => values.map((value) => value.toLowerCase());

function fitOf(sponsor: SponsorFacts, event: EventFacts, reasons: string[]) {
  let fit = 0;
  if ((INDUSTRY_AFFINITY[event.category] ?? []).includes(sponsor.industry.toLowerCase())) {
    fit += 15;
    reasons.push(`${sponsor.industry} companies sponsor ${event.category} events`);
  }
  const wanted = lower(event.audiences);
  const shared = lower(sponsor.audiences).filter((audience) => wanted.includes(audience));
  if (wanted.length > 0 && shared.length > 0) {
    fit += Math.round((15 * shared.length) / wanted.length);
    reasons.push(`Wants to reach ${shared.join(", ")}`);
  }
  const sameKind = sponsor.pastSponsorships.filter((past) => past.eventIndustry.toLowerCase() === event.category);
  if (sameKind.length > 0) {
    fit += Math.min(10, 5 * sameKind.length);
    reasons.push(`Sponsored ${sameKind.length} ${event.category} event${sameKind.length > 1 ? "s" : ""} before`);
  }
  return fit;
}

/** The most expensive package within the company's budget, compared in dollars. */
function budgetOf(sponsor: SponsorFacts, event: EventFacts, reasons: string[]) {
  const max = sponsor.budgetMaxCents === null ? null : toUsdCents(sponsor.budgetMaxCents, sponsor.currency);
  const priced = event.packages
    .map((pkg) => ({ ...pkg, usd: toUsdCents(pkg.priceCents, pkg.currency) }))
    .filter((pkg): pkg is typeof pkg & { usd: number } => pkg.usd !== null)
    .sort((a, b) => b.usd - a.usd);
  if (max === null || priced.length === 0) {
    reasons.push("No known sponsorship budget");
    const middle = priced[Math.floor(priced.length / 2)];
    return { budget: 10, best: middle ?? null };
  }
  const affordable = priced.find((pkg) => pkg.usd <= max);
  if (affordable) {
    reasons.push(`Usual budget covers the ${affordable.name} package`);
    return { budget: 25, best: affordable };
  }
  const cheapest = priced[priced.length - 1];
  if (cheapest && cheapest.usd <= max * 1.5) {
    reasons.push(`The ${cheapest.name} package is a stretch for the usual budget`);
    return { budget: 8, best: cheapest };
  }
  reasons.push("Every package is well above the usual budget");
  return { budget: 0, best: null };
}

function engagementOf(sponsor: SponsorFacts, reasons: string[]) {
  const has = (...stages: DealStage[]) => sponsor.history.some((stage) => stages.includes(stage));
  if (has("won")) {
    reasons.push("Sponsored one of our events before");
    return 15;
  }
  if (has("engaged", "proposal_sent", "negotiating")) {
    reasons.push("Talked sponsorship with us before");
    return 10;
  }
  if (has("contacted")) return 4;
  if (has("lost")) {
    reasons.push("Said no to us before");
    return 2;
  }
  return 0;
}

function conversionOf(sponsor: SponsorFacts, event: EventFacts, reasons: string[]) {
  let conversion = 0;
  const reachable = sponsor.contacts.filter((contact) => contact.reachable);
  const decider = reachable.find((contact) => DECISION_MAKERS.includes(contact.seniority));
  if (decider) {
    conversion += 8;
    reasons.push(`Reaches a decision maker (${decider.title})`);
  } else if (reachable.length > 0) {
    conversion += 3;
  } else {
    reasons.push("No contact we may email");
  }
  const recent = sponsor.pastSponsorships.filter((past) => past.year >= event.year - 3).length;
  conversion += recent >= 3 ? 8 : recent === 2 ? 6 : recent === 1 ? 4 : 0;
  if (recent > 0) reasons.push(`${recent} sponsorship${recent > 1 ? "s" : ""} in the last 3 years`);
  if (sponsor.country && event.country && sponsor.country === event.country) {
    conversion += 4;
    reasons.push("Based in the event's country");
  }
  return conversion;
}

export function scoreSponsor(sponsor: SponsorFacts, event: EventFacts): SponsorScore {
  const reasons: string[] = [];
  const fit = fitOf(sponsor, event, reasons);
  const { budget, best } = budgetOf(sponsor, event, reasons);
  const engagement = engagementOf(sponsor, reasons);
  const conversion = conversionOf(sponsor, event, reasons);
  const factors = { fit, budget, engagement, conversion };
  return {
    score: Math.min(100, fit + budget + engagement + conversion),
    factors,
    reasons,
    bestPackage: best?.name ?? null,
    bestTier: best?.tier ?? null,
  };
}
