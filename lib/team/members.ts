import { recordAudit } from "@/lib/audit";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { actorRole, type TeamActor } from "./invitations";
import { checkRemoval, checkRoleChange } from "./rules";

type Meta = { ipAddress?: string | null; userAgent?: string | null };

/**
 * Serializes team changes per organization and reads the target and the owner count under that lock,
 * so two owners demoting each other at the same moment cannot leave the organization without one.
 */
async function lockTeam(tx: DbOrTx, actor: TeamActor, membershipId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`team:${actor.organizationId}`}))`;
  const [role, target, owners] = await Promise.all([
    actorRole(tx, actor),
    tx.membership.findFirst({
      where: { id: membershipId, organizationId: actor.organizationId },
      include: { user: { select: { email: true, name: true } } },
    }),
    tx.membership.count({ where: { organizationId: actor.organizationId, role: "owner" } }),
  ]);
  if (!target) throw new AppError("not_found", "That person is not a member of this organization.");
  return { role, target, owners };
}

/** Changes a member's role under the role rules (lib/team/rules.ts), audited; no change, no write. */
export async function changeMemberRole(
  db: Db,
  actor: TeamActor,
  input: { membershipId: string; role: Role },
  meta: Meta,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { role, target, owners } = await lockTeam(tx, actor, input.membershipId);
    if (target.role === input.role) return { changed: false };
    const refusal = checkRoleChange(role, { from: target.role, to: input.role, owners });
    if (refusal) throw new AppError(refusal.code, refusal.message);
    await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorType: "user",
      actorId: actor.userId,
      action: "team.role_changed",
      targetType: "user",
      targetId: target.userId,
      outcome: "success",
      ...meta,
      metadata: { email: target.user.email, from: target.role, to: input.role },
    });
    return { changed: true };
  });
}

/** Removes someone from the organization (their account stays), audited. */
export async function removeMember(db: Db, actor: TeamActor, input: { membershipId: string }, meta: Meta) {
  return db.$transaction(async (tx) => {
    const { role, target, owners } = await lockTeam(tx, actor, input.membershipId);
    const refusal = checkRemoval(role, { role: target.role, owners });
    if (refusal) throw new AppError(refusal.code, refusal.message);
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorType: "user",
      actorId: actor.userId,
      action: "team.member_removed",
      targetType: "user",
      targetId: target.userId,
      outcome: "success",
      ...meta,
      metadata: { email: target.user.email, role: target.role },
    });
    return { name: target.user.name };
  });
}
