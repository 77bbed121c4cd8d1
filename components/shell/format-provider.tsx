"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { bindFormatter, type FormatSettings } from "@/lib/format";
import { DEFAULT_LOCALE } from "@/lib/locales";
import { FALLBACK_TIME_ZONE } from "@/lib/time-zone";

const FormatSettingsContext = createContext<FormatSettings>({ locale: DEFAULT_LOCALE, timeZone: FALLBACK_TIME_ZONE });

/** Hands the request's locale and viewer zone (lib/format-context.ts) to the client components below it. */
export function FormatProvider({ settings, children }: { settings: FormatSettings; children: ReactNode }) {
  return <FormatSettingsContext value={settings}>{children}</FormatSettingsContext>;
}

/** For client components: the same bound formatter the server components get from getFormatter(). */
export function useFormatter() {
  const settings = useContext(FormatSettingsContext);
  return useMemo(() => bindFormatter(settings), [settings]);
}
