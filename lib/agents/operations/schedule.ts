/** The local hour (in the event's time zone) from which the day's operations check is due. */
export const DAILY_CHECK_LOCAL_HOUR = 8;

/** The weekly status report is due on Mondays from 08:00 in the event's time zone (the seed's week). */
export const WEEKLY_REPORT_LOCAL_HOUR = 8;

/** The calendar date and hour at `now` in an IANA time zone. */
export function localClock(now: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

export type ScheduledEvent = { id: string; organizationId: string; timezone: string };

/**
 * The events whose daily check is due at `now`: it is past 08:00 where the event takes place. Each
 * comes with a key for that local day, used as the event id so a day's check starts once however many
 * hourly ticks (or "run now" clicks) see it due.
 */
export function dueDailyChecks(events: ScheduledEvent[], now: Date) {
  return events.flatMap((event) => {
    const clock = localClock(now, event.timezone);
    if (clock.hour < DAILY_CHECK_LOCAL_HOUR) return [];
    return [
      { organizationId: event.organizationId, eventId: event.id, dedupeKey: `daily-check-${event.id}-${clock.date}` },
    ];
  });
}

/** ISO 8601 weekday (1 = Monday … 7 = Sunday) and week ("2026-W49") of a calendar date "YYYY-MM-DD". */
export function isoWeek(date: string) {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(day.getTime() + (4 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return { weekday, week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}` };
}

/**
 * The events whose weekly status report is due at `now`: it is Monday, from 08:00, where the event
 * takes place. Keyed by the event and its ISO week, so each week's report is written and emailed once
 * however many hourly ticks see it due (the key is also the gate's idempotency key).
 */
export function dueWeeklyReports(events: ScheduledEvent[], now: Date) {
  return events.flatMap((event) => {
    const clock = localClock(now, event.timezone);
    const { weekday, week } = isoWeek(clock.date);
    if (weekday !== 1 || clock.hour < WEEKLY_REPORT_LOCAL_HOUR) return [];
    return [
      { organizationId: event.organizationId, eventId: event.id, week, dedupeKey: `weekly-report-${event.id}-${week}` },
    ];
  });
}
