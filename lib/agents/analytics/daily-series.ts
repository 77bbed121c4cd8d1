/**
 * identify_anomalies' data: an event's daily counts on the event's own calendar (its time zone), from the
 * day sales opened (or its first sale, if earlier) through yesterday, and at most through the day before
 * the event starts. Today is left out: a day still under way would read as a drop; so are the event's own
 * days, when sales stop and every day would read as a drop (refunds after the start are not looked at).
 */

import type { Event } from "@/lib/db/generated/client";
import { localDate, nextDay } from "@/lib/domain/calendar-days";
import type { ToolDeps } from "../core/tool";
import type { AnomalyMetric, DailyValue } from "./anomalies";
import { loadSeats } from "./seats";

const DAY_MS = 86_400_000;

/** The metrics the database records; page views are not recorded anywhere yet. */
export const RECORDED_METRICS = [
  "tickets_sold",
  "refunds",
  "cancellations",
] as const satisfies readonly AnomalyMetric[];
export type RecordedMetric = (typeof RECORDED_METRICS)[number];

export const METRIC_DEFINITIONS: Record<RecordedMetric, string> = {
  tickets_sold:
    "Seats sold per day by their order's date (a transfer is not a sale; seats refunded later count on the day they were sold).",
  refunds: "Refunds paid per day, from the refunds table by the refund's date.",
  cancellations:
    "Seats cancelled per day, dated by their order's refund when there is one, else by the order's date (the database keeps no cancellation date).",
};

export type DailySeries = { from: string; to: string; series: Record<RecordedMetric, DailyValue[]> };

function previousDay(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to` (inclusive) with its count, zero where nothing happened. */
function dense(counts: Map<string, number>, from: string, to: string): DailyValue[] {
  const days: DailyValue[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push({ date: day, value: counts.get(day) ?? 0 });
  return days;
}

function tally(dates: readonly Date[], timeZone: string) {
  const counts = new Map<string, number>();
  for (const at of dates) {
    const day = localDate(at, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** The event's daily series as of `deps.now`; nothing dated after `deps.now` is read. */
export async function eventDailySeries(
  deps: Pick<ToolDeps, "db" | "organizationId" | "now">,
  event: Pick<Event, "id" | "timezone" | "salesOpenedAt" | "createdAt" | "startsAt">,
): Promise<DailySeries> {
  const [seats, refunds] = await Promise.all([
    loadSeats(deps.db, deps.organizationId, [event.id]),
    deps.db.refund.findMany({
      where: { organizationId: deps.organizationId, order: { eventId: event.id }, createdAt: { lte: deps.now } },
      select: { createdAt: true },
    }),
  ]);
  const sold = seats.map((seat) => seat.soldAt).filter((at) => at <= deps.now);
  const cancelled = seats.flatMap((seat) =>
    seat.status === "cancelled" && seat.cancelledAt && seat.cancelledAt <= deps.now ? [seat.cancelledAt] : [],
  );
  const zone = event.timezone;
  const opened = event.salesOpenedAt ?? event.createdAt;
  const firstSale = sold.reduce<Date | null>((first, at) => (first === null || at < first ? at : first), null);
  const from = localDate(firstSale && firstSale < opened ? firstSale : opened, zone);
  const yesterday = previousDay(localDate(deps.now, zone));
  const lastDay = previousDay(localDate(event.startsAt, zone));
  // Calendar dates (YYYY-MM-DD) compare as strings.
  const to = yesterday.localeCompare(lastDay) < 0 ? yesterday : lastDay;
  return {
    from,
    to,
    series: {
      tickets_sold: dense(tally(sold, zone), from, to),
      refunds: dense(
        tally(
          refunds.map((refund) => refund.createdAt),
          zone,
        ),
        from,
        to,
      ),
      cancellations: dense(tally(cancelled, zone), from, to),
    },
  };
}
