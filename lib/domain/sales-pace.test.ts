import { describe, expect, it } from "vitest";
import { cumulativeSeries, salesPace, straightLinePace } from "./sales-pace";

const opened = new Date("2026-01-01T00:00:00Z");
const starts = new Date("2026-04-11T00:00:00Z"); // 100 days later

describe("salesPace", () => {
  it("compares sales with the straight line from opening to the event", () => {
    const pace = salesPace({
      sold: 500,
      target: 1000,
      salesOpenedAt: opened,
      startsAt: starts,
      now: new Date("2026-02-20T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(pace.expectedByNow).toBe(500);
    expect(pace.gap).toBe(0);
    expect(pace.status).toBe("on_track");
    expect(pace.daysToEvent).toBe(50);
    expect(pace.progress).toBe(0.5);
  });

  it("flags an event 40% or more under the line as far behind", () => {
    const now = new Date("2026-03-22T00:00:00Z"); // 80 days in: 800 expected
    expect(
      salesPace({ sold: 480, target: 1000, salesOpenedAt: opened, startsAt: starts, now, timeZone: "UTC" }).status,
    ).toBe("far_behind");
    expect(
      salesPace({ sold: 481, target: 1000, salesOpenedAt: opened, startsAt: starts, now, timeZone: "UTC" }).status,
    ).toBe("behind");
    expect(
      salesPace({ sold: 900, target: 1000, salesOpenedAt: opened, startsAt: starts, now, timeZone: "UTC" }).status,
    ).toBe("ahead");
  });

  it("reports a finished event against its full target", () => {
    const pace = salesPace({
      sold: 1100,
      target: 1000,
      salesOpenedAt: opened,
      startsAt: starts,
      now: new Date("2026-05-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(pace.status).toBe("finished");
    expect(pace.gap).toBeCloseTo(0.1);
  });

  it("has no gap before sales open", () => {
    const pace = salesPace({
      sold: 0,
      target: 1000,
      salesOpenedAt: opened,
      startsAt: starts,
      now: new Date("2025-12-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(pace).toMatchObject({ status: "not_started", gap: null, expectedByNow: 0 });
  });

  it("counts days to the event as calendar days in the event's time zone, 29.5 days out included", () => {
    const input = { sold: 0, target: 1000, salesOpenedAt: opened, startsAt: new Date("2026-04-11T20:00:00Z") };
    // 08:00 on Mar 13 to 20:00 on Apr 11 (UTC): 29.5 days, 29 calendar days.
    expect(salesPace({ ...input, now: new Date("2026-03-13T08:00:00Z"), timeZone: "UTC" }).daysToEvent).toBe(29);
    // The same instants in Tokyo: 17:00 on Mar 13 to 05:00 on Apr 12, 30 calendar days.
    expect(salesPace({ ...input, now: new Date("2026-03-13T08:00:00Z"), timeZone: "Asia/Tokyo" }).daysToEvent).toBe(30);
  });
});

describe("cumulativeSeries", () => {
  it("accumulates daily sales, carries quiet days forward and draws the expected line", () => {
    const series = cumulativeSeries(
      [
        { day: "2026-01-01", tickets: 10 },
        { day: "2026-01-03", tickets: 5 },
      ],
      "2026-01-01",
      "2026-01-04",
      (day) => Number(day.slice(-2)) * 10,
    );
    expect(series.map((point) => point.sold)).toEqual([10, 10, 15, 15]);
    expect(series.map((point) => point.targetPace)).toEqual([10, 20, 30, 40]);
    expect(series.at(-1)?.day).toBe("2026-01-04");
  });

  it("crosses month ends day by day", () => {
    expect(cumulativeSeries([], "2026-02-27", "2026-03-02", () => 0).map((point) => point.day)).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });
});

describe("the straight-line pace", () => {
  it("gives the pace card and the chart the same expected figure at the same moment", () => {
    const input = {
      sold: 390,
      target: 1000,
      salesOpenedAt: new Date("2026-01-01T00:00:00Z"),
      startsAt: new Date("2026-03-01T00:00:00Z"),
      now: new Date("2026-02-01T12:00:00Z"),
      timeZone: "UTC",
    };
    const pace = salesPace(input);
    expect(straightLinePace(input.target, input.salesOpenedAt, input.startsAt)(input.now)).toBe(pace.expectedByNow);
    expect(pace.expectedProgress).toBeCloseTo(pace.expectedByNow / 1000, 5);
    expect(pace.progress).toBe(0.39);
  });

  it("is flat before sales open and at the target from the event start", () => {
    const line = straightLinePace(100, new Date("2026-01-01T00:00:00Z"), new Date("2026-01-11T00:00:00Z"));
    expect(line(new Date("2025-12-25T00:00:00Z"))).toBe(0);
    expect(line(new Date("2026-01-06T00:00:00Z"))).toBe(50);
    expect(line(new Date("2026-02-01T00:00:00Z"))).toBe(100);
  });
});
