/**
 * Ticket sales against target. The target pace is a straight line from the day sales opened to the
 * event start; real sales curves start with a burst and finish with a ramp, so being somewhat under
 * the line mid-way is normal, and the labels in the UI say "straight-line pace".
 */
import { daysToEvent as calendarDaysToEvent } from "./calendar-days";

const DAY_MS = 86_400_000;

export type PaceInput = {
  sold: number;
  target: number;
  salesOpenedAt: Date;
  startsAt: Date;
  now: Date;
  /** The event's IANA time zone: days to the event are its calendar days (./calendar-days). */
  timeZone: string;
};

export type Pace = {
  /** Share of the target sold so far (0..n). */
  progress: number;
  /** Tickets the straight line says should be sold by now. */
  expectedByNow: number;
  /** sold / expectedByNow - 1: negative means behind the line. Null before sales open. */
  gap: number | null;
  daysToEvent: number;
  status: "not_started" | "ahead" | "on_track" | "behind" | "far_behind" | "finished";
};

export function salesPace({ sold, target, salesOpenedAt, startsAt, now, timeZone }: PaceInput): Pace {
  const daysToEvent = calendarDaysToEvent(startsAt, now, timeZone);
  const progress = target > 0 ? sold / target : 0;
  const window = startsAt.getTime() - salesOpenedAt.getTime();
  const elapsed = Math.min(Math.max(now.getTime() - salesOpenedAt.getTime(), 0), window);
  const expectedByNow = window > 0 ? Math.round((target * elapsed) / window) : target;
  if (now >= startsAt)
    return { progress, expectedByNow: target, gap: sold / Math.max(target, 1) - 1, daysToEvent, status: "finished" };
  if (expectedByNow === 0) return { progress, expectedByNow, gap: null, daysToEvent, status: "not_started" };
  const gap = sold / expectedByNow - 1;
  const status = gap >= 0.1 ? "ahead" : gap >= -0.15 ? "on_track" : gap > -0.4 ? "behind" : "far_behind";
  return { progress, expectedByNow, gap, daysToEvent, status };
}

export type DailySales = { day: string; tickets: number };
export type SalesPoint = { day: string; sold: number; targetPace: number };

/**
 * Cumulative sales per day from `from` to `to` (inclusive, ISO dates), with the straight-line target
 * pace for the same day. Days without sales carry the running total forward.
 */
export function cumulativeSeries(
  daily: DailySales[],
  from: string,
  to: string,
  target: number,
  startsOn: string,
): SalesPoint[] {
  const byDay = new Map(daily.map((entry) => [entry.day, entry.tickets]));
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const eventDay = Date.parse(`${startsOn}T00:00:00Z`);
  const span = Math.max(eventDay - start, DAY_MS);
  const points: SalesPoint[] = [];
  let sold = 0;
  for (let at = start; at <= end; at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    sold += byDay.get(day) ?? 0;
    points.push({ day, sold, targetPace: Math.round(Math.min(1, (at - start) / span) * target) });
  }
  return points;
}
