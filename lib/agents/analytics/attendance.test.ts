import { describe, expect, it } from "vitest";
import { EN_US_NUMBERS } from "@/lib/copilot/words";
import { curvePoints, outlook } from "./attendance";
import { buildBookingCurve } from "./forecast/booking-curve";

const range = { p10: 60, p50: 71, p90: 84, method: "similar-events-pickup" as const };

describe("outlook", () => {
  it("reads the chance of a level off the range, boundaries included", () => {
    const at = (level: number) => outlook(EN_US_NUMBERS, range, level, "the target").likelihood;
    expect([at(59), at(60), at(61), at(71), at(72), at(84), at(85)]).toEqual([
      "very_likely",
      "very_likely",
      "likely",
      "likely",
      "unlikely",
      "unlikely",
      "very_unlikely",
    ]);
  });

  it("says when the range is the uncalibrated fallback", () => {
    const { statement } = outlook(EN_US_NUMBERS, { ...range, method: "linear-pace" }, 1_000, "the capacity of 1,000");
    expect(statement).toBe(
      "very unlikely (under 10%): even the P90 (84) falls short of the capacity of 1,000; the range is a stated ±50%, not calibrated.",
    );
  });
});

describe("curvePoints", () => {
  it("gives net seats held from the first sale down to today", () => {
    const startsAt = new Date("2026-06-25T18:00:00Z");
    const curve = buildBookingCurve({
      id: "e",
      startsAt,
      asOf: new Date("2026-06-22T12:00:00Z"),
      sales: [
        { soldAt: new Date("2026-06-20T10:00:00Z") },
        { soldAt: new Date("2026-06-20T11:00:00Z"), cancelledAt: new Date("2026-06-21T09:00:00Z") },
        { soldAt: new Date("2026-06-22T09:00:00Z") },
      ],
    });
    expect(curvePoints(curve)).toEqual([
      { daysBefore: 5, sold: 2 },
      { daysBefore: 4, sold: 1 },
      { daysBefore: 3, sold: 2 },
    ]);
  });
});
