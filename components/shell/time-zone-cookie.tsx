"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormatter } from "@/components/shell/format-provider";
import { TIME_ZONE_COOKIE } from "@/lib/auth/cookies";

const ONE_YEAR_S = 365 * 86_400;

function savedTimeZone() {
  const entry = document.cookie.split("; ").find((pair) => pair.startsWith(`${TIME_ZONE_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(TIME_ZONE_COOKIE.length + 1)) : undefined;
}

/**
 * Tells the server the browser's time zone (a cookie) so times that belong to no event are shown on the
 * viewer's clock: written once, and again when the zone changes; the page is refreshed only if it was
 * drawn in another zone.
 */
export function TimeZoneCookie() {
  const router = useRouter();
  const { timeZone: drawnIn } = useFormatter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === savedTimeZone()) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from some browsers we serve.
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
    if (zone !== drawnIn) router.refresh();
  }, [router, drawnIn]);
  return null;
}
