import type { GetStepTools } from "inngest";
import { z } from "zod";
import { expireApproval } from "@/lib/agents/core/approvals";
import { recordAudit } from "@/lib/audit";
import { type Db, db } from "@/lib/db/client";
import type { ApprovalStatus } from "@/lib/db/generated/enums";
import { logger } from "@/lib/logger";
import { inngest } from "./client";
import { approvalDecided } from "./events";

type Step = GetStepTools<typeof inngest>;
export type SettledDecision = Exclude<ApprovalStatus, "pending">;

async function readApproval(approvalId: string) {
  const approval = await db.approval.findUniqueOrThrow({
    where: { id: approvalId },
    select: { status: true, expiresAt: true },
  });
  return { status: approval.status, expiresAt: approval.expiresAt?.toISOString() ?? null };
}

/** How long one wait lasts before the stored decision is read again. */
export const DECISION_RECHECK_MS = 3_600_000;

/**
 * Pauses a durable run until a person decides the inbox item `approvalId` (already stored by the gate).
 * `waitForEvent` only sees events sent after it registered, so the stored decision is read before each
 * wait and again after it: a decision made just before a wait registered is picked up at the next read,
 * at most an hour later. Once the item's deadline passes it expires, which counts as rejected and is
 * audited.
 */
export async function waitForDecision(step: Step, approvalId: string): Promise<SettledDecision> {
  for (let round = 0; ; round++) {
    const current = await step.run(`read-decision-${approvalId}-${round}`, () => readApproval(approvalId));
    if (current.status !== "pending") return current.status;
    const deadline = current.expiresAt ? Date.parse(current.expiresAt) : Number.POSITIVE_INFINITY;
    const waitedAt = await step.run(`decision-wait-started-${approvalId}-${round}`, () => Date.now());
    if (waitedAt >= deadline) {
      return step.run(`expire-decision-${approvalId}`, async () => {
        await expireApproval(db, approvalId);
        return (await readApproval(approvalId)).status as SettledDecision;
      });
    }
    await step.waitForEvent(`wait-for-decision-${approvalId}-${round}`, {
      event: approvalDecided,
      if: `async.data.approvalId == "${approvalId}"`,
      timeout: Math.min(DECISION_RECHECK_MS, deadline - waitedAt),
    });
  }
}

/**
 * Tells waiting runs that an item was decided. The decision is already stored, so a failure here only
 * delays the run until its wait times out and re-reads the decision; it is logged, not thrown.
 */
export async function publishDecision(approvalId: string, status: SettledDecision) {
  try {
    await inngest.send(approvalDecided.create({ approvalId, status }));
  } catch (error) {
    logger.warn("could not publish an inbox decision to the job engine", {
      approvalId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Cancels the pending inbox items a cancelled durable run was waiting for, in the run's organization
 * only (the organization of the event that started it). A run without one (a schedule) owns no item of
 * any organization through its id alone, so nothing is cancelled for it. Returns how many.
 */
export async function cancelRunApprovals(
  client: Db,
  { runId, organizationId }: { runId: string; organizationId: string | null },
) {
  if (!organizationId || !z.uuid().safeParse(organizationId).success) return 0;
  return client.$transaction(async (tx) => {
    const pending = await tx.approval.findMany({
      where: { runId, organizationId, status: "pending" },
      select: { id: true },
    });
    if (pending.length === 0) return 0;
    await tx.approval.updateMany({
      where: { id: { in: pending.map((item) => item.id) }, organizationId, status: "pending" },
      data: {
        status: "cancelled",
        decidedAt: new Date(),
        decisionReason: "The run waiting for this decision was cancelled",
      },
    });
    for (const item of pending) {
      await recordAudit(tx, {
        organizationId,
        actorType: "system",
        action: "approval.cancelled",
        targetType: "approval",
        targetId: item.id,
        outcome: "success",
        metadata: { runId },
      });
    }
    return pending.length;
  });
}
