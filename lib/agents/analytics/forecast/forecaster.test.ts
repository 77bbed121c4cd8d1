import { describe, expect, it } from "vitest";
import { type ForecastInput, forecastAttendance, MIN_ERRORS, MIN_HISTORY } from "./forecaster";
import { randomCurves, stepCurve } from "./test-curves";

const eventDay = 21_000;

describe("forecastAttendance with too little history", () => {
  const input: ForecastInput = {
    eventDay,
    horizonDays: 30,
    sold: 20,
    salesOpenedDaysOut: 59,
    history: randomCurves(MIN_HISTORY - 1, 1),
  };

  it("extrapolates the event's own pace to the event date with a wide stated range, and says why", () => {
    const forecast = forecastAttendance(input);
    // 20 tickets in the 30 days since sales opened (59 to 30 days out): 40 by the event.
    expect(forecast).toMatchObject({ method: "linear-pace", p10: 20, p50: 40, p90: 60, historyCount: MIN_HISTORY - 1 });
    expect(forecast.note).toContain(`only ${MIN_HISTORY - 1} past events`);
    expect(forecast.note).toContain("not calibrated");
  });

  it("falls back when the past events are too few to have been forecast themselves", () => {
    // MIN_HISTORY events the day before the forecast: enough for a pickup, but none of them had predecessors.
    const sameDay = Array.from({ length: MIN_HISTORY }, (_, i) => stepCurve(`s${i}`, eventDay - 31, { 30: 5 }, 8));
    const forecast = forecastAttendance({ ...input, history: sameDay });
    expect(forecast.method).toBe("linear-pace");
    expect(forecast.historyCount).toBe(MIN_HISTORY);
  });

  it("forecasts the tickets held when nothing has sold yet", () => {
    expect(forecastAttendance({ ...input, sold: 0, salesOpenedDaysOut: null })).toMatchObject({
      method: "linear-pace",
      p10: 0,
      p50: 0,
      p90: 0,
    });
  });
});

describe("forecastAttendance with history", () => {
  const history = randomCurves(120, 7, eventDay - 200);

  it("uses similar-events pickup, with integer quantiles in order, for any event size and horizon", () => {
    for (const horizonDays of [30, 14, 7]) {
      for (const sold of [0, 1, 5, 40, 150, 600]) {
        const forecast = forecastAttendance({ eventDay, horizonDays, sold, salesOpenedDaysOut: 60, history });
        expect(forecast.method).toBe("similar-events-pickup");
        expect(forecast.horizonDays).toBe(horizonDays);
        for (const value of [forecast.p10, forecast.p50, forecast.p90]) expect(Number.isInteger(value)).toBe(true);
        expect(forecast.p10).toBeGreaterThanOrEqual(0);
        expect(forecast.p10).toBeLessThanOrEqual(forecast.p50);
        expect(forecast.p50).toBeLessThanOrEqual(forecast.p90);
      }
    }
  });

  it("learns only from events over by the end of the forecast day, and counts them", () => {
    const asOfDay = eventDay - 14;
    const base = { eventDay, horizonDays: 14, sold: 60, salesOpenedDaysOut: 60 };
    const forecast = forecastAttendance({ ...base, history });
    expect(forecast.historyCount).toBe(history.filter((curve) => curve.eventDay <= asOfDay).length);
    expect(forecast.historyCount).toBeGreaterThanOrEqual(MIN_HISTORY + MIN_ERRORS);
    // Events after the forecast day, and one still on sale, however wild, change nothing.
    const later = [
      stepCurve("next-day", asOfDay + 1, { 14: 1 }, 5_000),
      stepCurve("after", asOfDay + 3, { 14: 60 }, 9_000),
      { ...stepCurve("on-sale", asOfDay - 5, { 14: 60 }, 7_000), final: null },
    ];
    expect(forecastAttendance({ ...base, history: [...history, ...later] })).toEqual(forecast);
    // An event held on the forecast day itself is over by its end, so it is read.
    const onTheDay = forecastAttendance({ ...base, history: [...history, stepCurve("on-the-day", asOfDay, {}, 9)] });
    expect(onTheDay.historyCount).toBe(forecast.historyCount + 1);
  });

  it("answers with another point method when asked, for the baselines", () => {
    const input = { eventDay, horizonDays: 7, sold: 50, salesOpenedDaysOut: 60, history };
    expect(forecastAttendance(input, "additive-pickup").method).toBe("additive-pickup");
  });
});
