/** The local hour (in the event's time zone) from which the day's operations check is due. */
export const DAILY_CHECK_LOCAL_HOUR = 8;

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
