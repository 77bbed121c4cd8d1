import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "@/lib/db/client";

export const SESSION_TTL_MS = 30 * 86_400_000;

function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: DbOrTx,
  data: { userId: string; ipAddress?: string | null; userAgent?: string | null },
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId: data.userId,
      expiresAt,
      ipAddress: data.ipAddress ?? null,
      userAgent: data.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, expiresAt };
}

/** The user of a live session, or null for an unknown or expired token. */
export async function findSessionUser(db: DbOrTx, token: string, now = new Date()) {
  const session = await db.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!session || session.expiresAt <= now) return null;
  return session.user;
}

export async function deleteSession(db: DbOrTx, token: string) {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
