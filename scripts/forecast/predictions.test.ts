import { describe, expect, it } from "vitest";
import { runBacktest } from "@/lib/agents/analytics/forecast/backtest";
import { seededRandom } from "@/lib/agents/analytics/forecast/test-curves";
import { bookingCurves, parseBookingsCsv } from "./bookings-csv";
import { formatSummary, PREDICTION_COLUMNS, predictionsCsv } from "./predictions";

/** `count` events a day apart from 2026-01-01, each with 5-60 tickets sold 0-59 days before it. */
function bookingsCsv(count: number, extra: string[] = []) {
  const random = seededRandom(11);
  const lines = ["event_id,event_date,days_before"];
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const tickets = 5 + Math.floor(random() * 56);
    for (let t = 0; t < tickets; t++) lines.push(`e${i},${date},${Math.floor(random() ** 2 * 60)}`);
  }
  return [...lines, ...extra].join("\n");
}
const backtest = (csv: string) => runBacktest(bookingCurves(parseBookingsCsv(csv)));

describe("the backtest tool's predictions", () => {
  const { rows, summary } = backtest(bookingsCsv(80));

  it("writes the header and a row per tested event and horizon, far horizon first", () => {
    const [header, ...lines] = predictionsCsv(rows).trimEnd().split("\n");
    expect(header).toBe("event_id,event_date,horizon,p10,p50,p90,actual");
    expect(PREDICTION_COLUMNS.join(",")).toBe(header);
    expect(lines).toHaveLength(32 * 3); // the last 40% of 80 events
    expect(lines.slice(0, 3).map((line) => line.split(",").slice(0, 3))).toEqual([
      ["e48", "2026-02-18", "30"],
      ["e48", "2026-02-18", "14"],
      ["e48", "2026-02-18", "7"],
    ]);
    for (const line of lines) {
      const [p10, p50, p90, actual] = line.split(",").slice(3).map(Number);
      expect(p10).toBeLessThanOrEqual(p50 ?? 0);
      expect(p50).toBeLessThanOrEqual(p90 ?? 0);
      expect(actual).toBeGreaterThan(0);
    }
  });

  it("at horizon d, knows the tickets sold d or more days before and the events dated on or before T - d", () => {
    const forecastsOf = (csv: string) =>
      predictionsCsv(backtest(csv).rows)
        .split("\n")
        .filter((line) => line.startsWith("e79,"))
        .map((line) => line.split(",").slice(0, 6).join(","));
    const base = forecastsOf(bookingsCsv(80));
    // The last event (2026-03-21): 40 more tickets 6 days before change no forecast, only its outcome.
    const late = Array.from({ length: 40 }, () => "e79,2026-03-21,6");
    expect(forecastsOf(bookingsCsv(80, late))).toEqual(base);
    // 40 sold 7 days before move the forecast at 7 days, not those at 14 and 30.
    const atSeven = forecastsOf(
      bookingsCsv(
        80,
        late.map((line) => line.replace(/,6$/, ",7")),
      ),
    );
    expect(atSeven.slice(0, 2)).toEqual(base.slice(0, 2));
    expect(atSeven[2]).not.toEqual(base[2]);
    // A big event on 2026-03-14 (T - 7) is history for its forecast at 7 days; one on 2026-03-15 is not.
    const big = (date: string) => Array.from({ length: 500 }, () => `big,${date},3`);
    expect(forecastsOf(bookingsCsv(80, big("2026-03-15")))[2]).toEqual(base[2]);
    expect(forecastsOf(bookingsCsv(80, big("2026-03-14")))[2]).not.toEqual(base[2]);
  });

  it("prints MAPE and coverage for the forecaster and both baselines at 30, 14 and 7 days", () => {
    const table = formatSummary(summary).split("\n");
    expect(table[0]).toContain("MAPE of P50");
    expect(table[0]).toContain("P10-P90 coverage");
    expect(table).toHaveLength(2 + 9);
    expect(table.filter((line) => line.includes("similar-events-pickup (product)"))).toHaveLength(3);
  });
});
