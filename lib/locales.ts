/** The locales an organization can choose, each named in its own language (Settings shows this list). */
export const LOCALES = {
  "en-US": "English (US)",
  "en-GB": "English (UK)",
  "de-DE": "Deutsch",
  "fr-FR": "Français",
  "es-ES": "Español",
  "pt-PT": "Português (Portugal)",
  "pt-BR": "Português (Brasil)",
  "nl-NL": "Nederlands",
  "it-IT": "Italiano",
  "sv-SE": "Svenska",
  "pl-PL": "Polski",
  "ja-JP": "日本語",
} as const satisfies Record<string, string>;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = "en-US";

export const LOCALE_TAGS = Object.keys(LOCALES) as [Locale, ...Locale[]];

/** A stored tag as one of the list; anything else (say, written into the database by hand) reads as en-US. */
export function toLocale(tag: string): Locale {
  return Object.hasOwn(LOCALES, tag) ? (tag as Locale) : DEFAULT_LOCALE;
}
