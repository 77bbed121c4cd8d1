/**
 * `npm run backtest:forecast [-- <hotel_bookings.csv>] [--by-hotel]`: the attendance forecaster's
 * rolling-origin backtest on the shared hotel booking file (docs/analytics.md), printed as a table.
 * All events are one organization's history; `--by-hotel` also runs each hotel on its own.
 */
import { DEFAULT_TEST_SHARE, runBacktest } from "@/lib/agents/analytics/forecast/backtest";
import { formatSummary } from "./forecast/format-summary";
import { findHotelBookingsFile, type HotelBookingCurve, readHotelBookingCurves } from "./forecast/hotel-bookings";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--")) ?? findHotelBookingsFile();
if (!file) {
  console.error("No ../shared/data/hotel_bookings_portugal_15k.csv above the repository; pass the file's path.");
  process.exit(1);
}
const curves = await readHotelBookingCurves(file);

function report(title: string, events: readonly HotelBookingCurve[]) {
  const { rows, summary } = runBacktest(events);
  const tested = new Set(rows.map((row) => row.eventId));
  const hotels = [...new Set(events.filter((curve) => tested.has(curve.id)).map((curve) => curve.hotel))];
  console.log(
    `\n${title}: ${events.length} events; tested: the last ${DEFAULT_TEST_SHARE * 100}% by date, ${tested.size} events (${hotels.join(", ")}).\n`,
  );
  console.log(formatSummary(summary));
}

console.log(`Attendance forecast backtest on ${file}`);
report("All events", curves);
if (args.includes("--by-hotel")) {
  for (const hotel of new Set(curves.map((curve) => curve.hotel))) {
    report(
      hotel,
      curves.filter((curve) => curve.hotel === hotel),
    );
  }
}
