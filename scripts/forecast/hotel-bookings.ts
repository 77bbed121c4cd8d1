/**
 * The shared hotel booking file (../shared/data/hotel_bookings_portugal_15k.csv, see its README) read
 * as events: each (hotel, arrival date) is an event starting at 00:00 UTC on the arrival date, each
 * booking a ticket sold lead_time days before it, and a cancelled booking (is_canceled = 1) a refund on
 * its reservation_status_date. Every curve is built as known the day after the last arrival, so all
 * are finished.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { type BookingCurve, buildBookingCurve, type TicketSale } from "@/lib/agents/analytics/forecast/booking-curve";

const HOTEL_BOOKINGS_FILE = "shared/data/hotel_bookings_portugal_15k.csv";

/**
 * `../shared/data/...` from the repository root; a git worktree sits a folder deeper, so the nearest
 * folder above the root that holds `shared/data/...` is used. Null when there is none.
 */
export function findHotelBookingsFile(root = process.cwd()) {
  for (let dir = path.dirname(path.resolve(root)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, HOTEL_BOOKINGS_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_MS = 86_400_000;

type HotelBookingRow = Record<string, string>;

function field(row: HotelBookingRow, name: string) {
  const value = row[name];
  if (value === undefined || value === "") throw new Error(`hotel bookings: a row has no ${name}`);
  return value;
}

/** The file writes dates as M/D/YYYY; the original data set as YYYY-MM-DD. Both are read as UTC days. */
function parseDate(text: string) {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const date = us ? new Date(Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]))) : new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`hotel bookings: unreadable date ${text}`);
  return date;
}

/** A booking curve tagged with its hotel, so a backtest can also treat each hotel as its own organization. */
export type HotelBookingCurve = BookingCurve & { hotel: string };

export function hotelBookingCurves(csv: string): HotelBookingCurve[] {
  const rows: HotelBookingRow[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true });
  const events = new Map<string, { hotel: string; startsAt: Date; sales: TicketSale[] }>();
  for (const row of rows) {
    const month = MONTHS.indexOf(field(row, "arrival_date_month"));
    if (month < 0) throw new Error(`hotel bookings: unknown month ${row.arrival_date_month}`);
    const startsAt = new Date(
      Date.UTC(Number(field(row, "arrival_date_year")), month, Number(field(row, "arrival_date_day_of_month"))),
    );
    const hotel = field(row, "hotel");
    const id = `${hotel} ${startsAt.toISOString().slice(0, 10)}`;
    const event = events.get(id) ?? { hotel, startsAt, sales: [] };
    event.sales.push({
      soldAt: new Date(startsAt.getTime() - Number(field(row, "lead_time")) * DAY_MS),
      cancelledAt: field(row, "is_canceled") === "1" ? parseDate(field(row, "reservation_status_date")) : null,
    });
    events.set(id, event);
  }
  const lastStart = Math.max(...[...events.values()].map((event) => event.startsAt.getTime()));
  const asOf = new Date(lastStart + DAY_MS);
  return [...events].map(([id, event]) => ({
    ...buildBookingCurve({ id, sales: event.sales, startsAt: event.startsAt, asOf }),
    hotel: event.hotel,
  }));
}

export async function readHotelBookingCurves(file: string) {
  return hotelBookingCurves(await readFile(file, "utf8"));
}
