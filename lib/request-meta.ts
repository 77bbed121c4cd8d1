import { headers } from "next/headers";

/** Where a request came from, for the audit log. */
export async function requestMeta() {
  const all = await headers();
  const forwarded = all.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ipAddress: forwarded || all.get("x-real-ip") || null, userAgent: all.get("user-agent") };
}
