/**
 * Realistic ticket-sales timing for demo and test data. Event sales follow a familiar shape: a burst
 * when sales open (announcement, early-bird pricing), a quieter middle, and a ramp in the last weeks
 * as people commit. Each day gets a weight from that shape and sales are drawn from the weights.
 */

const DAY_MS = 86_400_000;

export type Random = () => number;

/** mulberry32: a small, fast, seeded PRNG so that demo data is the same on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type CurveShape = {
  /** Extra weight of the opening burst relative to the baseline, decaying over `launchDecayDays`. */
  launchBoost: number;
  launchDecayDays: number;
  /** Extra weight near the event, growing as the event approaches over `rampDays`. */
  rampBoost: number;
  rampDays: number;
};

export const DEFAULT_SHAPE: CurveShape = { launchBoost: 6, launchDecayDays: 6, rampBoost: 5, rampDays: 18 };

/** Relative sales weight of one day, given days since sales opened and days left until the event. */
export function dailyWeight(daysSinceOpen: number, daysToEvent: number, shape: CurveShape = DEFAULT_SHAPE) {
  const launch = shape.launchBoost * Math.exp(-daysSinceOpen / shape.launchDecayDays);
  const ramp = shape.rampBoost * Math.exp(-Math.max(daysToEvent, 0) / shape.rampDays);
  const weekly = 1 + 0.15 * Math.sin((daysSinceOpen / 7) * 2 * Math.PI);
  return (1 + launch + ramp) * weekly;
}

/**
 * Draws `count` sale timestamps between `opensAt` and `until` (both before `eventStartsAt`),
 * following the curve, sorted ascending. Sales happen mostly during waking hours.
 */
export function sampleSaleTimes(options: {
  count: number;
  opensAt: Date;
  until: Date;
  eventStartsAt: Date;
  random: Random;
  shape?: CurveShape;
}): Date[] {
  const { count, opensAt, until, eventStartsAt, random, shape } = options;
  const days = Math.max(1, Math.floor((until.getTime() - opensAt.getTime()) / DAY_MS));
  const weights: number[] = [];
  let total = 0;
  for (let day = 0; day < days; day++) {
    const daysToEvent = (eventStartsAt.getTime() - (opensAt.getTime() + day * DAY_MS)) / DAY_MS;
    total += dailyWeight(day, daysToEvent, shape);
    weights.push(total);
  }
  const times: Date[] = [];
  for (let i = 0; i < count; i++) {
    const target = random() * total;
    let low = 0;
    let high = weights.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((weights[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    const hour = 7 + random() * 16;
    const at = opensAt.getTime() + low * DAY_MS + hour * 3_600_000;
    times.push(new Date(Math.min(at, until.getTime() - 60_000)));
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}
