/**
 * The backtest tool's input: one row per ticket sold, with the columns `event_id,event_date,days_before`
 * (others ignored). `event_date` is a UTC calendar day (YYYY-MM-DD); `days_before` is how many days
 * before it the ticket was sold (0 = on the day). Every event is over: its outcome is all its tickets.
 * A bad row is an InputError naming its line (the header is line 1).
 */
import { parse } from "csv-parse/sync";
import { type BookingCurve, buildBookingCurve, utcDay } from "@/lib/agents/analytics/forecast/booking-curve";
import { csvInputError, InputError } from "./cli";

export const BOOKING_COLUMNS = ["event_id", "event_date", "days_before"] as const;
const DAY_MS = 86_400_000;
/** Ten years: a curve holds a slot per day out, so a typo such as 99999999 must stop with a message, not run out of memory. */
export const MAX_DAYS_BEFORE = 3653;

export type TicketRow = { eventId: string; eventDate: string; daysBefore: number; line: number };

/** A YYYY-MM-DD that names a real day, as a Date at 00:00 UTC; null otherwise. */
export function parseDay(text: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

export function parseBookingsCsv(csv: string, file = "bookings"): TicketRow[] {
  const checkHeader = (header: string[]) => {
    const names = header.map((name) => name.trim());
    const missing = BOOKING_COLUMNS.filter((column) => !names.includes(column));
    if (missing.length > 0) {
      throw new InputError(
        `${file}: line 1: no column ${missing.join(", ")} (the header must name ${BOOKING_COLUMNS.join(",")}; it has ${names.join(",") || "nothing"})`,
      );
    }
    return names;
  };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, { columns: checkHeader, info: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw csvInputError(file, error);
  }
  if (records.length === 0) throw new InputError(`${file}: no tickets (a header line and one row per ticket sold)`);
  const dates = new Map<string, { date: string; line: number }>();
  return records.map(({ record, info }) => {
    const line = info.lines;
    const at = `${file}: line ${line}`;
    const eventId = record.event_id ?? "";
    const eventDate = record.event_date ?? "";
    const daysBefore = record.days_before ?? "";
    if (eventId === "") throw new InputError(`${at}: event_id is empty`);
    if (!parseDay(eventDate)) throw new InputError(`${at}: event_date "${eventDate}" is not a date (YYYY-MM-DD)`);
    if (!/^\d+$/.test(daysBefore)) {
      throw new InputError(`${at}: days_before "${daysBefore}" is not a whole number of days, 0 or more`);
    }
    if (Number(daysBefore) > MAX_DAYS_BEFORE) {
      throw new InputError(`${at}: days_before ${daysBefore} is more than ${MAX_DAYS_BEFORE} days (ten years)`);
    }
    const seen = dates.get(eventId);
    if (seen && seen.date !== eventDate) {
      throw new InputError(`${at}: event ${eventId} is dated ${eventDate} here and ${seen.date} on line ${seen.line}`);
    }
    if (!seen) dates.set(eventId, { date: eventDate, line });
    return { eventId, eventDate, daysBefore: Number(daysBefore), line };
  });
}

/** Each event's booking curve from its tickets, as known the day after the last event (all finished). */
export function bookingCurves(tickets: readonly TicketRow[]): BookingCurve[] {
  const events = new Map<string, { startsAt: Date; sales: { soldAt: Date }[] }>();
  for (const ticket of tickets) {
    const startsAt = parseDay(ticket.eventDate);
    if (!startsAt) throw new InputError(`line ${ticket.line}: event_date "${ticket.eventDate}" is not a date`);
    const event = events.get(ticket.eventId) ?? { startsAt, sales: [] };
    event.sales.push({ soldAt: new Date(startsAt.getTime() - ticket.daysBefore * DAY_MS) });
    events.set(ticket.eventId, event);
  }
  const lastDay = Math.max(...[...events.values()].map((event) => utcDay(event.startsAt)));
  const asOf = new Date((lastDay + 1) * DAY_MS);
  return [...events].map(([id, event]) =>
    buildBookingCurve({ id, sales: event.sales, startsAt: event.startsAt, asOf }),
  );
}
