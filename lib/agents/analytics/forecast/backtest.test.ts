import { describe, expect, it } from "vitest";
import { type BacktestRow, runBacktest } from "./backtest";
import { type BookingCurve, firstSaleDaysOut } from "./booking-curve";
import { forecastAttendance } from "./forecaster";
import { randomCurves } from "./test-curves";

const curves = randomCurves(150, 3);
const forecastsOf = (rows: readonly BacktestRow[]) =>
  rows.map(({ eventId, horizonDays, methodName, p10, p50, p90 }) => ({
    eventId,
    horizonDays,
    methodName,
    p10,
    p50,
    p90,
  }));

describe("runBacktest", () => {
  const { rows, summary } = runBacktest(curves);

  it("forecasts the last 40% of events at 30, 14 and 7 days with every method", () => {
    expect(new Set(rows.map((row) => row.eventId)).size).toBe(60);
    expect(rows).toHaveLength(60 * 3 * 3);
    expect(summary.map((s) => [s.horizonDays, s.method])).toEqual([
      [30, "additive-pickup"],
      [30, "multiplicative-pickup"],
      [30, "similar-events-pickup"],
      [14, "additive-pickup"],
      [14, "multiplicative-pickup"],
      [14, "similar-events-pickup"],
      [7, "additive-pickup"],
      [7, "multiplicative-pickup"],
      [7, "similar-events-pickup"],
    ]);
    for (const s of summary.filter((s) => s.method === "additive-pickup")) expect(s.ratioToAdditive).toBe(1);
  });

  it("gives each test event exactly what the product's forecastAttendance would have said on the day", () => {
    for (const row of rows.filter((row) => row.methodName === "similar-events-pickup").slice(0, 12)) {
      const test = curves.find((curve) => curve.id === row.eventId) as BookingCurve;
      const direct = forecastAttendance({
        eventDay: test.eventDay,
        horizonDays: row.horizonDays,
        sold: test.netByDaysOut[row.horizonDays] ?? 0,
        salesOpenedDaysOut: firstSaleDaysOut(test),
        history: curves,
      });
      expect({ ...row, eventId: undefined, eventDay: undefined, actual: undefined, methodName: undefined }).toEqual({
        ...direct,
        eventId: undefined,
        eventDay: undefined,
        actual: undefined,
        methodName: undefined,
      });
    }
  });

  it("does not look ahead: a forecast made on a day reads nothing that happened from that day on", () => {
    const cutDay = curves[120]?.eventDay ?? 0;
    // From cutDay on, every event gets another ending: a tenfold outcome and different sales in its
    // last 6 days. A forecast d days out reads sales 7 or more days out, so every forecast made on or
    // before cutDay (including those of the changed events themselves) must stay exactly as it was.
    const changed = curves.map((curve) => {
      if (curve.eventDay < cutDay) return curve;
      const final = (curve.final ?? 0) * 10 + 7;
      return {
        ...curve,
        final,
        netByDaysOut: curve.netByDaysOut.map((held, d) => (d === 0 ? final : d < 7 ? held * 3 + d : held)),
      };
    });
    const madeBeforeCut = (list: readonly BacktestRow[]) =>
      forecastsOf(list.filter((row) => row.eventDay - row.horizonDays <= cutDay));
    const before = madeBeforeCut(rows);
    expect(before.some((row) => (curves.find((c) => c.id === row.eventId)?.eventDay ?? 0) >= cutDay)).toBe(true);
    expect(madeBeforeCut(runBacktest(changed).rows)).toEqual(before);
  });

  it("reports errors, the ratio to additive pickup and coverage from the rows", () => {
    const own = rows.filter((row) => row.horizonDays === 14 && row.methodName === "similar-events-pickup");
    const s = summary.find((entry) => entry.horizonDays === 14 && entry.method === "similar-events-pickup");
    const covered = own.filter((row) => row.p10 <= row.actual && row.actual <= row.p90).length;
    expect(s?.coverage).toBeCloseTo(covered / own.length);
    expect(s?.meanAbsError).toBeCloseTo(own.reduce((sum, row) => sum + Math.abs(row.p50 - row.actual), 0) / own.length);
  });

  it("ranges built from past errors contain about 80% of outcomes when demand does not drift", () => {
    // 300 events drawn from one process: each method's P10-P90 should cover close to 80% of the 120 tested.
    for (const s of runBacktest(randomCurves(300, 1)).summary) {
      expect(s.coverage, `${s.method} at ${s.horizonDays} days`).toBeGreaterThanOrEqual(0.7);
      expect(s.coverage, `${s.method} at ${s.horizonDays} days`).toBeLessThanOrEqual(0.9);
    }
  });
});
