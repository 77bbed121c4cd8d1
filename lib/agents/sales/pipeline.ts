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

/** "Proposal sent" for proposal_sent: a stage as the board names it. */
export function stageLabel(stage: DealStage) {
  return PIPELINE_STAGES.find((column) => column.stage === stage)?.label ?? stage;
}

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

const updateInput = z.object({
  dealId: z.uuid({ error: "Pick a deal." }),
  stage: z.enum(DealStage, { error: "Pick a stage." }),
  note: z.string().trim().max(2000).optional(),
  nextAction: z.string().trim().max(300).optional(),
  nextActionOn: z.iso.date({ error: "The next action's date is a day like 2026-12-01." }).optional(),
});

/**
 * A person updates a deal on the board (not an agent action, so no mode applies): its stage, a note and
 * the next action, noted on the deal and audited in one transaction. Nothing changed: nothing written.
 */
export async function updateDeal(
  db: Db,
  by: { organizationId: string; userId: string; userName: string },
  raw: z.input<typeof updateInput>,
) {
  const { dealId, stage, note, nextAction, nextActionOn } = parseInput(updateInput, raw);
  return db.$transaction(async (tx) => {
    const deal = await tx.sponsorDeal.findFirst({
      where: { id: dealId, organizationId: by.organizationId },
      include: { company: { select: { name: true } } },
    });
    if (!deal) throw new AppError("not_found", "That deal does not exist, or belongs to another organization.");
    const moved = deal.stage !== stage;
    if (!moved && !note && !nextAction) return deal;
    const label = stageLabel(stage);
    const updated = await tx.sponsorDeal.update({
      where: { id: deal.id },
      data: {
        stage,
        ...(nextAction
          ? { nextAction, nextActionAt: nextActionOn ? new Date(`${nextActionOn}T09:00:00Z`) : null }
          : {}),
      },
    });
    const what = [moved && `Moved to ${label}`, nextAction && `next: ${nextAction}`].filter(Boolean).join(", ");
    await tx.dealNote.create({
      data: {
        dealId: deal.id,
        authorId: by.userId,
        body: [what && `${what} (${by.userName})`, note].filter(Boolean).join(": "),
      },
    });
    await recordAudit(tx, {
      organizationId: by.organizationId,
      actorType: "user",
      actorId: by.userId,
      action: "deal.updated",
      targetType: "sponsor_deal",
      targetId: deal.id,
      outcome: "success",
      metadata: { from: deal.stage, to: stage, company: deal.company.name, nextAction: nextAction ?? null },
    });
    return updated;
  });
}
