import { cookies } from "next/headers";
import type { DbOrTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { SESSION_COOKIE } from "./cookies";
import { createSession } from "./local-session";

/**
 * Starts a local session and sets its cookie (server actions only), with the same options as sign-in:
 * http-only, SameSite=Lax, Secure when the app is served over https.
 */
export async function startSessionCookie(
  db: DbOrTx,
  data: { userId: string; ipAddress?: string | null; userAgent?: string | null },
) {
  const session = await createSession(db, data);
  (await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    expires: session.expiresAt,
  });
}
