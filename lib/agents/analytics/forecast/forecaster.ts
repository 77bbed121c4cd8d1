/**
 * predict_attendance's forecast: final attendance with P10/P50/P90 from the tickets an event holds d
 * days out and the organization's past events.
 *
 * P50 is similar-events pickup (pickup.ts). The range comes from the method's own record: every past
 * event is forecast as it would have been d days before it (from the events over by then), its
 * relative error (actual - forecast) / (forecast + 1) is kept, and the 10th and 90th percentiles of
 * those errors are scaled back to this forecast's size. Errors are relative because they grow with
 * the size of the event; the +1 keeps an event forecast at 0 defined.
 *
 * With fewer than MIN_HISTORY past events, or fewer than MIN_ERRORS of them that could themselves be
 * forecast, the answer is a straight extrapolation of the event's own pace with a ±50% range, and says so.
 */

import { quantile } from "../stats";
import type { BookingCurve } from "./booking-curve";
import { netAt } from "./booking-curve";
import { type FinishedCurve, finishedBy, type PointMethod, type PointMethodName, pointMethods } from "./pickup";

export const MIN_HISTORY = 10;
export const MIN_ERRORS = 10;
/** The fallback's range: P50 x (1 ± FALLBACK_SPREAD), a stated convention, not a calibrated interval. */
export const FALLBACK_SPREAD = 0.5;

export type ForecastMethod = PointMethodName | "linear-pace";

export type AttendanceForecast = {
  p10: number;
  p50: number;
  p90: number;
  method: ForecastMethod;
  horizonDays: number;
  /** Past events the forecast learned from (over by the end of the forecast day). */
  historyCount: number;
  note: string;
};

export type ForecastInput = {
  /** The event's start as a UTC day (booking-curve.ts utcDay). */
  eventDay: number;
  horizonDays: number;
  /** Net tickets held at the end of the forecast day (eventDay - horizonDays). */
  sold: number;
  /** Days before the event its first ticket was sold; the fallback's pace needs it. */
  salesOpenedDaysOut: number | null;
  /** The organization's events; only those dated on or before the forecast day and over are read. */
  history: readonly BookingCurve[];
};

export const PRODUCT_METHOD: PointMethodName = "similar-events-pickup";

export function forecastAttendance(input: ForecastInput, methodName: PointMethodName = PRODUCT_METHOD) {
  const asOfDay = input.eventDay - input.horizonDays;
  const history = finishedBy(input.history, asOfDay);
  const method = pointMethods[methodName];
  const point = method(history, { sold: input.sold, horizonDays: input.horizonDays, asOfDay });
  const errors = pastErrors(history, outOfSampleForecasts(history, method, input.horizonDays));
  return composeForecast({ ...input, methodName, point, errors, historyCount: history.length });
}

/**
 * Each finished curve's forecast at `horizonDays`, made only from the curves dated on or before its own
 * forecast day; curves with fewer than MIN_HISTORY such predecessors (or no answer) are left out.
 */
export function outOfSampleForecasts(curves: readonly BookingCurve[], method: PointMethod, horizonDays: number) {
  const finished = curves.filter((curve): curve is FinishedCurve => curve.final !== null);
  finished.sort((a, b) => a.eventDay - b.eventDay);
  const forecasts = new Map<string, number>();
  let known = 0;
  for (const curve of finished) {
    const asOfDay = curve.eventDay - horizonDays;
    while (known < finished.length && (finished[known]?.eventDay ?? asOfDay + 1) <= asOfDay) known++;
    if (known < MIN_HISTORY) continue;
    const forecast = method(finished.slice(0, known), { sold: netAt(curve, horizonDays), horizonDays, asOfDay });
    if (forecast !== null) forecasts.set(curve.id, forecast);
  }
  return forecasts;
}

/** The relative errors (actual - forecast) / (forecast + 1) of the past events that were forecast. */
export function pastErrors(history: readonly FinishedCurve[], forecasts: ReadonlyMap<string, number>) {
  return history.flatMap((curve) => {
    const forecast = forecasts.get(curve.id);
    return forecast === undefined ? [] : [(curve.final - forecast) / (forecast + 1)];
  });
}

/** The forecast from a point and the method's past relative errors, or the stated fallback. */
export function composeForecast(args: {
  methodName: PointMethodName;
  point: number | null;
  errors: readonly number[];
  historyCount: number;
  horizonDays: number;
  sold: number;
  salesOpenedDaysOut: number | null;
}): AttendanceForecast {
  const { point, errors, historyCount, horizonDays } = args;
  if (point === null || historyCount < MIN_HISTORY || errors.length < MIN_ERRORS) {
    return linearPaceForecast(args);
  }
  const p50 = Math.round(point);
  const p10 = Math.min(p50, Math.max(0, Math.ceil(point + quantile(errors, 0.1) * (point + 1) - 1e-9)));
  const p90 = Math.max(p50, Math.floor(point + quantile(errors, 0.9) * (point + 1) + 1e-9));
  return {
    p10,
    p50,
    p90,
    method: args.methodName,
    horizonDays,
    historyCount,
    note: `${args.methodName} from ${historyCount} past events; the P10-P90 range is the 10th-90th percentile of its errors on ${errors.length} of them, each forecast ${horizonDays} days out from the events before its own forecast day.`,
  };
}

function linearPaceForecast(args: {
  historyCount: number;
  horizonDays: number;
  sold: number;
  salesOpenedDaysOut: number | null;
}): AttendanceForecast {
  const { historyCount, horizonDays, sold, salesOpenedDaysOut } = args;
  const why = `only ${historyCount} past events over by the forecast day (a pickup forecast needs ${MIN_HISTORY}, and ${MIN_ERRORS} of them forecastable to measure its error)`;
  const base = { method: "linear-pace" as const, horizonDays, historyCount };
  if (salesOpenedDaysOut === null || sold <= 0 || salesOpenedDaysOut < horizonDays) {
    return {
      ...base,
      p10: 0,
      p50: Math.max(sold, 0),
      p90: Math.max(sold, 0),
      note: `${why}; no sales yet to extrapolate, so the forecast is the tickets held now.`,
    };
  }
  // The pace so far (tickets per day since the first sale, counting the forecast day) continues to the event.
  const p50 = Math.round((sold * (salesOpenedDaysOut + 1)) / (salesOpenedDaysOut - horizonDays + 1));
  return {
    ...base,
    p10: Math.round(p50 * (1 - FALLBACK_SPREAD)),
    p50,
    p90: Math.round(p50 * (1 + FALLBACK_SPREAD)),
    note: `${why}; the current pace is extrapolated to the event date, with a stated ±${FALLBACK_SPREAD * 100}% range that is not calibrated.`,
  };
}
