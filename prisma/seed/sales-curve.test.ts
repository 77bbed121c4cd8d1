import { describe, expect, it } from "vitest";
import { dailyWeight, sampleSaleTimes, seededRandom } from "./sales-curve";

const opensAt = new Date("2026-01-01T00:00:00Z");
const eventStartsAt = new Date("2026-04-11T00:00:00Z");

describe("sales curve", () => {
  it("is the same on every run for a seed", () => {
    const draw = () =>
      sampleSaleTimes({ count: 50, opensAt, until: eventStartsAt, eventStartsAt, random: seededRandom(7) }).map((d) =>
        d.getTime(),
      );
    expect(draw()).toEqual(draw());
  });

  it("bursts at opening, dips mid-way and ramps up before the event", () => {
    expect(dailyWeight(0, 100)).toBeGreaterThan(dailyWeight(50, 50) * 3);
    expect(dailyWeight(99, 1)).toBeGreaterThan(dailyWeight(50, 50) * 3);
  });

  it("keeps every sale inside the window, sorted, with the requested count", () => {
    const until = new Date("2026-03-01T00:00:00Z");
    const times = sampleSaleTimes({ count: 500, opensAt, until, eventStartsAt, random: seededRandom(3) });
    expect(times).toHaveLength(500);
    expect(times.every((t) => t >= opensAt && t < until)).toBe(true);
    expect(times.every((t, i) => i === 0 || (times[i - 1] as Date) <= t)).toBe(true);
    const firstWeek = times.filter((t) => t.getTime() < opensAt.getTime() + 7 * 86_400_000).length;
    const fifthWeek = times.filter(
      (t) => t.getTime() >= opensAt.getTime() + 28 * 86_400_000 && t.getTime() < opensAt.getTime() + 35 * 86_400_000,
    ).length;
    expect(firstWeek).toBeGreaterThan(fifthWeek * 2);
  });
});
