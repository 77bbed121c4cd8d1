import { describe, expect, it } from "vitest";
import {
  additivePickup,
  type FinishedCurve,
  finishedBy,
  multiplicativePickup,
  RECENCY_HALF_LIFE_DAYS,
  similarEventsPickup,
} from "./pickup";
import { stepCurve } from "./test-curves";

// Held 7 days out -> final: A 4 -> 10 (pickup 6), B 10 -> 12 (pickup 2), C 0 -> 3 (pickup 3).
const history = finishedBy(
  [stepCurve("A", 100, { 7: 4 }, 10), stepCurve("B", 100, { 7: 10 }, 12), stepCurve("C", 100, { 7: 0 }, 3)],
  200,
);
const query = { sold: 5, horizonDays: 7, asOfDay: 150 };

describe("additive pickup", () => {
  it("adds the mean pickup of past events to the tickets held now", () => {
    expect(additivePickup(history, query)).toBeCloseTo(5 + (6 + 2 + 3) / 3);
  });

  it("never forecasts below zero, and has no answer without history", () => {
    const shrinking = finishedBy([stepCurve("S", 100, { 7: 10 }, 2)], 200);
    expect(additivePickup(shrinking, { ...query, sold: 3 })).toBe(0);
    expect(additivePickup([], query)).toBeNull();
  });
});

describe("multiplicative pickup", () => {
  it("multiplies by the mean final / held ratio of past events that held tickets", () => {
    expect(multiplicativePickup(history, query)).toBeCloseTo(5 * ((10 / 4 + 12 / 10) / 2));
  });

  it("has no answer when no past event held a ticket at that horizon", () => {
    expect(multiplicativePickup([history[2] as FinishedCurve], query)).toBeNull();
  });
});

describe("similar-events pickup", () => {
  it("takes the weighted median pickup, weighted toward past events of the same size", () => {
    // Held 4: A (held 4) weighs 1, B (held 10) e^(-2 ln(11/5)) = 0.21, C (held 0) e^(-2 ln 5) = 0.04,
    // so A alone carries more than half the weight: 4 + 6.
    expect(similarEventsPickup(history, { ...query, sold: 4 })).toBe(10);
    // Held 10: B weighs 1, A 0.21, C 0.008: 10 + 2.
    expect(similarEventsPickup(history, { ...query, sold: 10 })).toBe(12);
  });

  it("weighs a recent event over an old one of the same size", () => {
    const pair = finishedBy(
      [stepCurve("old", 100, { 7: 5 }, 6), stepCurve("new", 100 + 2 * RECENCY_HALF_LIFE_DAYS, { 7: 5 }, 9)],
      1000,
    );
    // old (pickup 1) weighs 1/4 of new (pickup 4); unweighted, the median would be the lower one, 1.
    expect(similarEventsPickup(pair, { sold: 5, horizonDays: 7, asOfDay: 500 })).toBe(9);
  });

  it("is not moved by one huge outlier the way the mean is", () => {
    const withOutlier = [...history, ...finishedBy([stepCurve("G", 100, { 7: 5 }, 205)], 200)];
    expect(similarEventsPickup(withOutlier, query)).toBeLessThan(12);
    expect(additivePickup(withOutlier, query)).toBeGreaterThan(50);
  });
});

describe("finishedBy", () => {
  it("keeps the events over by the end of the day, the day's own included, never a later one or one still on sale", () => {
    const open = { ...stepCurve("open", 90, { 7: 1 }, 0), final: null };
    const curves = [
      stepCurve("past", 99, {}, 1),
      stepCurve("same-day", 100, {}, 1),
      stepCurve("next-day", 101, {}, 1),
      open,
    ];
    expect(finishedBy(curves, 100).map((curve) => curve.id)).toEqual(["past", "same-day"]);
  });
});
