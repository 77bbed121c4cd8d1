import { DEFAULT_LOCALE } from "@/lib/locales";

/*
 * Every number, sum and moment a person reads goes through here. Each function takes the locale last
 * (en-US when left out). Callers use a bound formatter: pages the one of lib/format-context.ts (the
 * organization's locale, the viewer's zone), the chat its request's (lib/copilot/runtime.ts), the
 * agents' texts and the public pages the one of their organization (lib/organization/format.ts).
 */

/** How many decimals the currency's minor unit has: 2 for EUR, 0 for JPY (amounts are stored in minor units). */
export function currencyDigits(currency: string) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export type MoneyOptions = {
  /** "€42K": for charts and cards. */
  compact?: boolean;
  /** Every minor unit shown when the amount is not whole (€49.75, not €50): refunds, fees, what a person pays. */
  exact?: boolean;
  locale?: string;
};

/** An amount in the currency's minor units (cents for EUR, yen for JPY), whole units unless `exact`. */
export function formatMoney(minorUnits: number, currency: string, options: MoneyOptions = {}) {
  const digits = currencyDigits(currency);
  const showMinor = options.exact && minorUnits % 10 ** digits !== 0;
  return new Intl.NumberFormat(options.locale ?? DEFAULT_LOCALE, {
    style: "currency",
    currency,
    notation: options.compact ? "compact" : "standard",
    minimumFractionDigits: showMinor ? digits : 0,
    maximumFractionDigits: showMinor ? digits : options.compact ? 1 : 0,
  }).format(minorUnits / 10 ** digits);
}

export function formatNumber(value: number, locale: string = DEFAULT_LOCALE) {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(ratio: number, digits = 0, locale: string = DEFAULT_LOCALE) {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(ratio);
}

/** A calendar date, e.g. "Feb 19, 2027" (en-US) or "19 Feb 2027" (en-GB), in the given zone. */
export function formatDate(date: Date, timeZone?: string, locale: string = DEFAULT_LOCALE) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}

/**
 * A moment with its time zone named, e.g. "Feb 19, 2027, 9:00 AM GMT": in the event's zone for event
 * things, otherwise the viewer's (the server's, UTC, when none is given), never an unlabelled clock time.
 */
export function formatDateTime(date: Date, timeZone?: string, locale: string = DEFAULT_LOCALE) {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(date);
}

/** A day as a booking page lists it, e.g. "Tuesday, March 2" (en-US) or "terça-feira, 2 de março" (pt-PT). */
export function formatDay(date: Date, timeZone: string, locale: string = DEFAULT_LOCALE) {
  return new Intl.DateTimeFormat(locale, { weekday: "long", month: "long", day: "numeric", timeZone }).format(date);
}

/** A clock time within a day already shown, e.g. "9:00 AM" (en-US) or "09:00" (de-DE); the page names the zone. */
export function formatTime(date: Date, timeZone: string, locale: string = DEFAULT_LOCALE) {
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

/**
 * A meeting's time as the prospect and the host read it, with the zone named by its place:
 * "Tuesday, March 2, 9:00 AM (Europe/Lisbon)".
 */
export function formatSlot(date: Date, timeZone: string, locale: string = DEFAULT_LOCALE) {
  const when = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(date);
  return `${when} (${timeZone})`;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 hours ago", "in 6 days", "now". */
export function formatRelative(date: Date, now = new Date(), locale: string = DEFAULT_LOCALE) {
  const diff = date.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, "second");
}

const DURATION_UNITS: [string, number][] = [
  ["h", 3_600_000],
  ["min", 60_000],
  ["s", 1_000],
];

/** "850 ms", "12 s", "4 min 5 s", "2 h 10 min": the two largest units (unit symbols read the same everywhere). */
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

/** Where and for whom a page formats: the organization's locale and the viewer's time zone. */
export type FormatSettings = { locale: string; timeZone: string };

/**
 * The formatting functions bound to one locale and viewer zone. Dates and times are in the viewer's zone
 * unless an event's zone is passed (event things are shown on the event's own clock).
 */
export function bindFormatter({ locale, timeZone }: FormatSettings) {
  return {
    locale,
    timeZone,
    number: (value: number) => formatNumber(value, locale),
    money: (minorUnits: number, currency: string, options: Omit<MoneyOptions, "locale"> = {}) =>
      formatMoney(minorUnits, currency, { ...options, locale }),
    percent: (ratio: number, digits?: number) => formatPercent(ratio, digits, locale),
    date: (date: Date, eventTimeZone = timeZone) => formatDate(date, eventTimeZone, locale),
    dateTime: (date: Date, eventTimeZone = timeZone) => formatDateTime(date, eventTimeZone, locale),
    day: (date: Date, eventTimeZone = timeZone) => formatDay(date, eventTimeZone, locale),
    time: (date: Date, eventTimeZone = timeZone) => formatTime(date, eventTimeZone, locale),
    slot: (date: Date, eventTimeZone = timeZone) => formatSlot(date, eventTimeZone, locale),
    relative: (date: Date, now?: Date) => formatRelative(date, now, locale),
    duration: formatDuration,
  };
}

export type Formatter = ReturnType<typeof bindFormatter>;
