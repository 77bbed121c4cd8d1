/**
 * A stand-in for Supabase Auth (GoTrue) at the edge of the machine, speaking the HTTP API that
 * `@supabase/ssr` and `supabase-js` call: password grant, refresh grant, current user, logout.
 * Tokens are JWT-shaped (HS256 with a throwaway secret) because the client reads their claims.
 * Accounts have a confirmed email unless `emailConfirmed: false`; such an account still gets a session,
 * as Supabase does when unverified sign-ins are allowed, so the app must check the confirmation itself.
 * `phoneConfirmed` sets `confirmed_at` (and `phone_confirmed_at`) the way a verified phone does.
 */
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

type Account = { id: string; email: string; password: string; emailConfirmed?: boolean; phoneConfirmed?: boolean };

function base64url(value: string | Buffer) {
  return Buffer.from(value).toString("base64url");
}

function jwt(claims: Record<string, unknown>) {
  const head = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = base64url(JSON.stringify(claims));
  const signature = createHmac("sha256", "fake-supabase-secret").update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${signature}`;
}

function user(account: Account) {
  const now = new Date().toISOString();
  const emailConfirmedAt = account.emailConfirmed === false ? null : now;
  const phoneConfirmedAt = account.phoneConfirmed ? now : null;
  return {
    id: account.id,
    aud: "authenticated",
    role: "authenticated",
    email: account.email,
    // Supabase leaves these fields out (not null) until they are set.
    ...(emailConfirmedAt ? { email_confirmed_at: emailConfirmedAt } : {}),
    ...(phoneConfirmedAt ? { phone_confirmed_at: phoneConfirmedAt } : {}),
    ...(emailConfirmedAt || phoneConfirmedAt ? { confirmed_at: emailConfirmedAt ?? phoneConfirmedAt } : {}),
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: {},
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of request) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function send(response: ServerResponse, status: number, body?: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

export function startFakeSupabaseAuth(port: number, accounts: Omit<Account, "id">[]): Promise<Server> {
  const byEmail = new Map(accounts.map((a) => [a.email.toLowerCase(), { ...a, id: randomUUID() }]));
  const sessions = new Map<string, Account>(); // access and refresh tokens -> account

  function issue(account: Account) {
    const expiresIn = 3600;
    const expiresAt = Math.floor(Date.now() / 1000) + expiresIn;
    const accessToken = jwt({
      sub: account.id,
      email: account.email,
      aud: "authenticated",
      role: "authenticated",
      exp: expiresAt,
      iat: expiresAt - expiresIn,
      session_id: randomUUID(),
    });
    const refreshToken = randomUUID();
    sessions.set(accessToken, account);
    sessions.set(refreshToken, account);
    return {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: expiresIn,
      expires_at: expiresAt,
      refresh_token: refreshToken,
      user: user(account),
    };
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
    const bearer = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (request.method === "POST" && url.pathname === "/auth/v1/token") {
      const body = await readJson(request);
      const grant = url.searchParams.get("grant_type");
      const account =
        grant === "password"
          ? byEmail.get(String(body.email ?? "").toLowerCase())
          : sessions.get(String(body.refresh_token ?? ""));
      if (!account || (grant === "password" && account.password !== body.password)) {
        return send(response, 400, {
          code: 400,
          error_code: "invalid_credentials",
          msg: "Invalid login credentials",
        });
      }
      return send(response, 200, issue(account));
    }
    if (request.method === "GET" && url.pathname === "/auth/v1/user") {
      const account = sessions.get(bearer);
      return account
        ? send(response, 200, user(account))
        : send(response, 403, { code: 403, error_code: "bad_jwt", msg: "invalid JWT" });
    }
    if (request.method === "POST" && url.pathname === "/auth/v1/logout") {
      sessions.delete(bearer);
      response.writeHead(204).end();
      return;
    }
    send(response, 404, { code: 404, msg: `${request.method} ${url.pathname} is not part of this fake` });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
