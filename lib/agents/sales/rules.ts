/**
 * The Sales agent's policy in numbers (the seed's "focus on quality, target score 80+" and its human
 * escalation criteria), as functions with boundary tests.
 */

/** A lead is worth a proposal from this score (0-100) up. */
export const QUALIFIED_SCORE = 80;

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
    return `Deal value ${formatCents(amountCents, currency)} exceeds $50,000: a person negotiates it.`;
  }
  return null;
}

function formatCents(cents: number, currency: string) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(cents / 100);
}
