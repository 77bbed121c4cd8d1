/** Robust statistics the anomaly detector is built from: MAD, a repeated-median trend, local scores. */
import { median } from "./stats";

/** Median absolute deviation from the median. */
export function medianAbsoluteDeviation(values: readonly number[], center = median(values)) {
  return median(values.map((value) => Math.abs(value - center)));
}

function meanAbsoluteDeviation(values: readonly number[], center: number) {
  return values.reduce((sum, value) => sum + Math.abs(value - center), 0) / values.length;
}

/**
 * A standard deviation that ignores outliers: MAD / 0.6745. When more than half the values are equal
 * (MAD = 0) it falls back to 1.2533 × the mean absolute deviation, the same estimate for normal data;
 * when every value is equal it is 0.
 */
export function robustScale(values: readonly number[], center = median(values)) {
  const mad = medianAbsoluteDeviation(values, center);
  if (mad > 0) return mad / 0.6745;
  return 1.2533 * meanAbsoluteDeviation(values, center);
}

/**
 * Where the window of `window` points around point i starts. At the ends it slides inside the series
 * rather than shrinking, so the latest points are judged against a full window before them.
 */
function windowStart(i: number, length: number, window: number) {
  return Math.min(Math.max(0, i - Math.floor(window / 2)), length - window);
}

/**
 * Siegel's repeated-median line through (i, values[i]): slope = median over i of the median over j of the
 * slopes from point i to point j. Unlike least squares or Theil–Sen (29%), it stays put until half the
 * points are wrong, so a run of zero days shorter than half the window cannot bend it.
 */
export function repeatedMedianLine(values: readonly number[]) {
  if (values.length < 2) throw new Error("a line needs two points");
  const slopes = values.map((yi, i) => median(values.flatMap((yj, j) => (j === i ? [] : [(yj - yi) / (j - i)]))));
  const slope = median(slopes);
  const intercept = median(values.map((y, x) => y - slope * x));
  return (x: number) => intercept + slope * x;
}

/**
 * The local trend at every point: a repeated-median line over the `window` points around it, read at the
 * point (the online-monitoring filter of Davies, Fried & Gather 2004).
 */
export function repeatedMedianTrend(values: readonly number[], window: number) {
  if (values.length < window) throw new Error(`a trend over ${window} points needs at least ${window}`);
  return values.map((_, i) => {
    const start = windowStart(i, values.length, window);
    return repeatedMedianLine(values.slice(start, start + window))(i - start);
  });
}

/**
 * Each point's robust z-score against the `window` points around it: (x − median) / robustScale, the
 * scale never below `minimumScale`. Local, so a busy season's wider swings are judged against that
 * season; median and MAD both hold until half the window is unusual.
 */
export function localRobustScores(values: readonly number[], window: number, minimumScale: number) {
  if (values.length < window) throw new Error(`scores over ${window} points need at least ${window}`);
  return values.map((value, i) => {
    const start = windowStart(i, values.length, window);
    const around = values.slice(start, start + window);
    const center = median(around);
    return (value - center) / Math.max(robustScale(around, center), minimumScale);
  });
}
