/**
 * The Sales agent's policy in numbers (the seed's "focus on quality, target score 80+" and its human
 * escalation criteria), as functions with boundary tests.
 */
import { formatMoney } from "@/lib/format";

/** A lead is worth a proposal from this score (0-100) up. */
export const QUALIFIED_SCORE = 80;

/** An outreach campaign scores the best-ranked prospects and writes to at most this many who qualify. */
export const OUTREACH_LIMITS = { searched: 20, contacted: 10 };

/** A deal above this value (in US cents) needs a person: "Deal value exceeds $50,000". */
export const DEAL_ESCALATION_USD_CENTS = 5_000_000;

/**
 * Reference rates to compare deal values in other currencies with the dollar threshold. They are
 * deliberately coarse and rounded up in the dollar's favour, so a deal near the line goes to a person.
 */
const USD_PER_UNIT: Record<string, number> = { USD: 1, EUR: 1.1, GBP: 1.3, CAD: 0.75, AUD: 0.7, CHF: 1.15 };

export function isQualified(score: number) {
  return score >= QUALIFIED_SCORE;
}

/** The value in US cents, or null for a currency without a reference rate. */
export function toUsdCents(amountCents: number, currency: string) {
  const rate = USD_PER_UNIT[currency.toUpperCase()];
  return rate === undefined ? null : Math.round(amountCents * rate);
}

/**
 * Why a deal of this value must go to a person, or null. A currency the agent cannot convert also goes
 * to a person: it cannot tell whether the deal is over the line.
 */
export function dealValueEscalation(amountCents: number, currency: string): string | null {
  const usd = toUsdCents(amountCents, currency);
  if (usd === null) return `The deal is in ${currency}, which the agent cannot compare with the $50,000 limit.`;
  if (usd > DEAL_ESCALATION_USD_CENTS) {
    return `Deal value ${formatMoney(amountCents, currency)} exceeds $50,000: a person negotiates it.`;
  }
  return null;
}

/** What a deal is worth and in which currency (null when it has no value yet). */
export type DealValue = { amountCents: number | null; currency: string | null };

/**
 * The $50,000 rule on a change to a deal, evaluated on what the deal is worth AFTER the change: the
 * price of the package the change sets, else the deal's current value. It applies to every change of
 * stage or package (marking a €65,000 deal won, lost or negotiating goes to a person, not only naming a
 * dear package); a note or a next action alone does not change the deal and is not held.
 *
 * Currency: a deal's value is in its package's currency (the event's when it has no package). It is
 * converted to dollars with the fixed reference table above (coarse, rounded in the dollar's favour);
 * a currency without a rate goes to a person. A deal with no value yet has nothing to compare.
 */
export function dealChangeEscalation(
  current: DealValue,
  change: { stage?: boolean; pkg?: { priceCents: number; currency: string } },
): string | null {
  if (!change.stage && !change.pkg) return null;
  const after: DealValue = change.pkg ? { amountCents: change.pkg.priceCents, currency: change.pkg.currency } : current;
  if (after.amountCents === null) return null;
  if (after.currency === null) return "The deal's value has no currency: a person compares it with the $50,000 limit.";
  return dealValueEscalation(after.amountCents, after.currency);
}
