/** Cookie names, in a module of their own so the proxy can read them without loading the database. */
export const SESSION_COOKIE = "eventos_session";
export const ORG_COOKIE = "eventos_org";
/** The viewer's IANA time zone, written by the browser (components/shell/time-zone-cookie.tsx). */
export const TIME_ZONE_COOKIE = "eventos_tz";
