import { env } from "@/lib/env";
import { bareAddress } from "./reply-address";

/**
 * Each event's support inbox is `support+<event id>@<inbound domain>`, on the domain of
 * INBOUND_REPLY_ADDRESS (the inbound webhook receives it with the sales replies). The event id is a
 * UUID, never a 32-hex reply token, so the two kinds of address cannot be mistaken for each other.
 * Organizers forward their public support address (help@festival.example) to it.
 */
export const SUPPORT_LOCAL_PART = "support";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The event's support address, or null while no inbound address is configured. */
export function supportAddress(eventId: string, inbox: string | undefined = env.INBOUND_REPLY_ADDRESS) {
  const domain = inbox ? bareAddress(inbox).split("@")[1] : undefined;
  return domain ? `${SUPPORT_LOCAL_PART}+${eventId.toLowerCase()}@${domain}` : null;
}

/**
 * The event an inbound email was sent to the support inbox of: a `support+<uuid>@` recipient, or a
 * MailboxHash that is a UUID (Postmark's hash of `<inbound>+<uuid>@inbound.postmarkapp.com`).
 */
export function supportEventIdIn(recipients: string[], mailboxHashes: (string | undefined)[] = []) {
  for (const recipient of recipients) {
    const match = /^([^@+]+)\+([^@]+)@/.exec(bareAddress(recipient));
    if (match?.[1] === SUPPORT_LOCAL_PART && match[2] && UUID.test(match[2])) return match[2];
  }
  for (const hash of mailboxHashes) {
    const value = hash?.trim().toLowerCase();
    if (value && UUID.test(value)) return value;
  }
  return null;
}
