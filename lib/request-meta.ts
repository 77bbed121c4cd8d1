import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "@/lib/env";

function normalizeAddress(value: string): string | null {
  const address = value.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address : null;
}

/**
 * The client's address from `X-Forwarded-For`, trusted only behind `trustedProxyCount` reverse proxies
 * that each append the address they received the request from: the client is then the
 * `trustedProxyCount`-th entry from the right, and anything left of it was written by the client.
 * With no trusted proxy the address is unknown (null): Next.js passes the connection's own address
 * only in that same header, which a client can fill in itself.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxyCount: number): string | null {
  if (trustedProxyCount < 1 || !forwardedFor) return null;
  const hops = forwardedFor.split(",");
  const entry = hops[hops.length - trustedProxyCount];
  return entry === undefined ? null : normalizeAddress(entry);
}

/** Where a request came from, for the audit log and the sign-in limits. */
export async function requestMeta() {
  const all = await headers();
  return {
    ipAddress: clientAddress(all.get("x-forwarded-for"), env.TRUSTED_PROXY_COUNT),
    userAgent: all.get("user-agent"),
  };
}
