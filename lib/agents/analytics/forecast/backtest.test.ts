import { describe, expect, it } from "vitest";
import { type BacktestRow, runBacktest } from "./backtest";
import { asKnownAt, type BookingCurve, firstSaleDaysOut, netAt } from "./booking-curve";
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
      const known = asKnownAt(test, row.horizonDays);
      const direct = forecastAttendance({
        eventDay: test.eventDay,
        horizonDays: row.horizonDays,
        sold: netAt(known, row.horizonDays),
        salesOpenedDaysOut: firstSaleDaysOut(known),
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

  it("reads as history exactly the events dated on or before T - d", () => {
    for (const row of rows) {
      const onOrBefore = curves.filter((curve) => curve.eventDay <= row.eventDay - row.horizonDays).length;
      expect(row.historyCount, `${row.eventId} at ${row.horizonDays} days`).toBe(onOrBefore);
    }
  });

  // The last event (day T) at 7 days: its forecast is made at the end of day T - 7.
  const last = curves.at(-1) as BookingCurve;
  const rowOf = (list: readonly BacktestRow[], horizonDays: number, methodName = "additive-pickup") =>
    list.find((row) => row.eventId === last.id && row.horizonDays === horizonDays && row.methodName === methodName);
  const withCurve = (id: string, change: (curve: BookingCurve) => BookingCurve) =>
    runBacktest(curves.map((curve) => (curve.id === id ? change(curve) : curve))).rows;
  const tenfold = (curve: BookingCurve) => ({
    ...curve,
    final: (curve.final ?? 0) * 10 + 7,
    netByDaysOut: curve.netByDaysOut.map((held, d) => (d < 7 ? (curve.final ?? 0) * 10 + 7 : held)),
  });
  const dated = (day: number) => curves.find((curve) => curve.eventDay === day)?.id ?? "";

  it("an event dated T - d is read, one dated T - d + 1 is not", () => {
    expect(rowOf(withCurve(dated(last.eventDay - 7), tenfold), 7)).not.toEqual(rowOf(rows, 7));
    expect(rowOf(withCurve(dated(last.eventDay - 6), tenfold), 7)).toEqual(rowOf(rows, 7));
  });

  it("only the test event's sales d or more days out are known at horizon d", () => {
    // 50 more tickets sold 6 days out: the forecasts at 7, 14 and 30 days stay, only the outcome moves.
    const late = (curve: BookingCurve) => ({
      ...curve,
      final: (curve.final ?? 0) + 50,
      netByDaysOut: curve.netByDaysOut.map((held, d) => (d <= 6 ? held + 50 : held)),
    });
    const changed = withCurve(last.id, late);
    for (const horizonDays of [7, 14, 30]) {
      for (const methodName of ["additive-pickup", "multiplicative-pickup", "similar-events-pickup"]) {
        const before = rowOf(rows, horizonDays, methodName);
        expect(rowOf(changed, horizonDays, methodName)).toEqual({ ...before, actual: (before?.actual ?? 0) + 50 });
      }
    }
    // The same 50 tickets sold 7 days out are known at 7 days.
    const atSeven = (curve: BookingCurve) => ({
      ...curve,
      final: (curve.final ?? 0) + 50,
      netByDaysOut: curve.netByDaysOut.map((held, d) => (d <= 7 ? held + 50 : held)),
    });
    expect(rowOf(withCurve(last.id, atSeven), 7)?.p50).toBe((rowOf(rows, 7)?.p50 ?? 0) + 50);
  });

  it("does not look ahead: a forecast made at the end of a day reads nothing dated after it", () => {
    const cutDay = curves[120]?.eventDay ?? 0;
    // Everything dated after cutDay gets another story: every event's tickets held on each later day
    // and its outcome. A forecast at the end of a day on or before cutDay (including those of the
    // changed events themselves) must stay exactly as it was; one later read would move it.
    const changed = curves.map((curve) => {
      if (curve.eventDay <= cutDay) return curve;
      const laterDaysOut = curve.eventDay - cutDay; // the days after cutDay are fewer days out than this
      const netByDaysOut = curve.netByDaysOut.map((held, d) => (d < laterDaysOut ? held * 3 + 11 + d : held));
      return { ...curve, netByDaysOut, final: netByDaysOut[0] ?? 0 };
    });
    const madeBy = (list: readonly BacktestRow[], day: number) =>
      forecastsOf(list.filter((row) => row.eventDay - row.horizonDays <= day));
    const changedRows = runBacktest(changed).rows;
    const before = madeBy(rows, cutDay);
    expect(before.some((row) => (curves.find((c) => c.id === row.eventId)?.eventDay ?? 0) > cutDay)).toBe(true);
    expect(madeBy(changedRows, cutDay)).toEqual(before);
    // The change does reach the forecasts made the day after: the test would see a one-day leak.
    expect(madeBy(changedRows, cutDay + 1)).not.toEqual(madeBy(rows, cutDay + 1));
  });

  it("reports errors, the ratio to additive pickup and coverage from the rows", () => {
    const own = rows.filter((row) => row.horizonDays === 14 && row.methodName === "similar-events-pickup");
    const s = summary.find((entry) => entry.horizonDays === 14 && entry.method === "similar-events-pickup");
    const covered = own.filter((row) => row.p10 <= row.actual && row.actual <= row.p90).length;
    expect(s?.coverage).toBeCloseTo(covered / own.length);
    expect(s?.meanAbsError).toBeCloseTo(own.reduce((sum, row) => sum + Math.abs(row.p50 - row.actual), 0) / own.length);
    const ape = own.map((row) => Math.abs(row.p50 - row.actual) / Math.max(row.actual, 1));
    expect(s?.mape).toBeCloseTo(ape.reduce((sum, value) => sum + value, 0) / own.length);
  });

  it("counts an event that ended with 0 tickets against max(actual, 1) in the MAPE", () => {
    const zeroEnding = randomCurves(60, 5).map((curve, i) =>
      i < 50 ? curve : { ...curve, final: 0, netByDaysOut: curve.netByDaysOut.map((held, d) => (d < 7 ? 0 : held)) },
    );
    const { rows: zeroRows, summary: zeroSummary } = runBacktest(zeroEnding, { horizons: [7] });
    const additive = zeroRows.filter((row) => row.methodName === "additive-pickup");
    const mape = additive.reduce((sum, row) => sum + Math.abs(row.p50 - row.actual) / Math.max(row.actual, 1), 0);
    expect(zeroSummary.find((entry) => entry.method === "additive-pickup")?.mape).toBeCloseTo(mape / additive.length);
    expect(Number.isFinite(zeroSummary[0]?.mape)).toBe(true);
  });

  it("ranges built from past errors contain about 80% of outcomes when demand does not drift", () => {
    // 300 events drawn from one process: each method's P10-P90 should cover close to 80% of the 120 tested.
    for (const s of runBacktest(randomCurves(300, 1)).summary) {
      expect(s.coverage, `${s.method} at ${s.horizonDays} days`).toBeGreaterThanOrEqual(0.7);
      expect(s.coverage, `${s.method} at ${s.horizonDays} days`).toBeLessThanOrEqual(0.9);
    }
  });
});
