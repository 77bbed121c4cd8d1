import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { answeredMessage, type ReplyPointers } from "@/lib/email/answered-message";
import { bareAddress } from "@/lib/email/reply-address";
import { deliverQueued, queueEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { handleSupportMessage } from "./conversation";

/** An inbound email as lib/email/postmark-inbound reads it. */
export type SupportEmail = ReplyPointers & {
  externalId: string;
  fromEmail: string;
  subject: string;
  body: string;
  supportEventId: string | null;
  /** The sender's Message-ID: our reply answers it (In-Reply-To), so it lands in the same thread. */
  messageId: string | null;
  spf: string | null;
  automated: boolean;
};

export type SupportEmailOutcome =
  | { status: "answered"; conversationId: string; emailId: string }
  | { status: "ignored"; reason: string };

/** The longest message the agent reads, as over the API; the rest of a long email is mostly quoted thread. */
const MESSAGE_LIMIT = 5_000;
const REPLY_KEY = /^support-email:([0-9a-f-]{36}):/;

/** The idempotency key of our reply to one inbound email: it also names the conversation the reply belongs to. */
const replyKey = (conversationId: string, externalId: string) => `support-email:${conversationId}:${externalId}`;

/**
 * Where a support email belongs: the conversation of the support reply it answers (by the reply
 * token of its Reply-To, or a Message-ID it cites), else the event whose support address it was sent to.
 * Null when it is neither: a sales reply, or an email answering nothing of ours.
 */
async function supportTarget(db: Db, email: SupportEmail) {
  const answered = await answeredMessage(db, email);
  const conversationId = answered ? REPLY_KEY.exec(answered.idempotencyKey)?.[1] : undefined;
  if (answered && conversationId) {
    const conversation = await db.supportConversation.findFirst({
      where: { id: conversationId, organizationId: answered.organizationId },
      select: { id: true, organizationId: true, eventId: true, attendeeEmail: true },
    });
    if (conversation) {
      // Someone the reply was forwarded to writes as themselves: a conversation of their own.
      const same = conversation.attendeeEmail === email.fromEmail;
      return { ...conversation, conversationId: same ? conversation.id : undefined };
    }
  }
  if (!email.supportEventId) return null;
  const event = await db.event.findUnique({
    where: { id: email.supportEventId },
    select: { id: true, organizationId: true },
  });
  return event ? { organizationId: event.organizationId, eventId: event.id, conversationId: undefined } : "no-event";
}

function replySubject(subject: string, eventName: string) {
  const base = subject.trim() || `Your question about ${eventName}`;
  return /^re:/i.test(base) ? base : `Re: ${base}`;
}

/**
 * An email to an event's support address, or an answer to one of its replies, handled by the Support
 * agent. The sender's address counts as verified (the email channel, as the API's `from`), except when
 * the sender's domain says by SPF that it did not send it: a forged sender is neither answered nor acted
 * for (answering would mail the person whose address was forged). Auto-replies are not answered either.
 * The reply goes back to the sender through the email layer with a Reply-To of its own reply token, so
 * the attendee's answer continues the conversation. A redelivered email (same provider MessageID) acts
 * once and sends one reply: the MessageID is the turn's idempotency key and derives the reply's.
 * Returns null for an email that is not for support.
 */
export async function receiveSupportEmail(db: Db, email: SupportEmail): Promise<SupportEmailOutcome | null> {
  const target = await supportTarget(db, email);
  if (target === null) return null;
  const ignored = (reason: string) => {
    logger.info("support email not answered", { externalId: email.externalId, reason });
    return { status: "ignored", reason } as const;
  };
  if (target === "no-event") return ignored("It was sent to the support address of an event that does not exist.");
  if (email.automated) return ignored("It is an automatic email (auto-reply, bounce or list mail).");
  if (email.fromEmail === bareAddress(env.EMAIL_FROM)) return ignored("It comes from our own sending address.");
  if (email.spf === "fail" || email.spf === "softfail") {
    return ignored("The sender's domain says by SPF that it did not send it.");
  }
  const subject = email.subject.trim();
  // A new email often asks in its subject; an answer's subject is ours ("Re: …").
  const text = (subject && !/^re:/i.test(subject) ? `${subject}\n\n${email.body}` : email.body).trim();
  if (!text) return ignored("It has no text.");
  const turn = await handleSupportMessage(db, {
    organizationId: target.organizationId,
    eventId: target.eventId,
    channel: "email",
    from: email.fromEmail,
    verified: true,
    message: text.slice(0, MESSAGE_LIMIT),
    conversationId: target.conversationId,
    idempotencyKey: `email:${createHash("sha256").update(email.externalId).digest("hex")}`,
  });
  const event = await db.event.findUniqueOrThrow({ where: { id: target.eventId }, select: { name: true } });
  const emailId = await queueEmail(db, {
    organizationId: target.organizationId,
    eventId: target.eventId,
    idempotencyKey: replyKey(turn.conversationId, email.externalId),
    to: [email.fromEmail],
    subject: replySubject(email.subject, event.name),
    text: `${turn.reply}\n\n${event.name} support`,
    threadReplies: true,
    ...(email.messageId ? { inReplyTo: email.messageId } : {}),
  });
  await deliverQueued(db, [emailId]);
  return { status: "answered", conversationId: turn.conversationId, emailId };
}

/** What the provider is told: whether the Support agent answered, never what it said or did. */
export function supportEmailAnswer(outcome: SupportEmailOutcome) {
  return outcome.status === "answered"
    ? { stored: true, matched: true, support: true }
    : { stored: false, matched: false, support: true, reason: outcome.reason };
}
