import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { Invitation, Role } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";
import { deliverQueued, queueEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/locales";
import { INVITATION_KEY_PREFIX } from "./outbox-visibility";
import { checkInvite } from "./rules";

export const INVITATION_TTL_MS = 7 * 86_400_000;

type Meta = { ipAddress?: string | null; userAgent?: string | null };
/** The person acting, as the server knows them (role read from the database in the transaction). */
export type TeamActor = { organizationId: string; userId: string };

export function hashInvitationToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** The absolute link in the email: the app's own URL, so it works from any mail client. */
export function invitationLink(token: string, appUrl = env.APP_URL) {
  return `${appUrl.replace(/\/+$/, "")}/invite/${token}`;
}

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(invitation: Invitation, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

const ASK_AGAIN = "Ask the person who invited you to send a new invitation.";

/** Why a link cannot be used, in words for the person holding it. */
export function unusableMessage(
  invitation: (Invitation & { organization: { locale: string } }) | null,
  now = new Date(),
): AppError {
  if (!invitation) return new AppError("not_found", `This invitation link is not valid. ${ASK_AGAIN}`);
  switch (invitationState(invitation, now)) {
    case "accepted":
      return new AppError("conflict", "This invitation has already been used. Sign in instead.");
    case "revoked":
      return new AppError("conflict", `This invitation was withdrawn. ${ASK_AGAIN}`);
    default:
      return new AppError(
        "conflict",
        // The holder's zone is not known here: UTC, named by the format ("…, 9:00 AM UTC").
        `This invitation expired on ${formatDateTime(invitation.expiresAt, "UTC", toLocale(invitation.organization.locale))}. ${ASK_AGAIN}`,
      );
  }
}

/** The role of a member, read inside the caller's transaction (a role changed a moment ago counts). */
export async function actorRole(db: DbOrTx, actor: TeamActor): Promise<Role> {
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: actor.organizationId, userId: actor.userId } },
  });
  if (!membership) throw new AppError("forbidden", "You are no longer a member of this organization.");
  return membership.role;
}

/**
 * Invites someone by email: stores the invitation (only the token's hash), queues the email with its
 * absolute link and audits it, in one transaction; the email is delivered after the commit. Inviting
 * an email that already has an open invitation withdraws the old link, so only the newest one works.
 */
export async function inviteMember(
  db: Db,
  actor: TeamActor,
  input: { email: string; role: Role },
  meta: Meta,
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  let created: { invitationId: string; emailId: string };
  try {
    created = await db.$transaction(async (tx) => {
      const role = await actorRole(tx, actor);
      const refusal = checkInvite(role, input.role);
      if (refusal) throw new AppError(refusal.code, refusal.message);
      const [organization, inviter, existing] = await Promise.all([
        tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId } }),
        tx.user.findUniqueOrThrow({ where: { id: actor.userId } }),
        tx.membership.findFirst({ where: { organizationId: actor.organizationId, user: { email: input.email } } }),
      ]);
      if (existing) throw new AppError("conflict", `${input.email} is already a member of ${organization.name}.`);
      const replaced = await tx.invitation.updateMany({
        where: { organizationId: actor.organizationId, email: input.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
      const invitation = await tx.invitation.create({
        data: {
          organizationId: actor.organizationId,
          email: input.email,
          role: input.role,
          tokenHash: hashInvitationToken(token),
          invitedById: actor.userId,
          expiresAt,
          createdAt: now,
        },
      });
      const link = invitationLink(token);
      const emailId = await queueEmail(tx, {
        organizationId: actor.organizationId,
        idempotencyKey: `${INVITATION_KEY_PREFIX}${invitation.id}`,
        to: [input.email],
        subject: `${inviter.name} invited you to ${organization.name} on EventOS`,
        text: [
          "Hello,",
          "",
          `${inviter.name} (${inviter.email}) invited you to join ${organization.name} on EventOS as ${article(ROLE_LABELS[input.role])}.`,
          "",
          `Accept the invitation: ${link}`,
          "",
          // The invitee's zone is not known: UTC, which the format names; the organization's locale.
          `The link works once and expires on ${formatDateTime(expiresAt, "UTC", toLocale(organization.locale))} (in 7 days).`,
          "If you did not expect this invitation, you can ignore this email.",
        ].join("\n"),
      });
      await recordAudit(tx, {
        organizationId: actor.organizationId,
        actorType: "user",
        actorId: actor.userId,
        action: "team.invitation_sent",
        targetType: "invitation",
        targetId: invitation.id,
        outcome: "success",
        ...meta,
        metadata: { email: input.email, role: input.role, replacedInvitations: replaced.count },
      });
      return { invitationId: invitation.id, emailId };
    });
  } catch (error) {
    // The partial unique index on open invitations: someone invited this email in the same instant.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", `An invitation to ${input.email} was sent a moment ago. Refresh to see it.`);
    }
    throw error;
  }
  await deliverQueued(db, [created.emailId]);
  return created;
}

