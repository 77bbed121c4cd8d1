/**
 * Point forecasts of an event's final attendance from the tickets it holds d days out and the curves
 * of past events (pickup = final - held d days out). Each returns null when the history cannot say.
 * The history passed in must already be limited to the events over by the end of the forecast day
 * (forecaster.ts does that); nothing here looks at dates beyond weighting by age.
 */

import { mean, weightedMedian } from "../stats";
import { type BookingCurve, netAt } from "./booking-curve";

export type FinishedCurve = BookingCurve & { final: number };

export type PickupQuery = {
  /** Net tickets the event holds at the forecast day. */
  sold: number;
  horizonDays: number;
  /** The forecast day (UTC day number): eventDay - horizonDays. */
  asOfDay: number;
};

export type PointMethod = (history: readonly FinishedCurve[], query: PickupQuery) => number | null;

/**
 * Events dated on or before `day` whose outcome is known: a forecast is made at the end of its day, when
 * that day's sales are in and an event held that day is over (a live event today has no final yet).
 */
export function finishedBy(curves: readonly BookingCurve[], day: number): FinishedCurve[] {
  return curves.filter((curve): curve is FinishedCurve => curve.final !== null && curve.eventDay <= day);
}

const pickupOf = (curve: FinishedCurve, horizonDays: number) => curve.final - netAt(curve, horizonDays);

/** Additive pickup: held now + the mean of past events' pickup from d days out. */
export const additivePickup: PointMethod = (history, { sold, horizonDays }) => {
  if (history.length === 0) return null;
  return Math.max(0, sold + mean(history.map((curve) => pickupOf(curve, horizonDays))));
};

/** Multiplicative pickup: held now x the mean of past events' final / held d days out (those holding some). */
export const multiplicativePickup: PointMethod = (history, { sold, horizonDays }) => {
  const ratios = history.filter((curve) => netAt(curve, horizonDays) > 0).map((c) => c.final / netAt(c, horizonDays));
  if (ratios.length === 0) return null;
  return sold * mean(ratios);
};

/**
 * A past event's weight halves every RECENCY_HALF_LIFE_DAYS of age (demand drifts with the season
 * and the market), and falls by e for every SIZE_BANDWIDTH of distance in log(1 + tickets held d days
 * out) (an event holding 1.65x as many tickets weighs 1/e as much). Both are priors stated up front,
 * not fitted to any data set: a quarter of a year, and "within a factor of about 1.5 is similar".
 */
export const RECENCY_HALF_LIFE_DAYS = 90;
export const SIZE_BANDWIDTH = 0.5;

/**
 * Similar-events pickup, the product's point forecast: held now + the weighted median pickup of past
 * events, weighted toward recent events of a similar size. The median, not the mean, because pickup is
 * heavy-tailed (a few group bookings or mass cancellations would drag a mean for every other event).
 */
export const similarEventsPickup: PointMethod = (history, { sold, horizonDays, asOfDay }) => {
  if (history.length === 0) return null;
  const size = Math.log1p(Math.max(sold, 0));
  // Ages count from the newest past event: the weighted median is unchanged and old histories cannot underflow.
  const newest = Math.max(...history.map((curve) => curve.eventDay));
  const weights = history.map((curve) => {
    const age = Math.min(newest, asOfDay) - Math.min(curve.eventDay, asOfDay);
    const distance = Math.abs(Math.log1p(Math.max(netAt(curve, horizonDays), 0)) - size);
    return 0.5 ** (age / RECENCY_HALF_LIFE_DAYS) * Math.exp(-distance / SIZE_BANDWIDTH);
  });
  const pickups = history.map((curve) => pickupOf(curve, horizonDays));
  return Math.max(0, sold + weightedMedian(pickups, weights));
};

export const pointMethods = {
  "additive-pickup": additivePickup,
  "multiplicative-pickup": multiplicativePickup,
  "similar-events-pickup": similarEventsPickup,
} satisfies Record<string, PointMethod>;

export type PointMethodName = keyof typeof pointMethods;
