import { can } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";

/** Invitation emails are queued under this key prefix (lib/team/invitations.ts). */
export const INVITATION_KEY_PREFIX = "invitation:";
/** The help chat's one-time codes are queued under this key prefix (lib/agents/support/codes.ts). */
export const SUPPORT_CODE_KEY_PREFIX = "support-code:";

export const HIDDEN_INVITATION = "An invitation to join the organization. Its link is shown to owners and admins only.";
export const HIDDEN_SUPPORT_CODE =
  "A one-time code that lets an attendee confirm their email in the help chat. Only the attendee sees the code: whoever has it could act on their orders.";
export const SUPPORT_CODE_SUBJECT = "One-time support code (hidden)";

type Outgoing = { idempotencyKey: string; subject: string; text: string };

const isSupportCode = (email: Pick<Outgoing, "idempotencyKey">) =>
  email.idempotencyKey.startsWith(SUPPORT_CODE_KEY_PREFIX);

/**
 * What the Outbox shows of a message's body. An invitation link lets whoever holds it join with the
 * invited role, so only people who may invite (and could make such a link themselves) read it. A help
 * chat's one-time code proves an attendee owns an address, so nobody on the team reads it.
 */
export function outboxText(email: Pick<Outgoing, "idempotencyKey" | "text">, viewer: Role) {
  if (isSupportCode(email)) return HIDDEN_SUPPORT_CODE;
  if (email.idempotencyKey.startsWith(INVITATION_KEY_PREFIX) && !can(viewer, "team:manage")) return HIDDEN_INVITATION;
  return email.text;
}

/** What the Outbox shows of a message's subject: a code's email names its code there too. */
export function outboxSubject(email: Pick<Outgoing, "idempotencyKey" | "subject">) {
  return isSupportCode(email) ? SUPPORT_CODE_SUBJECT : email.subject;
}
