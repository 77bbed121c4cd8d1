import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

type Meta = { ipAddress?: string | null; userAgent?: string | null };

export const WRONG_CURRENT_PASSWORD = "That is not your current password.";

/** Renames the person; audited, nothing written when the name is unchanged. */
export async function updateName(db: Db, userId: string, name: string, meta: Meta) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (user.name === name) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { name } });
    await recordAudit(tx, {
      actorType: "user",
      actorId: userId,
      action: "user.name_changed",
      targetType: "user",
      targetId: userId,
      outcome: "success",
      ...meta,
      metadata: { from: user.name, to: name },
    });
    return { changed: true };
  });
}

/**
 * Changes a local password after checking the current one. Every other session of the person ends
 * (a stolen session does not outlive a password change); the one in `keepSessionToken` stays.
 */
export async function changePassword(
  db: Db,
  input: { userId: string; currentPassword: string; newPassword: string; keepSessionToken?: string | null },
  meta: Meta,
) {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!user.passwordHash) {
    throw new AppError("bad_request", "Your password is managed by your sign-in provider, not by EventOS.");
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordAudit(db, {
      actorType: "user",
      actorId: user.id,
      action: "user.password_changed",
      targetType: "user",
      targetId: user.id,
      outcome: "failure",
      ...meta,
    });
    throw new AppError("validation", WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const keep = input.keepSessionToken ? createHash("sha256").update(input.keepSessionToken).digest("hex") : null;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({
      where: { userId: user.id, ...(keep ? { tokenHash: { not: keep } } : {}) },
    });
    await recordAudit(tx, {
      actorType: "user",
      actorId: user.id,
      action: "user.password_changed",
      targetType: "user",
      targetId: user.id,
      outcome: "success",
      ...meta,
      metadata: { otherSessionsEnded: ended.count },
    });
  });
}
