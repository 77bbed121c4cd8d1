import { randomBytes, randomUUID } from "node:crypto";

/**
 * How a reply finds the message it answers. Each message we send carries an RFC 5322 Message-ID we
 * generate, and an email about a sponsor deal also a Reply-To of `<inbox local part>+<reply token>@<inbox
 * domain>`. A reply names its message by that token (the address it was sent to; Postmark also gives the
 * part after `+` as MailboxHash) or by citing the Message-ID in In-Reply-To or References. Both are
 * random, so a sender cannot aim a reply at a message they did not receive.
 */

/** The bare address of `Name <local@domain>` or `local@domain`, lower-cased. */
export function bareAddress(value: string) {
  return (/<([^>]+)>/.exec(value)?.[1] ?? value).trim().toLowerCase();
}

/** A new Message-ID on the sender's domain, angle brackets included, as the header carries it. */
export function newMessageId(from: string) {
  const domain = /@([a-z0-9.-]+)$/i.exec(bareAddress(from))?.[1] ?? "eventos.local";
  return `<${randomUUID()}@${domain}>`;
}

/** Lower-case hex: mail systems may change the case of an address, and the token must survive it. */
export function newReplyToken() {
  return randomBytes(16).toString("hex");
}

/** `replies@in.example.com` + token → `replies+<token>@in.example.com`. */
export function replyToAddress(inbox: string, token: string) {
  const [local, domain] = bareAddress(inbox).split("@");
  return `${local?.split("+")[0]}+${token}@${domain}`;
}

const TOKEN = /^[0-9a-f]{32}$/;

/** The reply tokens an inbound email was addressed with: the MailboxHash and any `local+token@` recipient. */
export function replyTokensIn(recipients: string[], mailboxHash?: string) {
  const fromAddresses = recipients.map((recipient) => /^[^@+]+\+([^@]+)@/.exec(bareAddress(recipient))?.[1]);
  const tokens = [mailboxHash?.trim().toLowerCase(), ...fromAddresses].filter(
    (token): token is string => token !== undefined && TOKEN.test(token),
  );
  return [...new Set(tokens)];
}

/**
 * The Message-IDs an email cites, most specific first: In-Reply-To, then References from the newest
 * (the last) to the oldest.
 */
export function citedMessageIds(inReplyTo: string | undefined, references: string | undefined) {
  const ids = (value: string | undefined) => (value ?? "").match(/<[^<>\s]+>/g) ?? [];
  return [...new Set([...ids(inReplyTo), ...ids(references).reverse()])].slice(0, 50);
}
