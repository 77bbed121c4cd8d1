/**
 * Runs Inngest functions for real in a test: the SDK's unmodified `serve()` handler behind a plain HTTP
 * server, the local engine driving it over the protocol, and the engine's event API for `inngest.send`.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";
import { type EngineOptions, LocalEngine } from "@/inngest/local/engine";
import { startEventApi } from "@/inngest/local/server";
import type { Db } from "@/lib/db/client";

type Handler = (request: Request, context: unknown) => Promise<Response>;

/** Serves web-standard route handlers (GET/PUT/POST) on a free port; returns the endpoint URL. */
export async function serveRoute(
  handlers: RouteHandlers,
  onExchange?: (request: Request, response: Response) => Promise<void>,
) {
  const route = await startRouteServer(handlers, onExchange);
  afterAll(route.close);
  return route.url;
}

type RouteHandlers = { GET: Handler; PUT: Handler; POST: Handler };

/** The HTTP server behind `serveRoute`, without test hooks (benchmarks use it too). */
export async function startRouteServer(
  handlers: RouteHandlers,
  onExchange?: (request: Request, response: Response) => Promise<void>,
) {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host}`), {
      method: req.method,
      headers,
      body: req.method === "GET" ? undefined : Buffer.concat(chunks),
    });
    const handler = handlers[req.method as "GET" | "PUT" | "POST"];
    const response = handler ? await handler(request.clone(), undefined) : new Response(null, { status: 405 });
    await onExchange?.(request, response.clone());
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await listen(server);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server) {
  return new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
}

/** A free local port for an engine's event API (the SDK client must know it before the engine starts). */
export async function freePort() {
  const server = createServer();
  await listen(server);
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An engine for `appUrl` with its event API on `port`; stopped after the file. */
export async function startTestEngine(
  db: Db,
  appUrl: string,
  port: number,
  { eventKey, ...options }: Partial<EngineOptions> & { eventKey?: string } = {},
) {
  const engine = new LocalEngine({ db, appUrl, retryBaseMs: 20, pollMs: 20, timeScale: 1, ...options });
  const api = await startEventApi(engine, { port, eventKey });
  afterAll(async () => {
    await new Promise((resolve) => api.close(resolve));
    await engine.stop();
  });
  await engine.sync();
  return engine;
}

/** Ticks the engine until `check` passes (a run reached a state), or fails after `timeoutMs`. */
export async function eventually<T>(
  engine: LocalEngine,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await engine.tick();
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error("Timed out waiting for the engine");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A name unique to this test file, so files sharing the database never trigger each other's functions. */
export function uniqueName(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
