/**
 * How accurate the attendance forecast has been on the organization's own past events: the backtest
 * (forecast/backtest.ts, run as it is) over their booking curves, for the product's method and the two
 * pickup baselines it is measured against. The figures a page's accuracy panel shows.
 */
import type { ToolDeps } from "../core/tool";
import { pastEventCurves } from "./attendance";
import { BACKTEST_HORIZONS, type BacktestSummary, runBacktest } from "./forecast/backtest";
import { MIN_ERRORS, MIN_HISTORY, PRODUCT_METHOD } from "./forecast/forecaster";

/**
 * A test event is forecast by the product's method only once MIN_HISTORY events finished before it and
 * MIN_ERRORS of those could themselves be forecast: with fewer past events every test event would get
 * the fallback, and the backtest would measure the fallback, not the forecaster.
 */
export const MIN_ACCURACY_EVENTS = MIN_HISTORY + MIN_ERRORS + 1;

export type ForecastAccuracy =
  | { status: "not_enough_history"; pastEvents: number; minimumEvents: number; message: string }
  | {
      status: "ok";
      pastEvents: number;
      /** The product's method and the baselines, per horizon (days before the event). */
      summary: BacktestSummary[];
      rows: {
        eventId: string;
        horizonDays: number;
        method: string;
        p10: number;
        p50: number;
        p90: number;
        actual: number;
      }[];
      note: string;
    };

export async function forecastAccuracy(
  deps: Pick<ToolDeps, "db" | "organizationId" | "now">,
): Promise<ForecastAccuracy> {
  const curves = (await pastEventCurves(deps)).filter((curve) => curve.final !== null);
  if (curves.length < MIN_ACCURACY_EVENTS) {
    return {
      status: "not_enough_history",
      pastEvents: curves.length,
      minimumEvents: MIN_ACCURACY_EVENTS,
      message: `Only ${curves.length} past events with sales: the forecaster's accuracy can be measured from ${MIN_ACCURACY_EVENTS} on (each tested event needs ${MIN_HISTORY} earlier events to learn from and ${MIN_ERRORS} of them forecast to size its range).`,
    };
  }
  const { rows, summary } = runBacktest(curves);
  const product = summary.filter((line) => line.method === PRODUCT_METHOD);
  const fallbacks = product.reduce((sum, line) => sum + line.fallbacks, 0);
  const tested = product.reduce((sum, line) => sum + line.events, 0);
  return {
    status: "ok",
    pastEvents: curves.length,
    summary,
    rows: rows
      .filter((row) => row.methodName === PRODUCT_METHOD)
      .map((row) => ({
        eventId: row.eventId,
        horizonDays: row.horizonDays,
        method: row.method,
        p10: row.p10,
        p50: row.p50,
        p90: row.p90,
        actual: row.actual,
      })),
    note: `Each of the latest past events was forecast as it would have been ${BACKTEST_HORIZONS.join(", ")} days before it, from the events over by then; ${fallbacks} of the ${tested} forecasts had too little history and used the stated fallback (linear pace).`,
  };
}
