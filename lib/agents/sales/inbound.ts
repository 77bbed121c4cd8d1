import { z } from "zod";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { SponsorDeal } from "@/lib/db/generated/client";
import { answeredMessage } from "@/lib/email/answered-message";
import { AppError, parseInput } from "@/lib/errors";
import { classifyReply, type ReplyClass } from "./replies";

/** The longest reply text stored; a longer one is refused (413 at the webhook). */
export const REPLY_TEXT_LIMIT = 20_000;

export const replyInput = z.object({
  fromEmail: z.email({ error: "The sender must be an email address." }).transform((email) => email.toLowerCase()),
  subject: z.string().trim().max(500).default(""),
  body: z
    .string()
    .trim()
    .min(1, { error: "The reply has no text." })
    .max(REPLY_TEXT_LIMIT, { error: "The reply is over 20,000 characters." }),
  /** The deal a person records the reply on. */
  dealId: z.uuid({ error: "Pick the deal the reply is about." }),
});

type ReplyFields = { fromEmail: string; subject: string; body: string; externalId?: string };

const STAGE_ORDER = ["prospect", "contacted", "engaged", "proposal_sent", "negotiating", "won", "lost"] as const;

/**
 * Stores a prospect's reply on its deal, classified: an unsubscribe unsubscribes the sender from the
 * deal's organization, interest or a question moves a contacted deal to engaged, and the deal gets a note.
 */
async function storeReply(tx: DbOrTx, deal: SponsorDeal, source: "webhook" | "manual", input: ReplyFields) {
  const classification = classifyReply(input.subject, input.body);
  const reply = await tx.sponsorReply.create({
    data: {
      dealId: deal.id,
      fromEmail: input.fromEmail,
      subject: input.subject,
      body: input.body,
      externalId: input.externalId,
      classification,
      source,
    },
  });
  if (classification === "unsubscribe") {
    await tx.sponsorContact.updateMany({
      where: { organizationId: deal.organizationId, email: input.fromEmail, unsubscribedAt: null },
      data: { unsubscribedAt: new Date() },
    });
  }
  const engages = classification === "interested" || classification === "question";
  if (engages && STAGE_ORDER.indexOf(deal.stage) < STAGE_ORDER.indexOf("engaged")) {
    await tx.sponsorDeal.update({ where: { id: deal.id }, data: { stage: "engaged" } });
  }
  await tx.dealNote.create({
    data: { dealId: deal.id, body: `Reply (${classification.replace("_", " ")}): ${input.body.slice(0, 280)}` },
  });
  return { replyId: reply.id, dealId: deal.id, classification };
}

/** A person records a reply that reached them on a deal of their organization. */
export async function recordReply(
  db: Db,
  source: "webhook" | "manual",
  raw: z.input<typeof replyInput>,
  scope: { organizationId: string },
): Promise<{ replyId: string; dealId: string; classification: ReplyClass; duplicate: boolean }> {
  const { dealId, ...input } = parseInput(replyInput, raw);
  return db.$transaction(async (tx) => {
    const deal = await tx.sponsorDeal.findFirst({ where: { id: dealId, organizationId: scope.organizationId } });
    if (!deal) throw new AppError("not_found", "That deal does not exist, or belongs to another organization.");
    return { ...(await storeReply(tx, deal, source, input)), duplicate: false };
  });
}

/** An email that reached the inbound webhook, as the route read it; the sender wrote every field. */
const inboundReply = z.object({
  externalId: z.string().trim().min(1).max(300),
  fromEmail: z.email({ error: "From must be an email address." }).transform((email) => email.toLowerCase()),
  // A long subject is cut rather than the reply refused.
  subject: z.string().transform((subject) => subject.trim().slice(0, 500)),
  body: z.string().trim().min(1, { error: "The reply has no text." }).max(REPLY_TEXT_LIMIT),
  /** Reply tokens of the addresses it was sent to (lib/email/reply-address). */
  replyTokens: z.array(z.string().max(100)).max(20),
  /** Message-IDs it cites, most specific first. */
  citedMessageIds: z.array(z.string().max(300)).max(50),
});
export type InboundReply = z.input<typeof inboundReply>;

export type InboundOutcome =
  | { status: "duplicate"; matched: boolean }
  | { status: "unmatched"; reason: string }
  | { status: "matched"; organizationId: string; replyId: string; dealId: string; classification: ReplyClass };

/**
 * An inbound email from an untrusted sender. It becomes a reply only on the deal of the message it
 * answers (never "the latest email to that address"), in that message's organization. Anything else is
 * kept as unmatched and changes nothing. Each provider MessageID is handled once; a redelivery answers
 * whether it matched, and nothing else.
 */
export async function receiveInboundReply(db: Db, raw: InboundReply): Promise<InboundOutcome> {
  const inbound = parseInput(inboundReply, raw);
  const { externalId, fromEmail, subject, body, citedMessageIds } = inbound;
  const fields = { externalId, fromEmail, subject, body };
  return db.$transaction(async (tx) => {
    // Claimed first: a concurrent redelivery waits on the unique MessageID and then sees it taken.
    const claimed = await tx.inboundEmail.createMany({
      data: [{ ...fields, citedMessageIds, unmatchedReason: "Not matched yet." }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) {
      const seen = await tx.inboundEmail.findUniqueOrThrow({ where: { externalId: inbound.externalId } });
      return { status: "duplicate", matched: seen.replyId !== null };
    }
    const unmatched = async (reason: string, message?: { id: string; organizationId: string }) => {
      await tx.inboundEmail.update({
        where: { externalId: inbound.externalId },
        data: { unmatchedReason: reason, emailMessageId: message?.id, organizationId: message?.organizationId },
      });
      return { status: "unmatched", reason } as const;
    };
    const message = await answeredMessage(tx, inbound);
    if (!message) return unmatched("It answers no email we sent (no known reply address or Message-ID).");
    const deal = message.dealId
      ? await tx.sponsorDeal.findFirst({
          where: { id: message.dealId, organizationId: message.organizationId },
          include: { contact: { select: { email: true } } },
        })
      : null;
    if (!deal) return unmatched("It answers an email that is not about a sponsor deal.", message);
    // A deal's emails also go to people who are not the prospect (the host's booking notice).
    if (!deal.contact || !message.to.includes(deal.contact.email)) {
      return unmatched("It answers an email about a deal that was not sent to the deal's contact.", message);
    }
    const reply = await storeReply(tx, deal, "webhook", fields);
    await tx.inboundEmail.update({
      where: { externalId: inbound.externalId },
      data: {
        unmatchedReason: null,
        emailMessageId: message.id,
        organizationId: message.organizationId,
        replyId: reply.replyId,
      },
    });
    return { status: "matched", organizationId: message.organizationId, ...reply };
  });
}

/**
 * Replies to an organization's own emails that changed nothing (they answered an email that is not about
 * a sponsor deal, or one about a deal sent to someone other than its contact), newest first. Emails that answer none of our messages have no organization and are
 * never shown to one: the sender is untrusted, and the same address may be a contact of several.
 */
export async function unmatchedReplies(db: Db, organizationId: string, take = 20) {
  const where = { organizationId, replyId: null };
  const [count, latest] = await Promise.all([
    db.inboundEmail.count({ where }),
    db.inboundEmail.findMany({
      where,
      orderBy: { receivedAt: "desc" },
      take,
      select: {
        id: true,
        fromEmail: true,
        subject: true,
        body: true,
        unmatchedReason: true,
        receivedAt: true,
        emailMessage: { select: { subject: true } },
      },
    }),
  ]);
  return { count, latest };
}
