import { createServerClient } from "@supabase/ssr";
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { env } from "@/lib/env";

/**
 * Public pages for people outside the organization, who have no session: email tracking (/t/),
 * unsubscribe (/u/), proposals (/p/), meeting booking (/book/) and team invitations (/invite/), each
 * checking its own token, and events' attendee help pages (/help/), which show only what the event
 * publishes until the support agent has verified a visitor's email.
 */
const PUBLIC_PREFIXES = ["/t/", "/u/", "/p/", "/book/", "/invite/", "/help/"];

/**
 * Runs before every page: refreshes the Supabase session cookies when Supabase Auth is on, and sends
 * visitors without any session cookie to sign in. This is only a fast path: every page, action and
 * route handler still checks the session, membership and role on the server.
 */
export async function proxy(request: NextRequest) {
  if (PUBLIC_PREFIXES.some((prefix) => request.nextUrl.pathname.startsWith(prefix))) return NextResponse.next();
  const response = NextResponse.next({ request });
  let signedIn: boolean;
  if (env.SUPABASE_URL && env.SUPABASE_ANON_KEY) {
    const supabase = createServerClient(env.SUPABASE_URL, env.SUPABASE_ANON_KEY, {
      cookies: {
        getAll: () => request.cookies.getAll(),
        setAll: (toSet) => {
          for (const { name, value, options } of toSet) response.cookies.set(name, value, options);
        },
      },
    });
    const { data } = await supabase.auth.getUser();
    signedIn = Boolean(data.user);
  } else {
    signedIn = request.cookies.has(SESSION_COOKIE);
  }
  if (!signedIn && request.nextUrl.pathname !== "/login") {
    const login = new URL("/login", request.url);
    if (request.nextUrl.pathname !== "/") {
      login.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    }
    return NextResponse.redirect(login);
  }
  return response;
}

export const config = {
  // Pages only: API routes answer 401 themselves, static files need no session.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js)$).*)"],
};
