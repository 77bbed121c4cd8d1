/** The backtest tool's outputs: the predictions CSV (the product's forecaster) and the printed summary table. */
import type { BacktestRow, BacktestSummary } from "@/lib/agents/analytics/forecast/backtest";
import { PRODUCT_METHOD } from "@/lib/agents/analytics/forecast/forecaster";
import { csvField } from "./cli";

export const PREDICTION_COLUMNS = ["event_id", "event_date", "horizon", "p10", "p50", "p90", "actual"] as const;
const DAY_MS = 86_400_000;

export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A row per (test event, horizon) of the product's forecaster, by date, then event, then horizon (far first). */
export function predictionsCsv(rows: readonly BacktestRow[]) {
  const own = rows
    .filter((row) => row.methodName === PRODUCT_METHOD)
    .sort(
      (a, b) =>
        a.eventDay - b.eventDay ||
        (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0) ||
        b.horizonDays - a.horizonDays,
    );
  const lines = own.map((row) =>
    [row.eventId, isoDay(row.eventDay), row.horizonDays, row.p10, row.p50, row.p90, row.actual].map(csvField).join(","),
  );
  return `${[PREDICTION_COLUMNS.join(","), ...lines].join("\n")}\n`;
}

const fixed = (value: number | null, digits = 2) =>
  value === null || Number.isNaN(value) ? "n/a" : value.toFixed(digits);

/** The summary as a Markdown table (printed by the tool, pasted into docs/analytics.md). */
export function formatSummary(summary: readonly BacktestSummary[]) {
  const header = [
    "| days out | method | events | MAPE of P50 | median abs error | median error / additive | mean abs error | mean error / additive | P10-P90 coverage |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const lines = summary.map((s) =>
    [
      s.horizonDays,
      `${s.method}${s.method === PRODUCT_METHOD ? " (product)" : ""}${s.fallbacks > 0 ? ` (${s.fallbacks} fallback)` : ""}`,
      s.events,
      `${fixed(s.mape * 100, 0)}%`,
      fixed(s.medianAbsError, 1),
      fixed(s.ratioToAdditive),
      fixed(s.meanAbsError),
      fixed(s.meanRatioToAdditive),
      fixed(s.coverage),
    ].join(" | "),
  );
  return [...header, ...lines.map((line) => `| ${line} |`)].join("\n");
}
