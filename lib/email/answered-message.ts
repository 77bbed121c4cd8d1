import type { DbOrTx } from "@/lib/db/client";

/** What an inbound email says about the message of ours it answers (lib/email/postmark-inbound). */
export type ReplyPointers = { replyTokens: string[]; citedMessageIds: string[] };

/**
 * The message of ours an inbound email answers: by its reply token (the address it was sent to), else by
 * the Message-IDs it cites, most specific first. Both are random, so a sender cannot aim an email at a
 * message they did not receive (./reply-address).
 */
export async function answeredMessage(db: DbOrTx, inbound: ReplyPointers) {
  const select = {
    id: true,
    organizationId: true,
    eventId: true,
    dealId: true,
    messageId: true,
    to: true,
    idempotencyKey: true,
  } as const;
  if (inbound.replyTokens.length > 0) {
    const byToken = await db.emailMessage.findFirst({ where: { replyToken: { in: inbound.replyTokens } }, select });
    if (byToken) return byToken;
  }
  if (inbound.citedMessageIds.length === 0) return null;
  const cited = await db.emailMessage.findMany({ where: { messageId: { in: inbound.citedMessageIds } }, select });
  for (const id of inbound.citedMessageIds) {
    const message = cited.find((candidate) => candidate.messageId === id);
    if (message) return message;
  }
  return null;
}
