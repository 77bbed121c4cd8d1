import { env } from "@/lib/env";

const MAX_LENGTH = 2048;
// Control characters (tabs and newlines are dropped by URL parsers, turning `/\t/evil.com` into
// `//evil.com`) and backslashes (read as `/` by browsers) have no place in a path we send people to.
function hasUnsafeCharacter(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}
// Each layer between the link and the browser may decode once more; a path still changing after this
// many decodings is refused rather than guessed at.
const MAX_DECODINGS = 3;

function staysOnOrigin(path: string, origin: URL): boolean {
  if (!path.startsWith("/") || hasUnsafeCharacter(path)) return false;
  try {
    const url = new URL(path, origin);
    // `/..//evil.com` parses to the pathname `//evil.com`, which a browser reads as another host.
    return url.origin === origin.origin && !url.pathname.startsWith("//");
  } catch {
    return false;
  }
}

/**
 * Where to send someone after signing in: a path of this app taken from the `next` parameter, or `/`.
 * The value is parsed as a URL against the app's origin, and so is every percent-decoding of it, so
 * `//evil.com`, `/\evil.com`, `https://evil.com`, `/%09/evil.com` and `/%2F/evil.com` all fall back to `/`.
 * What comes back is the parsed path (pathname, query, hash), never the raw input.
 */
export function safeNextPath(value: unknown, appUrl: string = env.APP_URL): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return "/";
  const origin = new URL(new URL(appUrl).origin);
  let form = value;
  for (let decodings = 0; ; decodings++) {
    if (!staysOnOrigin(form, origin)) return "/";
    let decoded: string;
    try {
      decoded = decodeURIComponent(form);
    } catch {
      return "/";
    }
    if (decoded === form) break;
    if (decodings === MAX_DECODINGS) return "/";
    form = decoded;
  }
  const url = new URL(value, origin);
  const path = `${url.pathname}${url.search}${url.hash}`;
  return staysOnOrigin(path, origin) ? path : "/";
}
