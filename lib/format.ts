export function formatMoney(cents: number, currency: string, options: { compact?: boolean } = {}) {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    notation: options.compact ? "compact" : "standard",
    minimumFractionDigits: 0,
    maximumFractionDigits: options.compact ? 1 : 0,
  }).format(cents / 100);
}

export function formatNumber(value: number) {
  return new Intl.NumberFormat("en-US").format(value);
}

export function formatPercent(ratio: number, digits = 0) {
  return new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: digits }).format(ratio);
}

/** A date in the event's own time zone, e.g. "Feb 19, 2027". */
export function formatDate(date: Date, timeZone?: string) {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone }).format(date);
}

/**
 * A moment with its time zone named, e.g. "Feb 19, 2027, 9:00 AM GMT": in the event's zone for event
 * things, otherwise the server's (UTC in production), never an unlabelled clock time.
 */
export function formatDateTime(date: Date, timeZone?: string) {
  return new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(date);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 hours ago", "in 6 days". */
export function formatRelative(date: Date, now = new Date()) {
  const diff = date.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return "just now";
}

const DURATION_UNITS: [string, number][] = [
  ["h", 3_600_000],
  ["min", 60_000],
  ["s", 1_000],
];

/** "850 ms", "12 s", "4 min 5 s", "2 h 10 min": the two largest units. */
export function formatDuration(ms: number) {
  if (ms < 1_000) return `${ms} ms`;
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of DURATION_UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${unit}`);
  }
  return parts.slice(0, 2).join(" ");
}
