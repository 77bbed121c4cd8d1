/**
 * The one definition of "days" the product uses: whole calendar days in the event's time zone.
 * A deadline at 18:00 on Monday is 1 day overdue on Tuesday morning and 3 days overdue on Thursday at
 * 09:00, whatever the hour; an event on the 31st is 30 days away all day on the 1st. Hours never
 * round a day up or down, so the daily check, the reports and the dashboard all say the same number.
 */
const DAY_MS = 86_400_000;

/** The calendar date (YYYY-MM-DD) of an instant in an IANA time zone. */
export function localDate(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Calendar days from `from`'s date to `to`'s date, both read in `timeZone`; negative when `to` is earlier. */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string) {
  // Midnights in UTC are exactly a day apart (no summer time), so the division is exact.
  return Math.round(
    (Date.parse(`${localDate(to, timeZone)}T00:00:00Z`) - Date.parse(`${localDate(from, timeZone)}T00:00:00Z`)) /
      DAY_MS,
  );
}

/** Days to the event: 0 on its first day, negative once it has started on an earlier day. */
export function daysToEvent(startsAt: Date, now: Date, timeZone: string) {
  return calendarDaysBetween(now, startsAt, timeZone);
}

/** Days a deadline has passed: 0 until it passes and on its own day, then one more each local midnight. */
export function daysOverdue(dueAt: Date, now: Date, timeZone: string) {
  if (now <= dueAt) return 0;
  return Math.max(0, calendarDaysBetween(dueAt, now, timeZone));
}

/** Days until a deadline: 0 on its day (and after), 1 the day before. */
export function daysUntil(dueAt: Date, now: Date, timeZone: string) {
  return Math.max(0, calendarDaysBetween(now, dueAt, timeZone));
}

/** The instant a calendar date (YYYY-MM-DD) begins in an IANA time zone. */
export function startOfLocalDay(day: string, timeZone: string) {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Step back by the zone's offset; a second pass settles a summer-time change on that day.
  let at = utcMidnight;
  for (let pass = 0; pass < 2; pass++) at = utcMidnight - zoneOffsetMs(new Date(at), timeZone);
  return new Date(at);
}

/** The date after a calendar date (YYYY-MM-DD). */
export function nextDay(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function zoneOffsetMs(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
