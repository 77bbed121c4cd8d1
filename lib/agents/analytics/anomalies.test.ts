import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { nextDay } from "@/lib/domain/calendar-days";
import { type DailyValue, findAnomalies, MINIMUM_HISTORY_DAYS } from "./anomalies";

/** A reproducible noise source (mulberry32), so a failing test fails the same way every run. */
function noise(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const START = "2027-01-04"; // a Monday

/** `weeks` of daily sales: ~40 on weekdays, ~90 on Saturdays and Sundays, a slow rise, ±10% noise. */
function weeklySeries(weeks: number, seed = 1): DailyValue[] {
  const random = noise(seed);
  const days: DailyValue[] = [];
  let date = START;
  for (let i = 0; i < weeks * 7; i++) {
    const weekend = i % 7 >= 5;
    const level = (weekend ? 90 : 40) * (1 + i / 400);
    days.push({ date, value: Math.round(level * (0.9 + 0.2 * random())) });
    date = nextDay(date);
  }
  return days;
}

function plant(series: DailyValue[], planted: Record<string, number>) {
  return series.map((day) => (day.date in planted ? { ...day, value: planted[day.date] as number } : day));
}

function flagged(series: DailyValue[], metric: Parameters<typeof findAnomalies>[0] = "tickets_sold") {
  const report = findAnomalies(metric, series);
  if (report.status !== "ok") throw new Error(report.message);
  return report.anomalies;
}

describe("findAnomalies", () => {
  it("finds a planted spike and a planted dip on their dates, and nothing else", () => {
    // 2027-02-10 is a Wednesday (usually ~44), 2027-02-20 a Saturday (usually ~100).
    const series = plant(weeklySeries(10), { "2027-02-10": 130, "2027-02-20": 35 });
    const anomalies = flagged(series);
    expect(anomalies.map((a) => [a.date, a.direction])).toEqual([
      ["2027-02-10", "above"],
      ["2027-02-20", "below"],
    ]);
    const [spike, dip] = anomalies;
    expect(spike?.expected).toBeGreaterThan(38);
    expect(spike?.expected).toBeLessThan(50);
    expect(spike?.difference).toBeCloseTo(130 - (spike?.expected ?? 0));
    expect(spike?.why).toMatch(/^tickets sold were 130 against ~4\d expected for a Wednesday \(\d\.\d× the usual\)$/);
    expect(dip?.expected).toBeGreaterThan(90);
    expect(dip?.score).toBeLessThan(-3.5);
    expect(dip?.why).toMatch(/^tickets sold were 35 against ~\d+ expected for a Saturday \(3\d% of the usual\)$/);
  });

  it("does not flag the usual weekend peak, even when it is more than twice the weekdays", () => {
    const series = weeklySeries(12, 7);
    expect(flagged(series)).toEqual([]);
  });

  it("flags nothing in a series of all-equal values (MAD = 0 and every residual equal)", () => {
    const series = weeklySeries(6).map((day) => ({ ...day, value: 25 }));
    expect(flagged(series)).toEqual([]);
  });

  it("with MAD = 0 flags six refunds on a day that never has any, not one or five", () => {
    const flat = weeklySeries(6).map((day) => ({ ...day, value: 0 }));
    expect(flagged(plant(flat, { "2027-01-20": 1 }), "refunds")).toEqual([]);
    expect(flagged(plant(flat, { "2027-01-20": 5 }), "refunds")).toEqual([]);
    const [refunds] = flagged(plant(flat, { "2027-01-20": 6 }), "refunds");
    expect(refunds).toMatchObject({ date: "2027-01-20", observed: 6, expected: 0, ratio: null, direction: "above" });
    expect(refunds?.why).toBe("refunds were 6 against ~0 expected for a Wednesday");
  });

  it("says there is not enough history below four weeks, and how much it has", () => {
    const report = findAnomalies("refunds", weeklySeries(4).slice(0, MINIMUM_HISTORY_DAYS - 1));
    expect(report).toMatchObject({ status: "not_enough_history", days: 27, minimumDays: 28 });
    if (report.status !== "not_enough_history") throw new Error("expected not enough history");
    expect(report.message).toContain("at least 28");
    expect(findAnomalies("refunds", weeklySeries(4)).status).toBe("ok");
  });

  it("flags a day with no sales amid steady sales", () => {
    const steady = weeklySeries(8).map((day, i) => ({ ...day, value: 30 + (i % 3) }));
    const anomalies = flagged(plant(steady, { "2027-02-03": 0 }));
    expect(anomalies.map((a) => a.date)).toEqual(["2027-02-03"]);
    expect(anomalies[0]?.why).toBe("no tickets sold against ~31 expected for a Wednesday");
  });

  it("does not flag a day with no sales when a few a day is all there usually is", () => {
    const few = weeklySeries(8).map((day, i) => ({ ...day, value: [3, 2, 4, 3, 1, 5, 3][i % 7] as number }));
    expect(flagged(plant(few, { "2027-02-03": 0 }))).toEqual([]);
  });

  it("flags every day of a run of zeros, in the middle and at the end of the series", () => {
    const series = weeklySeries(10, 3);
    const run = (from: number, length: number) =>
      Object.fromEntries(series.slice(from, from + length).map((day) => [day.date, 0]));
    const middle = { ...run(30, 9) };
    const end = run(series.length - 10, 10);
    const dates = (planted: Record<string, number>) => Object.keys(planted).sort();
    expect(flagged(plant(series, middle)).map((a) => a.date)).toEqual(dates(middle));
    expect(flagged(plant(series, end)).map((a) => a.date)).toEqual(dates(end));
  });

  it("counts a missing day as zero, and refuses a repeated date", () => {
    const steady = weeklySeries(6).map((day) => ({ ...day, value: 20 }));
    const anomalies = flagged(steady.filter((day) => day.date !== "2027-01-27"));
    expect(anomalies.map((a) => [a.date, a.observed])).toEqual([["2027-01-27", 0]]);
    expect(() => findAnomalies("refunds", [...steady, steady[0] as DailyValue])).toThrow(/twice/);
  });

  it("finds injected spikes and drops across a noisy year (precision and recall reported)", () => {
    const random = noise(42);
    const series = weeklySeries(52, 11);
    const injected = new Map<string, "above" | "below">();
    for (let i = 0; i < 16; i++) {
      const day = series[Math.floor(20 + (i * (series.length - 40)) / 16 + random() * 5)] as DailyValue;
      const up = i % 2 === 0;
      injected.set(day.date, up ? "above" : "below");
      day.value = Math.round(day.value * (up ? 2.2 : 0.25));
    }
    const found = flagged(series);
    const hits = found.filter((a) => injected.get(a.date) === a.direction).length;
    const precision = hits / found.length;
    const recall = hits / injected.size;
    console.info(`anomalies: ${found.length} flagged, precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

const HOTEL_FILE = path.resolve(process.cwd(), "../shared/data/hotel_bookings_portugal_15k.csv");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"].concat([
  "September",
  "October",
  "November",
  "December",
]);

describe.skipIf(!existsSync(HOTEL_FILE))(`on real bookings (${HOTEL_FILE})`, () => {
  it("flags a small share of days of each hotel's daily bookings", () => {
    const rows: Record<string, string>[] = parse(readFileSync(HOTEL_FILE), { columns: true });
    const byHotel = new Map<string, Map<string, number>>();
    let firstArrival = "9999-12-31";
    let lastArrival = "0000-01-01";
    for (const row of rows) {
      const month = MONTHS.indexOf(row.arrival_date_month ?? "");
      const arrival = Date.UTC(Number(row.arrival_date_year), month, Number(row.arrival_date_day_of_month));
      const arrivalDay = new Date(arrival).toISOString().slice(0, 10);
      if (arrivalDay < firstArrival) firstArrival = arrivalDay;
      if (arrivalDay > lastArrival) lastArrival = arrivalDay;
      // The day the booking was made: a sale, lead_time days before the stay.
      const booked = new Date(arrival - Number(row.lead_time) * 86_400_000).toISOString().slice(0, 10);
      const hotel = row.hotel ?? "";
      const daily = byHotel.get(hotel) ?? new Map<string, number>();
      daily.set(booked, (daily.get(booked) ?? 0) + 1);
      byHotel.set(hotel, daily);
    }
    expect(byHotel.size).toBe(2);
    for (const [hotel, daily] of byHotel) {
      // Only the days whose bookings the file can hold in full: those made while its stays are arriving.
      const series = [...daily]
        .filter(([date]) => date >= firstArrival && date <= lastArrival)
        .map(([date, value]) => ({ date, value }));
      const report = findAnomalies("tickets_sold", series);
      if (report.status !== "ok") throw new Error(report.message);
      const share = report.anomalies.length / report.days;
      console.info(
        `${hotel}: ${report.anomalies.length} of ${report.days} days flagged (${(share * 100).toFixed(1)}%)`,
      );
      expect(share).toBeLessThan(0.05);
    }
  });
});
