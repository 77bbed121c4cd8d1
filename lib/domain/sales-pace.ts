/**
 * Ticket sales against target. The target pace is a straight line from the day sales opened to the
 * event start; real sales curves start with a burst and finish with a ramp, so being somewhat under
 * the line mid-way is normal, and the labels in the UI say "straight-line pace".
 */
import { daysToEvent as calendarDaysToEvent, nextDay } from "./calendar-days";

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
  /** Share of the target the straight line says should be sold by now (0..1). */
  expectedProgress: number;
  /** sold / expectedByNow - 1: negative means behind the line. Null before sales open. */
  gap: number | null;
  daysToEvent: number;
  status: "not_started" | "ahead" | "on_track" | "behind" | "far_behind" | "finished";
};

/**
 * The straight line from sales opening to the event start: tickets it says should be sold by an
 * instant. The pace card and every point of the sales chart read it, so they agree.
 */
export function straightLinePace(target: number, salesOpenedAt: Date, startsAt: Date) {
  const window = startsAt.getTime() - salesOpenedAt.getTime();
  return (at: Date) => {
    if (window <= 0) return target;
    const elapsed = Math.min(Math.max(at.getTime() - salesOpenedAt.getTime(), 0), window);
    return Math.round((target * elapsed) / window);
  };
}

export function salesPace({ sold, target, salesOpenedAt, startsAt, now, timeZone }: PaceInput): Pace {
  const daysToEvent = calendarDaysToEvent(startsAt, now, timeZone);
  const progress = target > 0 ? sold / target : 0;
  const expectedByNow = now >= startsAt ? target : straightLinePace(target, salesOpenedAt, startsAt)(now);
  const expectedProgress = target > 0 ? expectedByNow / target : 0;
  const base = { progress, expectedByNow, expectedProgress, daysToEvent };
  if (now >= startsAt) return { ...base, gap: sold / Math.max(target, 1) - 1, status: "finished" };
  if (expectedByNow === 0) return { ...base, gap: null, status: "not_started" };
  const gap = sold / expectedByNow - 1;
  const status = gap >= 0.1 ? "ahead" : gap >= -0.15 ? "on_track" : gap > -0.4 ? "behind" : "far_behind";
  return { ...base, gap, status };
}

export type DailySales = { day: string; tickets: number };
export type SalesPoint = { day: string; sold: number; targetPace: number };

/**
 * Cumulative sales per day from `from` to `to` (inclusive, ISO dates), with what the straight-line
 * pace expected by the end of that day (`expectedBy`). Days without sales carry the running total forward.
 */
export function cumulativeSeries(
  daily: DailySales[],
  from: string,
  to: string,
  expectedBy: (day: string) => number,
): SalesPoint[] {
  const byDay = new Map(daily.map((entry) => [entry.day, entry.tickets]));
  const points: SalesPoint[] = [];
  let sold = 0;
  for (let day = from; day <= to; day = nextDay(day)) {
    sold += byDay.get(day) ?? 0;
    points.push({ day, sold, targetPace: expectedBy(day) });
  }
  return points;
}
