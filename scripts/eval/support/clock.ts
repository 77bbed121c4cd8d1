import { calendarDaysBetween, localDate, startOfLocalDay } from "@/lib/domain/calendar-days";
import type { When } from "./types";

const DAY_MS = 86_400_000;

export function shiftDay(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a local wall-clock time (HH:MM) happens on a calendar day in a time zone. */
export function localInstant(day: string, time: string, timeZone: string) {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const guess = new Date(startOfLocalDay(day, timeZone).getTime() + (hours * 60 + minutes) * 60_000);
  // A summer-time change earlier that day moves the wall clock by an hour: step back onto the day.
  return localDate(guess, timeZone) === day ? guess : new Date(guess.getTime() - 3_600_000);
}

/** When a case's attendee writes: `daysBefore` calendar days before the event's first day, local time. */
export function caseNow(event: { startsAt: Date; timezone: string }, when: When) {
  const eventDay = localDate(event.startsAt, event.timezone);
  const now = localInstant(shiftDay(eventDay, -when.daysBefore), when.time ?? "10:30", event.timezone);
  if (calendarDaysBetween(now, event.startsAt, event.timezone) !== when.daysBefore) {
    throw new Error(`${now.toISOString()} is not ${when.daysBefore} days before the event in ${event.timezone}`);
  }
  return now;
}
