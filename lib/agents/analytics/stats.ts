/** The small statistics the Analytics agent shares (forecasts, anomalies); each takes a non-empty list. */

export function mean(values: readonly number[]) {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The q-quantile (0..1) with linear interpolation between order statistics (R's type 7). */
export function quantile(values: readonly number[], q: number) {
  if (values.length === 0) throw new Error("quantile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]) {
  return quantile(values, 0.5);
}

/** The smallest value at which the cumulative weight reaches half the total. */
export function weightedMedian(values: readonly number[], weights: readonly number[]) {
  const pairs = values.map((value, i) => ({ value, weight: weights[i] ?? 0 })).sort((a, b) => a.value - b.value);
  const half = pairs.reduce((sum, pair) => sum + pair.weight, 0) / 2;
  let cumulative = 0;
  for (const pair of pairs) {
    cumulative += pair.weight;
    if (cumulative >= half) return pair.value;
  }
  return pairs.at(-1)?.value ?? Number.NaN;
}