function article(label: string) {
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}

/** The invitation behind a link, whatever its state (the accept page explains each state). */
export async function findInvitation(db: DbOrTx, token: string) {
  return db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organization: true, invitedBy: { select: { name: true, email: true } } },
  });
}

/** Invitations not yet accepted, withdrawn or expired, newest first (the Settings list). */
export async function listPendingInvitations(db: DbOrTx, organizationId: string, now = new Date()) {
  return db.invitation.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    include: { invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Marks the invitation used, once: a conditional update, so two tabs or two people accepting the same
 * link cannot both join. Throws the reason when the link is unknown, used, withdrawn or expired.
 */
async function claimInvitation(tx: DbOrTx, token: string, userId: string | null, now: Date) {
  const tokenHash = hashInvitationToken(token);
  const claimed = await tx.invitation.updateMany({
    where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  const invitation = await tx.invitation.findUnique({ where: { tokenHash }, include: { organization: true } });
  if (claimed.count === 0 || !invitation) throw unusableMessage(invitation, now);
  return invitation;
}

/** Adds the membership with the invited role and audits the acceptance (inside the claiming transaction). */
export async function joinOrganization(
  tx: DbOrTx,
  invitation: Invitation & { organization: { name: string } },
  user: { id: string; email: string },
  meta: Meta & { provider?: string },
) {
  const already = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
  });
  if (already) throw new AppError("conflict", `You are already a member of ${invitation.organization.name}.`);
  await tx.membership.create({
    data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role },
  });
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: user.id } });
  const { provider, ...request } = meta;
  await recordAudit(tx, {
    organizationId: invitation.organizationId,
    actorType: "user",
    actorId: user.id,
    action: "team.invitation_accepted",
    targetType: "invitation",
    targetId: invitation.id,
    outcome: "success",
    ...request,
    metadata: { email: user.email, role: invitation.role, ...(provider ? { provider } : {}) },
  });
}

/**
 * A new person accepts with a local account: the user (with the invited email), the membership with the
 * invited role and the audit row are written together, or nothing is.
 */
export async function acceptInvitationAsNewUser(
  db: Db,
  token: string,
  input: { name: string; password: string },
  meta: Meta,
  now = new Date(),
) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, token, null, now);
    if (await tx.user.findUnique({ where: { email: invitation.email } })) {
      throw new AppError(
        "conflict",
        `There is already an EventOS account for ${invitation.email}. Sign in with it to accept the invitation.`,
      );
    }
    const user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash } });
    await joinOrganization(tx, invitation, user, meta);
    return { user, organizationId: invitation.organizationId };
  });
}

/** Someone already signed in accepts; the invitation must be for their email. */
export async function acceptInvitationAsUser(
  db: Db,
  token: string,
  user: { id: string; email: string },
  meta: Meta,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, token, user.id, now);
    if (invitation.email !== user.email.toLowerCase()) {
      throw new AppError(
        "forbidden",
        `This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign out and sign in as ${invitation.email}, or ask for an invitation to ${user.email}.`,
      );
    }
    await joinOrganization(tx, invitation, user, meta);
    return { organizationId: invitation.organizationId };
  });
}

/** Withdraws a pending invitation (its link stops working), audited. Admins cannot withdraw owner invitations. */
export async function revokeInvitation(db: Db, actor: TeamActor, invitationId: string, meta: Meta, now = new Date()) {
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, organizationId: actor.organizationId },
    });
    if (!invitation) throw new AppError("not_found", "That invitation does not exist in this organization.");
    const refusal = checkInvite(await actorRole(tx, actor), invitation.role);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    const revoked = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) throw new AppError("conflict", "That invitation was already used or withdrawn.");
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorType: "user",
      actorId: actor.userId,
      action: "team.invitation_revoked",
      targetType: "invitation",
      targetId: invitation.id,
      outcome: "success",
      ...meta,
      metadata: { email: invitation.email, role: invitation.role },
    });
  });
}
