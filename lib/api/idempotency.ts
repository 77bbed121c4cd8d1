import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/** A stored record with this status is a request still running (the first one to claim the key). */
const IN_PROGRESS = 0;
/** A claim older than this was left by a crashed request: the next one with the key takes it over. */
export const STALE_CLAIM_MS = 5 * 60_000;
export const REPLAYED_HEADER = "Idempotent-Replayed";

/** What a v1 handler answers: a status and a JSON body. */
export type ApiResult = { status: number; body: unknown };

/**
 * The `Idempotency-Key` header every POST must carry: 1 to 255 visible ASCII characters (a UUID is a
 * good choice). Missing or malformed is a 400.
 */
export function idempotencyKeyOf(request: Request) {
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key) {
    throw new AppError(
      "bad_request",
      "Send an `Idempotency-Key` header (e.g. a UUID) with every POST, so a retried request is applied once.",
    );
  }
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError("bad_request", "The Idempotency-Key must be 1 to 255 visible ASCII characters.");
  }
  return key;
}

/** SHA-256 of the body in JSON canonical form (RFC 8785): key order and spacing do not matter. */
export function requestHash(body: unknown) {
  return createHash("sha256")
    .update(canonicalize(body ?? null) ?? "")
    .digest("hex");
}

const replay = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { [REPLAYED_HEADER]: "true" } });

/**
 * Runs `run` once per (organization, key). The key is claimed by inserting its record first, so of two
 * concurrent requests exactly one runs; the other gets a 409 while the first is running, and its stored
 * answer afterwards. A repeat with the same route and body gets the stored status and body with
 * `Idempotent-Replayed: true`; the same key with another route or body is a 422. Only successful
 * answers are stored: a handler that fails changes nothing (AppError rule), so its key is released and
 * the request may be corrected and sent again with the same key.
 */
export async function withIdempotency(
  db: Db,
  claim: { organizationId: string; key: string; route: string; body: unknown },
  run: () => Promise<ApiResult>,
): Promise<Response> {
  const { organizationId, key, route } = claim;
  const hash = requestHash(claim.body);
  const id = { organizationId_key: { organizationId, key } };
  const claimed = await db.apiIdempotencyRecord.createMany({
    data: [{ organizationId, key, route, requestHash: hash, statusCode: IN_PROGRESS, response: {} }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) {
    const existing = await db.apiIdempotencyRecord.findUnique({ where: id });
    if (!existing) throw new AppError("conflict", "A request with this Idempotency-Key just failed; send it again.");
    if (existing.route !== route) {
      throw new AppError(
        "validation",
        `This Idempotency-Key was already used for ${existing.route}; use a new key for each request.`,
      );
    }
    if (existing.requestHash !== hash) {
      throw new AppError(
        "validation",
        "This Idempotency-Key was already used with a different body; use a new key for a different request.",
      );
    }
    if (existing.statusCode !== IN_PROGRESS) return replay(existing.statusCode, existing.response);
    const stale = Date.now() - existing.createdAt.getTime() > STALE_CLAIM_MS;
    const takenOver =
      stale &&
      (
        await db.apiIdempotencyRecord.updateMany({
          where: { organizationId, key, statusCode: IN_PROGRESS, createdAt: existing.createdAt },
          data: { createdAt: new Date() },
        })
      ).count === 1;
    if (!takenOver) {
      throw new AppError("conflict", "A request with this Idempotency-Key is still in progress; retry in a moment.");
    }
  }
  let result: ApiResult;
  try {
    result = await run();
  } catch (error) {
    await db.apiIdempotencyRecord.deleteMany({ where: { organizationId, key, statusCode: IN_PROGRESS } });
    throw error;
  }
  await db.apiIdempotencyRecord.update({
    where: id,
    data: { statusCode: result.status, response: (result.body ?? null) as Prisma.InputJsonValue },
  });
  return Response.json(result.body, { status: result.status });
}
