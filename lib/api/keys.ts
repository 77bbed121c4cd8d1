import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { can } from "@/lib/auth/roles";
import type { Db, DbOrTx } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { API_SCOPES, type ApiScope } from "./scopes";

export { API_SCOPES, type ApiScope, SCOPE_LABELS } from "./scopes";

/** Every key starts with this, so a leaked one is easy to recognise (and to scan for). */
export const KEY_PREFIX = "evos_live_";
/** How much of the key is kept in clear to tell keys apart: the prefix and 8 random characters. */
const SHOWN_LENGTH = KEY_PREFIX.length + 8;

export const apiKeyInput = z.object({
  name: z
    .string({ error: "Give the key a name." })
    .trim()
    .min(1, { error: "Give the key a name, e.g. the system that will use it." })
    .max(80, { error: "The name is over 80 characters." }),
  scopes: z
    .array(z.enum(API_SCOPES, { error: `A scope is one of ${API_SCOPES.join(", ")}.` }))
    .min(1, { error: "Choose at least one scope." })
    .transform((scopes) => [...new Set(scopes)]),
});

export function hashApiKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

/** The person or operator creating or revoking a key: a user is checked against their role now. */
export type KeyActor = { type: "user"; userId: string } | { type: "operator"; name: string };
type Meta = { ipAddress?: string | null; userAgent?: string | null };

async function checkActor(tx: DbOrTx, organizationId: string, actor: KeyActor) {
  if (actor.type === "operator") return;
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: actor.userId } },
  });
  if (!membership || !can(membership.role, "api-keys:manage")) {
    throw new AppError("forbidden", "Only owners and admins manage API keys.");
  }
}

const auditActor = (actor: KeyActor) =>
  actor.type === "user"
    ? { actorType: "user" as const, actorId: actor.userId }
    : { actorType: "system" as const, actorId: `operator:${actor.name}` };

/**
 * Creates a key and returns it in clear: the only time it exists outside the caller. The database keeps
 * its SHA-256 and its first characters (to tell keys apart). Audited in the same transaction.
 */
export async function createApiKey(
  db: Db,
  input: { organizationId: string; name: string; scopes: string[]; actor: KeyActor },
  meta: Meta = {},
) {
  const { name, scopes } = parseInput(apiKeyInput, { name: input.name, scopes: input.scopes });
  const key = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const prefix = key.slice(0, SHOWN_LENGTH);
  const created = await db.$transaction(async (tx) => {
    await checkActor(tx, input.organizationId, input.actor);
    const row = await tx.apiKey.create({
      data: {
        organizationId: input.organizationId,
        name,
        scopes,
        prefix,
        keyHash: hashApiKey(key),
        createdById: input.actor.type === "user" ? input.actor.userId : null,
      },
    });
    await recordAudit(tx, {
      organizationId: input.organizationId,
      ...auditActor(input.actor),
      action: "api_key.created",
      targetType: "api_key",
      targetId: row.id,
      outcome: "success",
      ...meta,
      metadata: { name, prefix, scopes },
    });
    return row;
  });
  return { id: created.id, key, prefix, name, scopes };
}

/** Revokes a key of the organization (by id, or by its shown prefix); a revoked key is refused at once. */
export async function revokeApiKey(
  db: Db,
  input: { organizationId: string; actor: KeyActor } & ({ id: string } | { prefix: string }),
  meta: Meta = {},
) {
  return db.$transaction(async (tx) => {
    await checkActor(tx, input.organizationId, input.actor);
    // A malformed id matches nothing (rather than a database error on the uuid column).
    const where =
      "id" in input
        ? { id: z.uuid().safeParse(input.id).success ? input.id : undefined, organizationId: input.organizationId }
        : { prefix: input.prefix, organizationId: input.organizationId };
    const keys = "id" in input && !where.id ? [] : await tx.apiKey.findMany({ where });
    if (keys.length === 0) throw new AppError("not_found", "No API key of this organization matches that.");
    if (keys.length > 1) throw new AppError("conflict", "More than one key has that prefix; revoke it by id.");
    const [apiKey] = keys as [(typeof keys)[number]];
    if (apiKey.revokedAt) return { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, alreadyRevoked: true };
    await tx.apiKey.update({ where: { id: apiKey.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      organizationId: input.organizationId,
      ...auditActor(input.actor),
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: apiKey.id,
      outcome: "success",
      ...meta,
      metadata: { name: apiKey.name, prefix: apiKey.prefix },
    });
    return { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, alreadyRevoked: false };
  });
}

/** The organization's keys for Settings and the operator command, newest first; never the hash. */
export function listApiKeys(db: DbOrTx, organizationId: string) {
  return db.apiKey.findMany({
    where: { organizationId },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdById: true,
    },
    orderBy: { createdAt: "desc" },
  });
}

export type ApiPrincipal = { apiKeyId: string; organizationId: string; scopes: string[] };

/** Touching lastUsedAt on every request would write on every read; once a minute is enough to show it. */
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The organization a request acts for, from `Authorization: Bearer <key>`: a missing, unknown or
 * revoked key is a 401, a key without `scope` a 403. The organization comes only from the key.
 */
export async function authenticateApiKey(db: DbOrTx, request: Request, scope: ApiScope): Promise<ApiPrincipal> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new AppError("unauthenticated", "Send your API key as `Authorization: Bearer <key>`.");
  }
  const apiKey = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(match[1]) } });
  if (!apiKey) throw new AppError("unauthenticated", "That API key is not valid.");
  if (apiKey.revokedAt)
    throw new AppError("unauthenticated", "That API key was revoked. Create a new one in Settings.");
  if (!apiKey.scopes.includes(scope)) {
    throw new AppError("forbidden", `This API key does not have the \`${scope}\` scope this endpoint needs.`);
  }
  const now = new Date();
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: now } });
  }
  return { apiKeyId: apiKey.id, organizationId: apiKey.organizationId, scopes: apiKey.scopes };
}
