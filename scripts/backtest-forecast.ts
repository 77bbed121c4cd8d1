/**
 * `npm run backtest:forecast [-- <hotel_bookings.csv>]`: the attendance forecaster's rolling-origin
 * backtest on the shared hotel booking file (docs/analytics.md), printed as a table.
 */
import { DEFAULT_TEST_SHARE, runBacktest } from "@/lib/agents/analytics/forecast/backtest";
import { formatSummary } from "./forecast/format-summary";
import { findHotelBookingsFile, readHotelBookingCurves } from "./forecast/hotel-bookings";

const file = process.argv[2] ?? findHotelBookingsFile();
if (!file) {
  console.error("No ../shared/data/hotel_bookings_portugal_15k.csv above the repository; pass the file's path.");
  process.exit(1);
}
const curves = await readHotelBookingCurves(file);
const { summary } = runBacktest(curves);
console.log(`${curves.length} events from ${file}; test events: the last ${DEFAULT_TEST_SHARE * 100}% by date.\n`);
console.log(formatSummary(summary));
