import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { DealStage } from "@/lib/db/generated/enums";
import { AppError, parseInput } from "@/lib/errors";

/** The pipeline's columns, in order. */
export const PIPELINE_STAGES: { stage: DealStage; label: string }[] = [
  { stage: "prospect", label: "Prospect" },
  { stage: "contacted", label: "Contacted" },
  { stage: "engaged", label: "Engaged" },
  { stage: "proposal_sent", label: "Proposal sent" },
  { stage: "negotiating", label: "Negotiating" },
  { stage: "won", label: "Won" },
  { stage: "lost", label: "Lost" },
];

/** One event's deals by stage, with what the board shows on each card. */
export async function pipelineBoard(db: Db, organizationId: string, eventId: string) {
  const deals = await db.sponsorDeal.findMany({
    where: { organizationId, eventId },
    include: {
      company: { select: { name: true, industry: true } },
      contact: { select: { name: true, title: true, email: true } },
      package: { select: { name: true, currency: true } },
      notes: { orderBy: { createdAt: "desc" }, take: 1, select: { body: true, createdAt: true } },
    },
    orderBy: [{ score: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
  });
  return PIPELINE_STAGES.map((column) => ({ ...column, deals: deals.filter((deal) => deal.stage === column.stage) }));
}

const moveInput = z.object({
  dealId: z.uuid({ error: "Pick a deal." }),
  stage: z.enum(DealStage, { error: "Pick a stage." }),
  note: z.string().trim().max(2000).optional(),
});

/**
 * A person moves a deal on the board (not an agent action, so no mode applies): the stage changes, the
 * move is noted on the deal and audited, in one transaction.
 */
export async function moveDeal(
  db: Db,
  by: { organizationId: string; userId: string; userName: string },
  raw: z.input<typeof moveInput>,
) {
  const { dealId, stage, note } = parseInput(moveInput, raw);
  return db.$transaction(async (tx) => {
    const deal = await tx.sponsorDeal.findFirst({
      where: { id: dealId, organizationId: by.organizationId },
      include: { company: { select: { name: true } } },
    });
    if (!deal) throw new AppError("not_found", "That deal does not exist, or belongs to another organization.");
    if (deal.stage === stage) return deal;
    const label = PIPELINE_STAGES.find((column) => column.stage === stage)?.label ?? stage;
    const moved = await tx.sponsorDeal.update({ where: { id: deal.id }, data: { stage } });
    await tx.dealNote.create({
      data: {
        dealId: deal.id,
        authorId: by.userId,
        body: `Moved to ${label} by ${by.userName}${note ? `: ${note}` : "."}`,
      },
    });
    await recordAudit(tx, {
      organizationId: by.organizationId,
      actorType: "user",
      actorId: by.userId,
      action: "deal.moved",
      targetType: "sponsor_deal",
      targetId: deal.id,
      outcome: "success",
      metadata: { from: deal.stage, to: stage, company: deal.company.name },
    });
    return moved;
  });
}
