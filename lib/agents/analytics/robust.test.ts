import { describe, expect, it } from "vitest";
import { localRobustScores, repeatedMedianLine, robustScale } from "./robust";
import { median } from "./stats";

describe("robust statistics", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow("empty list");
  });

  it("falls back to the mean absolute deviation when MAD is 0, and is 0 only for equal values", () => {
    expect(robustScale([1, 2, 3, 4, 5])).toBeCloseTo(1 / 0.6745);
    expect(robustScale([5, 5, 5, 5, 9])).toBeCloseTo((1.2533 * 4) / 5);
    expect(robustScale([5, 5, 5])).toBe(0);
  });

  it("recovers a line when just under half the points are wild", () => {
    const values = Array.from({ length: 28 }, (_, x) => (x % 28 < 13 && x % 2 === 0 ? 0 : 10 + 2 * x));
    const line = repeatedMedianLine(values);
    expect(line(0)).toBeCloseTo(10);
    expect(line(27)).toBeCloseTo(64);
  });

  it("scores each point against its own window, with a floor on the scale", () => {
    const quiet = Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 0.1 : -0.1));
    const loud = Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 3 : -3));
    const scores = localRobustScores([...quiet, ...loud], 28, 0.5);
    expect(scores[0]).toBeCloseTo(0.2); // MAD 0.1 is under the floor: 0.1 / 0.5
    expect(scores[55]).toBeCloseTo(-0.6745); // its own MAD of 3, not the quiet weeks
  });
});
