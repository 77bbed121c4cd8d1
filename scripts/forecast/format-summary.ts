import type { BacktestSummary } from "@/lib/agents/analytics/forecast/backtest";

const fixed = (value: number | null, digits = 2) =>
  value === null || Number.isNaN(value) ? "n/a" : value.toFixed(digits);

/** The backtest summary as a Markdown table (printed by the script, pasted into docs/analytics.md). */
export function formatSummary(summary: readonly BacktestSummary[]) {
  const header = [
    "| days out | method | events | median abs error | mean abs error | MAPE | median error / additive | mean error / additive | P10-P90 coverage |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const lines = summary.map(
    (s) =>
      `| ${s.horizonDays} | ${s.method}${s.fallbacks > 0 ? ` (${s.fallbacks} fallback)` : ""} | ${s.events} | ${fixed(s.medianAbsError, 1)} | ${fixed(s.meanAbsError)} | ${fixed(s.mape * 100, 0)}% | ${fixed(s.ratioToAdditive)} | ${fixed(s.meanRatioToAdditive)} | ${fixed(s.coverage)} |`,
  );
  return [...header, ...lines].join("\n");
}
