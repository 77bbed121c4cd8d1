"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/auth/cookies";

const ONE_YEAR_S = 365 * 86_400;

function savedTimeZone() {
  const entry = document.cookie.split("; ").find((pair) => pair.startsWith(`${TIME_ZONE_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(TIME_ZONE_COOKIE.length + 1)) : undefined;
}

/**
 * Tells the server the browser's time zone (a cookie) so times that belong to no event are shown on the
 * viewer's clock; written once, and again (with a refresh of the page) only when the zone changes.
 */
export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === savedTimeZone()) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from some browsers we serve.
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
    router.refresh();
  }, [router]);
  return null;
}
