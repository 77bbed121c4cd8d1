import { nextDay } from "@/lib/domain/calendar-days";
import { formatNumber, formatPercent } from "@/lib/format";
import { DEFAULT_LOCALE } from "@/lib/locales";
import { localRobustScores, repeatedMedianTrend } from "./robust";
import { median } from "./stats";

/**
 * The core of identify_anomalies: which days of a daily count are unusual once the weekday pattern and
 * the trend are taken out. The fit is made on Anscombe's transform of the counts, 2·√(x + 3/8), where a
 * count's noise is about 1 whatever its level (a busy Saturday varies more than a quiet Tuesday in
 * tickets, not after the transform). Every step is robust, so the days being looked for cannot hide:
 * 1. trend: a repeated-median line over the four weeks around each day (lib/agents/analytics/robust.ts);
 *    it holds until half its window is wrong, so a run of up to 13 zero days is flagged, not absorbed;
 * 2. weekday effects: per weekday, the median of (value − trend), centred on zero; the trend is then
 *    refitted on the weekday-adjusted values and the effects re-estimated once;
 * 3. each day's residual r (observed − expected, both transformed) is scored by its robust z = 0.6745·(r − median r)/MAD
 *    over the same four weeks (so a volatile season is judged against its own swings) and flagged when
 *    |z| > 3.5 (Iglewicz & Hoaglin's cut-off for modified z-scores).
 */

export const ANOMALY_METRICS = ["tickets_sold", "refunds", "cancellations", "page_views"] as const;
export type AnomalyMetric = (typeof ANOMALY_METRICS)[number];

/** Four weeks: each weekday seen four times, and the trend's window full. */
export const MINIMUM_HISTORY_DAYS = 28;
const WINDOW_DAYS = 28;
export const DEFAULT_THRESHOLD = 3.5;
/**
 * The smallest standard deviation a score divides by: a count's own sampling noise after the transform.
 * When nearly every day is exactly as expected (MAD = 0) it keeps a refund or five on a day that usually
 * has none from being news; six are.
 */
const MINIMUM_SCALE = 1;
/** Anscombe's variance-stabilizing transform for counts, and its algebraic inverse. */
const stabilize = (count: number) => 2 * Math.sqrt(count + 3 / 8);
const unstabilize = (value: number) => Math.max(0, (value / 2) ** 2 - 3 / 8);

const METRIC_WORDS: Record<AnomalyMetric, string> = {
  tickets_sold: "tickets sold",
  refunds: "refunds",
  cancellations: "cancellations",
  page_views: "page views",
};

export type DailyValue = { date: string; value: number };

export type Anomaly = {
  date: string;
  metric: AnomalyMetric;
  observed: number;
  expected: number;
  /** observed − expected. */
  difference: number;
  /** observed ÷ expected; null when nothing was expected. */
  ratio: number | null;
  direction: "above" | "below";
  /** The robust z-score: how many (MAD-based) standard deviations the day is off. */
  score: number;
  why: string;
};

export type AnomalyReport =
  | { status: "ok"; metric: AnomalyMetric; days: number; threshold: number; anomalies: Anomaly[] }
  | { status: "not_enough_history"; metric: AnomalyMetric; days: number; minimumDays: number; message: string };

export type AnomalyOptions = {
  /** |robust z| above which a day is an anomaly. */
  threshold?: number;
  locale?: string;
};

/**
 * The anomalies of one metric's daily series. Days missing between the first and the last date count as
 * zero (the metrics are counts: a day with no row is a day with none).
 */
