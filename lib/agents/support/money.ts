/**
 * An amount in minor units said exactly, in its currency's own decimals: €49.75, ¥3,086 (JPY has no
 * minor unit below the yen, so 3086 minor units are ¥3,086). Attendees read exact refund amounts; the
 * dashboard's rounded `formatMoney` would turn €49.75 into €50.
 */
export function currencyDigits(currency: string) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function exactMoney(minorUnits: number, currency: string, locale = "en-US") {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: minorUnits % 10 ** digits === 0 ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(minorUnits / 10 ** digits);
}
