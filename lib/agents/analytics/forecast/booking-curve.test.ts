import { describe, expect, it } from "vitest";
import { buildBookingCurve, firstSaleDaysOut, netAt, utcDay } from "./booking-curve";
import { stepCurve } from "./test-curves";

const startsAt = new Date("2026-03-31T18:00:00Z");
const daysBefore = (days: number, hour = 12) => new Date(Date.UTC(2026, 2, 31 - days, hour));

describe("buildBookingCurve", () => {
  const sales = [
    { soldAt: daysBefore(10) },
    { soldAt: daysBefore(10, 23), cancelledAt: daysBefore(3) },
    { soldAt: daysBefore(5) },
    { soldAt: daysBefore(2), cancelledAt: daysBefore(0) },
  ];

  it("counts net tickets held by whole UTC days before the event, and the outcome once it is over", () => {
    const curve = buildBookingCurve({ id: "e", sales, startsAt, asOf: new Date("2026-04-02T00:00:00Z") });
    expect(curve.eventDay).toBe(utcDay(startsAt));
    expect([12, 10, 6, 5, 4, 3, 2, 1, 0].map((d) => netAt(curve, d))).toEqual([0, 2, 2, 3, 3, 2, 3, 3, 2]);
    expect(curve.final).toBe(2);
    expect(firstSaleDaysOut(curve)).toBe(10);
  });

  it("leaves out what happened after the day it is built, and has no outcome before the event is over", () => {
    const curve = buildBookingCurve({ id: "e", sales, startsAt, asOf: daysBefore(4) });
    expect(curve.final).toBeNull();
    expect(curve.knownDaysOut).toBe(4);
    expect(netAt(curve, 4)).toBe(3);
    expect(() => netAt(curve, 3)).toThrow(RangeError);
  });

  it("counts a cancellation dated before its sale on the day of the sale", () => {
    const curve = buildBookingCurve({
      id: "e",
      sales: [{ soldAt: daysBefore(5), cancelledAt: daysBefore(9) }],
      startsAt,
      asOf: new Date("2026-04-02T00:00:00Z"),
    });
    expect([9, 5, 0].map((d) => netAt(curve, d))).toEqual([0, 0, 0]);
    expect(firstSaleDaysOut(curve)).toBeNull();
  });
});

describe("stepCurve (the tests' own helper)", () => {
  it("holds each listed value until the next listed day, then the final", () => {
    const curve = stepCurve("s", 100, { 30: 4, 14: 6, 7: 8 }, 10);
    expect([31, 30, 15, 14, 8, 7, 6, 0].map((d) => netAt(curve, d))).toEqual([0, 4, 4, 6, 6, 8, 10, 10]);
  });
});
