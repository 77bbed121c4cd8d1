import { can } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";

/** Invitation emails are queued under this key prefix (lib/team/invitations.ts). */
export const INVITATION_KEY_PREFIX = "invitation:";

export const HIDDEN_INVITATION = "An invitation to join the organization. Its link is shown to owners and admins only.";

/**
 * What the Outbox shows of a message's body. An invitation link lets whoever holds it join with the
 * invited role, so only people who may invite (and could make such a link themselves) read it.
 */
export function outboxText(email: { idempotencyKey: string; text: string }, viewer: Role) {
  if (email.idempotencyKey.startsWith(INVITATION_KEY_PREFIX) && !can(viewer, "team:manage")) return HIDDEN_INVITATION;
  return email.text;
}
