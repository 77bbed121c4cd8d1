import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { classifyReply, type ReplyClass } from "./replies";

export const replyInput = z.object({
  fromEmail: z.email({ error: "The sender must be an email address." }).transform((email) => email.toLowerCase()),
  subject: z.string().trim().max(500).default(""),
  body: z.string().trim().min(1, { error: "The reply has no text." }).max(20_000),
  /** The provider's message id, so a redelivered webhook is stored once. */
  externalId: z.string().trim().min(1).max(300).optional(),
  /** Set when a person records the reply on a deal; otherwise found from the last outreach email to the sender. */
  dealId: z.uuid().optional(),
});

const STAGE_ORDER = ["prospect", "contacted", "engaged", "proposal_sent", "negotiating", "won", "lost"] as const;

/**
 * Stores a prospect's reply on its deal, classified: an unsubscribe unsubscribes the sender from the
 * organization, interest or a question moves a contacted deal to engaged, and the deal gets a note.
 * Returns null when no deal matches the sender (nothing is stored).
 */
export async function recordReply(
  db: Db,
  source: "webhook" | "manual",
  raw: z.input<typeof replyInput>,
  scope: { organizationId?: string } = {},
): Promise<{ replyId: string; dealId: string; classification: ReplyClass; duplicate: boolean } | null> {
  const input = parseInput(replyInput, raw);
  return db.$transaction(async (tx) => {
    if (input.externalId) {
      const seen = await tx.sponsorReply.findUnique({ where: { externalId: input.externalId } });
      if (seen?.dealId) {
        return {
          replyId: seen.id,
          dealId: seen.dealId,
          classification: seen.classification as ReplyClass,
          duplicate: true,
        };
      }
    }
    const deal = input.dealId
      ? await tx.sponsorDeal.findFirst({ where: { id: input.dealId, organizationId: scope.organizationId } })
      : ((
          await tx.emailMessage.findFirst({
            where: { to: { has: input.fromEmail }, dealId: { not: null }, organizationId: scope.organizationId },
            orderBy: { createdAt: "desc" },
            select: { deal: true },
          })
        )?.deal ?? null);
    if (!deal) {
      if (input.dealId)
        throw new AppError("not_found", "That deal does not exist, or belongs to another organization.");
      return null;
    }
    const classification = classifyReply(input.subject, input.body);
    const reply = await tx.sponsorReply.create({
      data: {
        dealId: deal.id,
        fromEmail: input.fromEmail,
        subject: input.subject,
        body: input.body,
        classification,
        source,
        externalId: input.externalId,
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
    return { replyId: reply.id, dealId: deal.id, classification, duplicate: false };
  });
}
