/** Finished curves for tests, written as the tickets held at a few days out. */
import type { BookingCurve } from "./booking-curve";

/**
 * `held` maps days out to tickets held from that day until the next listed one nearer the event; after
 * the nearest listed day the event holds `final`.
 */
export function stepCurve(id: string, eventDay: number, held: Record<number, number>, final: number): BookingCurve {
  const days = Object.keys(held).map(Number);
  const netByDaysOut = Array.from({ length: Math.max(0, ...days) + 1 }, (_, d) => {
    const listed = days.filter((day) => day >= d);
    return d < Math.min(...days) ? final : (held[Math.min(...listed)] ?? final);
  });
  return { id, eventDay, netByDaysOut, knownDaysOut: 0, final };
}

/** A reproducible stream of numbers in [0, 1) (a linear congruential generator). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` finished events a day apart from `firstDay`, each with a noisy curve over 60 days. */
export function randomCurves(count: number, seed: number, firstDay = 20_000): BookingCurve[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const size = Math.round(5 + random() * 200);
    const shares = [0.3, 0.55, 0.75].map((share) => Math.min(1, share + (random() - 0.5) * 0.3));
    const [at30 = 0, at14 = 0, at7 = 0] = shares.map((share) => Math.round(size * share));
    return stepCurve(`e${i}`, firstDay + i, { 60: Math.round(at30 / 3), 30: at30, 14: at14, 7: at7 }, size);
  });
}
