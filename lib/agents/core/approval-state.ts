import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { ApprovalStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

/**
 * Where an inbox item stands now, as a card shown again later (a reloaded chat) needs it: still
 * waiting, or who decided what and when. Plain data, safe to hand to the browser.
 */
export type ApprovalState = {
  status: ApprovalStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
};

const notFound = () => new AppError("not_found", "This inbox item no longer exists.");

/** One item of the organization; someone else's id reads as not found. */
export async function approvalState(db: DbOrTx, organizationId: string, approvalId: string): Promise<ApprovalState> {
  if (!z.uuid().safeParse(approvalId).success) throw notFound();
  const approval = await db.approval.findFirst({
    where: { id: approvalId, organizationId },
    select: { status: true, decidedById: true, decidedAt: true, decisionReason: true },
  });
  if (!approval) throw notFound();
  const decider = approval.decidedById
    ? await db.user.findUnique({ where: { id: approval.decidedById }, select: { name: true } })
    : null;
  return {
    status: approval.status,
    decidedBy: decider?.name ?? null,
    decidedAt: approval.decidedAt?.toISOString() ?? null,
    reason: approval.decisionReason,
  };
}
