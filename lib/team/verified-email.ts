import type { Db } from "@/lib/db/client";
import { joinOrganization } from "./invitations";

type Meta = { ipAddress?: string | null; userAgent?: string | null };

/**
 * For sign-in providers that vouch for an email (Supabase Auth with a confirmed address): every pending
 * invitation for that email is accepted, creating the EventOS user (no local password) if needed.
 * Returns how many organizations were joined. An unconfirmed email joins nothing.
 */
export async function acceptInvitationsForVerifiedEmail(
  db: Db,
  identity: { email: string; name?: string | null; provider: string },
  meta: Meta,
  now = new Date(),
) {
  const email = identity.email.trim().toLowerCase();
  const pending = await db.invitation.findMany({
    where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (pending.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email } })) ??
      (await tx.user.create({
        data: { email, name: identity.name?.trim() || nameFromEmail(email), passwordHash: null },
      }));
    let joined = 0;
    for (const { id } of pending) {
      const claimed = await tx.invitation.updateMany({
        where: { id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now, acceptedById: user.id },
      });
      if (claimed.count === 0) continue;
      const invitation = await tx.invitation.findUniqueOrThrow({ where: { id }, include: { organization: true } });
      const member = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
      });
      // Already a member (joined another way): the invitation is spent, the role stays as it is.
      if (member) continue;
      await joinOrganization(tx, invitation, user, { ...meta, provider: identity.provider });
      joined += 1;
    }
    return joined;
  });
}

/** "lena.novak@example.com" → "Lena Novak": a starting name the person can change in Your account. */
export function nameFromEmail(email: string) {
  const local = email.split("@")[0] ?? email;
  const words = local.split(/[._+-]+/).filter(Boolean);
  return words.length ? words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join(" ") : email;
}
