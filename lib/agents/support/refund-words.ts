import type { Formatter } from "@/lib/format";
import type { RefundQuote, RefundTier } from "./policy";

/** The refund tiers in words: "100% up to 30 days before the event, 50% up to 14 days before; none after that". */
export function tiersInWords(tiers: RefundTier[]) {
  const paying = tiers.filter((tier) => tier.percent > 0);
  if (paying.length === 0) return "tickets are not refundable";
  const parts = paying.map(
    (tier, i) =>
      `${tier.percent}% up to ${tier.minDaysBefore} ${tier.minDaysBefore === 1 ? "day" : "days"} before${i === 0 ? " the event" : ""}`,
  );
  return `refunds are ${parts.join(", ")}; none after that`;
}

/** "€100 (50% of €200, 20 days before the event; this rate ends on Jan 18, 2027)". */
export function quoteInWords(format: Formatter, quote: RefundQuote, timezone: string) {
  const base = `${format.money(quote.amountCents, quote.currency, { exact: true })} (${quote.percent}% of ${format.money(quote.refundableCents, quote.currency, { exact: true })}, ${quote.daysBefore} ${quote.daysBefore === 1 ? "day" : "days"} before the event`;
  // The window closes at local midnight: the last day it applies is the day before.
  const lastDay = quote.windowClosesAt ? new Date(quote.windowClosesAt.getTime() - 1) : null;
  return `${base}${lastDay ? `; this rate applies through ${format.date(lastDay, timezone)}` : ""})`;
}
