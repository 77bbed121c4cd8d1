import { TIME_ZONE_COOKIE } from "@/lib/auth/cookies";

/** The zone the server falls back to when the browser has not told it the viewer's. */
export const FALLBACK_TIME_ZONE = "UTC";

/**
 * The viewer's time zone from its cookie: an IANA name Intl accepts, in its canonical spelling.
 * Anything else (missing, a made-up name, an overlong string, an offset like "+01:00", which newer
 * engines accept but which names no place) is UTC.
 */
export function parseTimeZone(value: string | undefined): string {
  if (!value || value.length > 64 || !/^[A-Za-z]/.test(value)) return FALLBACK_TIME_ZONE;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

/**
 * The viewer's time zone from a request's Cookie header, for code that takes a plain Request (the chat's
 * runtime) rather than Next's cookies(): the same cookie, read and checked the same way.
 */
export function requestTimeZone(headers: Headers): string {
  const prefix = `${TIME_ZONE_COOKIE}=`;
  const raw = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
  try {
    return parseTimeZone(raw === undefined ? undefined : decodeURIComponent(raw));
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}
