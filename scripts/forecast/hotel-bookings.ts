/**
 * The shared hotel booking file (../shared/data/hotel_bookings_portugal_15k.csv, see its README) as the
 * backtest tool's input: each (hotel, arrival date) is an event, each booking a ticket sold `lead_time`
 * days before it. A cancelled booking counts as sold (issue 13): the tool's input has sales only, and
 * the demand a forecaster sees at the time includes the bookings that will later be cancelled.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { BOOKING_COLUMNS } from "./bookings-csv";
import { csvField, csvInputError, InputError } from "./cli";

const HOTEL_BOOKINGS_FILE = "shared/data/hotel_bookings_portugal_15k.csv";
const HOTEL_COLUMNS = ["hotel", "lead_time", "arrival_date_year", "arrival_date_month", "arrival_date_day_of_month"];
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

export type HotelTicket = { eventId: string; eventDate: string; daysBefore: number };

export function hotelBookingTickets(csv: string, file = "hotel bookings"): HotelTicket[] {
  const checkHeader = (header: string[]) => {
    const missing = HOTEL_COLUMNS.filter((column) => !header.includes(column));
    if (missing.length > 0) throw new InputError(`${file}: line 1: no column ${missing.join(", ")}`);
    return header;
  };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, { columns: checkHeader, info: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw csvInputError(file, error);
  }
  return records.map(({ record, info }) => {
    const at = `${file}: line ${info.lines}`;
    const hotel = record.hotel ?? "";
    const year = record.arrival_date_year ?? "";
    const month = MONTHS.indexOf(record.arrival_date_month ?? "");
    const day = record.arrival_date_day_of_month ?? "";
    const leadTime = record.lead_time ?? "";
    if (hotel === "") throw new InputError(`${at}: hotel is empty`);
    const arrival = new Date(Date.UTC(Number(year), month, Number(day)));
    if (!/^\d{4}$/.test(year) || month < 0 || !/^\d{1,2}$/.test(day) || arrival.getUTCDate() !== Number(day)) {
      throw new InputError(`${at}: arrival date ${year} ${record.arrival_date_month ?? ""} ${day} is not a date`);
    }
    if (!/^\d+$/.test(leadTime)) throw new InputError(`${at}: lead_time "${leadTime}" is not a whole number of days`);
    const eventDate = arrival.toISOString().slice(0, 10);
    return { eventId: `${hotel} ${eventDate}`, eventDate, daysBefore: Number(leadTime) };
  });
}

export function ticketsCsv(tickets: readonly HotelTicket[]) {
  const lines = tickets.map((t) => [t.eventId, t.eventDate, t.daysBefore].map(csvField).join(","));
  return `${[BOOKING_COLUMNS.join(","), ...lines].join("\n")}\n`;
}
