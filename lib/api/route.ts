import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { db as appDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { readBodyWithin } from "@/lib/request-body";
import { type ApiResult, idempotencyKeyOf, withIdempotency } from "./idempotency";
import { type ApiPrincipal, type ApiScope, authenticateApiKey } from "./keys";

/** `["orders", 3, "tickets", 0, "email"]` → `orders[3].tickets[0].email`. */
export function fieldPath(path: readonly PropertyKey[]) {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, "");
}

/** A zod failure as a 422 that names each field by its full path, e.g. `orders[3].tickets[0].holderEmail`. */
export function apiValidationError(error: z.ZodError) {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = fieldPath(issue.path) || "body";
    fields[path] = [...(fields[path] ?? []), issue.message];
  }
  const [first] = Object.entries(fields);
  const message = first ? `${first[0]}: ${first[1][0]}` : "The request body is not valid.";
  return new AppError("validation", message, fields);
}

/** Parses a query or path value with zod, failing as the API's 422 with field paths. */
export function parseApi<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw apiValidationError(parsed.error);
  return parsed.data;
}

/** Any error as the API's JSON error: AppErrors as they are, anything else a logged, generic 500. */
export function apiErrorResponse(error: unknown, requestId: string) {
  const headers = { "X-Request-Id": requestId };
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.message, fields: error.fields, requestId } },
      { status: error.status, headers },
    );
  }
  logger.error("api request failed", {
    requestId,
    error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
  });
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on our side. Please try again.", requestId } },
    { status: 500, headers },
  );
}

const DEFAULT_MAX_BYTES = 1_000_000;

type Context<P> = { params: Promise<P> };
export type ApiHandlerInput<B, P> = {
  db: Db;
  request: Request;
  principal: ApiPrincipal;
  body: B;
  params: P;
  url: URL;
};

/**
 * A v1 route handler (in the spirit of dub's withWorkspace): authenticates the key and its scope, and
 * for a body schema (POST) requires an Idempotency-Key, parses the JSON with zod and runs the handler
 * once per key. Errors become the API's JSON error with a request id, never a stack trace.
 */
export function apiRoute<S extends z.ZodType | undefined, P = Record<string, never>>(
  options: { scope: ApiScope; body?: S; maxBytes?: number },
  handler: (input: ApiHandlerInput<S extends z.ZodType ? z.infer<S> : undefined, P>) => Promise<ApiResult>,
) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    const requestId = randomUUID();
    try {
      const db = appDb;
      const principal = await authenticateApiKey(db, request, options.scope);
      const params = await context.params;
      const url = new URL(request.url);
      if (!options.body) {
        const result = await handler({ db, request, principal, body: undefined as never, params, url });
        return withRequestId(Response.json(result.body, { status: result.status }), requestId);
      }
      const key = idempotencyKeyOf(request);
      const raw = await readBodyWithin(
        request,
        options.maxBytes ?? DEFAULT_MAX_BYTES,
        `The request body is over ${(options.maxBytes ?? DEFAULT_MAX_BYTES).toLocaleString("en")} bytes.`,
      );
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new AppError("bad_request", "The request body must be JSON (Content-Type: application/json).");
      }
      const parsed = options.body.safeParse(json);
      if (!parsed.success) throw apiValidationError(parsed.error);
      const route = `${request.method} ${url.pathname}`;
      const response = await withIdempotency(
        db,
        { organizationId: principal.organizationId, key, route, body: json },
        () => handler({ db, request, principal, body: parsed.data as never, params, url }),
      );
      return withRequestId(response, requestId);
    } catch (error) {
      return apiErrorResponse(error, requestId);
    }
  };
}

function withRequestId(response: Response, requestId: string) {
  response.headers.set("X-Request-Id", requestId);
  return response;
}
