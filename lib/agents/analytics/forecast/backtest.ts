/**
 * Rolling-origin backtest of the forecaster and the pickup baselines. The test events are the last
 * `testShare` of the finished events by date; a test event on day T is forecast at every horizon d
 * exactly as the product would have at the end of day T - d: from the tickets it held then (its sales
 * d or more days out) and from the events dated on or before T - d (forecaster.ts), with each method's
 * range built from its own out-of-sample errors.
 */

import { mean, median } from "../stats";
import { asKnownAt, type BookingCurve, firstSaleDaysOut, netAt } from "./booking-curve";
import { type AttendanceForecast, composeForecast, outOfSampleForecasts, pastErrors } from "./forecaster";
import { type FinishedCurve, finishedBy, type PointMethodName, pointMethods } from "./pickup";

export const BACKTEST_HORIZONS = [30, 14, 7] as const;
export const DEFAULT_TEST_SHARE = 0.4;

/** `methodName` is the method under test; `method` is what answered (the fallback when history was short). */
export type BacktestRow = AttendanceForecast & {
  eventId: string;
  eventDay: number;
  actual: number;
  methodName: PointMethodName;
};

export type BacktestSummary = {
  horizonDays: number;
  method: PointMethodName;
  events: number;
  /** Test events the method answered with the linear-pace fallback (too little history). */
  fallbacks: number;
  medianAbsError: number;
  meanAbsError: number;
  /**
   * Mean absolute percentage error of P50: mean of |P50 - actual| / max(actual, 1). The max keeps an
   * event that ended with 0 tickets defined (an error of 3 on it counts 300%); small events weigh heavily.
   */
  mape: number;
  /** medianAbsError / additive pickup's; null when additive pickup's median error is 0. */
  ratioToAdditive: number | null;
  /** meanAbsError / additive pickup's: the same comparison, less coarse when errors are a ticket or two. */
  meanRatioToAdditive: number | null;
  /** Share of test events whose outcome fell within [P10, P90]. */
  coverage: number;
};

export function runBacktest(
  curves: readonly BookingCurve[],
  options: { horizons?: readonly number[]; testShare?: number; methods?: readonly PointMethodName[] } = {},
) {
  const horizons = options.horizons ?? BACKTEST_HORIZONS;
  const methods = options.methods ?? (Object.keys(pointMethods) as PointMethodName[]);
  // By date, then id, so events sharing a date split between history and test the same way every run.
  const finished = finishedBy(curves, Number.POSITIVE_INFINITY).sort(
    (a, b) => a.eventDay - b.eventDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const tests = finished.slice(Math.floor(finished.length * (1 - (options.testShare ?? DEFAULT_TEST_SHARE))));
  const rows: BacktestRow[] = [];
  for (const horizonDays of horizons) {
    for (const methodName of methods) {
      rows.push(...backtestMethod(finished, tests, methodName, horizonDays));
    }
  }
  return { rows, summary: summarize(rows, horizons, methods) };
}

function backtestMethod(
  finished: readonly FinishedCurve[],
  tests: readonly FinishedCurve[],
  methodName: PointMethodName,
  horizonDays: number,
): BacktestRow[] {
  // A curve's out-of-sample forecast depends only on the events dated on or before its own forecast
  // day, so one pass serves every test event; each test event then reads the errors of those events.
  const forecasts = outOfSampleForecasts(finished, pointMethods[methodName], horizonDays);
  return tests.map((test) => {
    const asOfDay = test.eventDay - horizonDays;
    const history = finishedBy(finished, asOfDay);
    const known = asKnownAt(test, horizonDays);
    const forecast = composeForecast({
      methodName,
      point: forecasts.get(test.id) ?? null,
      errors: pastErrors(history, forecasts),
      historyCount: history.length,
      horizonDays,
      sold: netAt(known, horizonDays),
      salesOpenedDaysOut: firstSaleDaysOut(known),
    });
    return { ...forecast, eventId: test.id, eventDay: test.eventDay, actual: test.final, methodName };
  });
}

function summarize(rows: readonly BacktestRow[], horizons: readonly number[], methods: readonly PointMethodName[]) {
  const summary: BacktestSummary[] = [];
  for (const horizonDays of horizons) {
    const additive = rows.filter((row) => row.horizonDays === horizonDays && row.methodName === "additive-pickup");
    const additiveMedian = additive.length > 0 ? median(absErrors(additive)) : null;
    const additiveMean = additive.length > 0 ? mean(absErrors(additive)) : null;
    for (const method of methods) {
      const own = rows.filter((row) => row.horizonDays === horizonDays && row.methodName === method);
      if (own.length === 0) continue;
      const errors = absErrors(own);
      const medianAbsError = median(errors);
      const meanAbsError = mean(errors);
      summary.push({
        horizonDays,
        method,
        events: own.length,
        fallbacks: own.filter((row) => row.method === "linear-pace").length,
        medianAbsError,
        meanAbsError,
        mape: mean(own.map((row) => Math.abs(row.p50 - row.actual) / Math.max(row.actual, 1))),
        ratioToAdditive: additiveMedian ? medianAbsError / additiveMedian : null,
        meanRatioToAdditive: additiveMean ? meanAbsError / additiveMean : null,
        coverage: own.filter((row) => row.p10 <= row.actual && row.actual <= row.p90).length / own.length,
      });
    }
  }
  return summary;
}

const absErrors = (rows: readonly BacktestRow[]) => rows.map((row) => Math.abs(row.p50 - row.actual));