export function findAnomalies(
  metric: AnomalyMetric,
  series: readonly DailyValue[],
  { threshold = DEFAULT_THRESHOLD, locale = DEFAULT_LOCALE }: AnomalyOptions = {},
): AnomalyReport {
  const days = denseDays(series);
  if (days.length < MINIMUM_HISTORY_DAYS) {
    return {
      status: "not_enough_history",
      metric,
      days: days.length,
      minimumDays: MINIMUM_HISTORY_DAYS,
      message: `Not enough history: ${days.length} days of ${METRIC_WORDS[metric]}, at least ${MINIMUM_HISTORY_DAYS} are needed to tell a usual weekday from an unusual one.`,
    };
  }
  const observed = days.map((day) => day.value);
  const stabilized = observed.map(stabilize);
  const weekdays = days.map((day) => weekdayOf(day.date));
  const fitted = fittedValues(stabilized, weekdays);
  const expected = fitted.map(unstabilize);
  const residuals = stabilized.map((value, i) => value - (fitted[i] as number));
  const scores = localRobustScores(residuals, WINDOW_DAYS, MINIMUM_SCALE);

  const weekdayName = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const anomalies: Anomaly[] = [];
  days.forEach((day, i) => {
    const score = scores[i] as number;
    if (Math.abs(score) <= threshold) return;
    const value = observed[i] as number;
    const usual = expected[i] as number;
    const ratio = usual > 0 ? value / usual : null;
    const direction = score > 0 ? "above" : "below";
    const dayName = weekdayName.format(new Date(`${day.date}T00:00:00Z`));
    anomalies.push({
      date: day.date,
      metric,
      observed: value,
      expected: usual,
      difference: value - usual,
      ratio,
      direction,
      score,
      why: explain(metric, value, usual, ratio, direction, dayName, locale),
    });
  });
  return { status: "ok", metric, days: days.length, threshold, anomalies };
}

/** Trend plus weekday effect for every day, never below a count of zero. */
function fittedValues(stabilized: readonly number[], weekdays: readonly number[]) {
  const firstTrend = repeatedMedianTrend(stabilized, WINDOW_DAYS);
  const firstEffects = weekdayEffects(stabilized, firstTrend, weekdays);
  const adjusted = stabilized.map((value, i) => value - (firstEffects[weekdays[i] as number] as number));
  const trend = repeatedMedianTrend(adjusted, WINDOW_DAYS);
  const effects = weekdayEffects(stabilized, trend, weekdays);
  return trend.map((level, i) => Math.max(stabilize(0), level + (effects[weekdays[i] as number] as number)));
}

/** Per weekday (0 = Sunday), the median of value − trend, shifted so the seven effects average zero. */
function weekdayEffects(values: readonly number[], trend: readonly number[], weekdays: readonly number[]) {
  const effects = Array.from({ length: 7 }, (_, weekday) => {
    const deviations = values.flatMap((value, i) => (weekdays[i] === weekday ? [value - (trend[i] as number)] : []));
    return median(deviations);
  });
  const mean = effects.reduce((sum, effect) => sum + effect, 0) / 7;
  return effects.map((effect) => effect - mean);
}

function explain(
  metric: AnomalyMetric,
  observed: number,
  expected: number,
  ratio: number | null,
  direction: Anomaly["direction"],
  dayName: string,
  locale: string,
) {
  const words = METRIC_WORDS[metric];
  const usual = formatNumber(expected >= 10 ? Math.round(expected) : Math.round(expected * 10) / 10, locale);
  const what = observed === 0 ? `no ${words}` : `${words} were ${formatNumber(observed, locale)}`;
  let size = "";
  if (ratio !== null && observed > 0) {
    size =
      direction === "above"
        ? ` (${formatNumber(Math.round(ratio * 10) / 10, locale)}× the usual)`
        : ` (${formatPercent(ratio, 0, locale)} of the usual)`;
  }
  return `${what} against ~${usual} expected for a ${dayName}${size}`;
}

/** The series sorted by date with missing days filled in as zero; a malformed or repeated date is a bug. */
function denseDays(series: readonly DailyValue[]): DailyValue[] {
  const byDate = new Map<string, number>();
  for (const { date, value } of series) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      throw new Error(`not a calendar date (YYYY-MM-DD): ${date}`);
    }
    if (byDate.has(date)) throw new Error(`the series has ${date} twice`);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${date}: a count is a finite number ≥ 0, got ${value}`);
    byDate.set(date, value);
  }
  const dates = [...byDate.keys()].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return [];
  const days: DailyValue[] = [];
  for (let date = first; date <= last; date = nextDay(date)) days.push({ date, value: byDate.get(date) ?? 0 });
  return days;
}

function weekdayOf(date: string) {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
