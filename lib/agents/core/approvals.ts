import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { deliverQueued } from "@/lib/email/send";
import { AppError, parseInput } from "@/lib/errors";
import { recordActivity } from "../activity-log";
import { AGENT_VERSION, type Caller, type RunOptions, toolDeps } from "./gate";
import type { AnyTool } from "./tool";

export const decisionInput = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("approve"),
    editedArguments: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({
    decision: z.literal("reject"),
    reason: z
      .string()
      .trim()
      .min(3, { error: "Say why you reject it (at least 3 characters): the agent and your team will see it." })
      .max(1000),
  }),
]);

export type Decision = z.input<typeof decisionInput>;

export type DecisionOutcome =
  | { status: "approved"; output: unknown; activityId: string }
  | { status: "rejected" | "expired" }
  | { status: "already_decided"; decided: "approved" | "rejected" | "expired" | "cancelled" };

/**
 * Approves (optionally with edited arguments) or rejects an inbox item. The item is claimed with a
 * conditional update inside the transaction that executes the action and logs it, so a double click,
 * two people at once, or the chat and the inbox together act exactly once. Expired items count as
 * rejected. `options.clock` (server only) dates the decision; the wall clock by default.
 */
export async function decideApproval(
  db: Db,
  caller: Caller & { userId: string },
  approvalId: string,
  rawDecision: Decision,
  findTool: (name: string) => AnyTool | undefined,
  meta: { ipAddress?: string | null; userAgent?: string | null } = {},
  options: RunOptions = {},
): Promise<DecisionOutcome> {
  const decision = parseInput(decisionInput, rawDecision);
  const approval = z.uuid().safeParse(approvalId).success
    ? await db.approval.findFirst({ where: { id: approvalId, organizationId: caller.organizationId } })
    : null;
  if (!approval) {
    throw new AppError("not_found", "That inbox item does not exist, or belongs to another organization.");
  }
  if (approval.status !== "pending") return { status: "already_decided", decided: approval.status };
  const now = options.clock?.() ?? new Date();
  const audit = (action: string, metadata: Prisma.InputJsonValue) => ({
    organizationId: caller.organizationId,
    actorType: "user" as const,
    actorId: caller.userId,
    action,
    targetType: "approval",
    targetId: approval.id,
    outcome: "success" as const,
    ...meta,
    metadata,
    createdAt: now,
  });

  if (approval.expiresAt && approval.expiresAt <= now) {
    await expire(db, approval, now);
    return { status: "expired" };
  }

  if (decision.decision === "reject") {
    const rejected = await db.$transaction(async (tx) => {
      const claimed = await tx.approval.updateMany({
        where: { id: approval.id, status: "pending" },
        data: { status: "rejected", decidedById: caller.userId, decidedAt: now, decisionReason: decision.reason },
      });
      if (claimed.count > 0) await recordAudit(tx, audit("approval.rejected", { reason: decision.reason }));
      return claimed.count > 0;
    });
    return rejected ? { status: "rejected" } : alreadyDecided(db, approval.id);
  }

  const tool = findTool(approval.action);
  if (!tool) throw new AppError("conflict", `The action ${approval.action} is no longer available.`);
  const args = parseInput(tool.input, decision.editedArguments ?? approval.arguments);
  const queued: string[] = [];
  const key = `approval:${approval.id}`;
  const started = performance.now();
  const result = await db.$transaction(
    async (tx) => {
      const claimed = await tx.approval.updateMany({
        where: { id: approval.id, status: "pending" },
        data: {
          status: "approved",
          decidedById: caller.userId,
          decidedAt: now,
          editedArguments: decision.editedArguments ? toJson(args) : undefined,
        },
      });
      if (claimed.count === 0) return null;
      const output = await tool.run(toolDeps(tx, caller.organizationId, key, now, queued), args);
      await tx.approval.update({
        where: { id: approval.id },
        data: { result: toJson(output), executedAt: options.clock?.() ?? new Date() },
      });
      const activity = await recordActivity(tx, {
        organizationId: caller.organizationId,
        agentId: tool.agent,
        agentVersion: AGENT_VERSION,
        activityType: tool.activityType,
        eventId: approval.eventId ?? undefined,
        approvalId: approval.id,
        inputData: toJson(args),
        outputData: toJson(output),
        reasoning: decision.editedArguments ? "Approved with edits by a person." : "Approved by a person.",
        autonomous: false,
        requiredHumanReview: true,
        durationMs: Math.round(performance.now() - started),
        idempotencyKey: key,
        createdAt: now,
      });
      await recordAudit(tx, audit("approval.approved", { edited: Boolean(decision.editedArguments) }));
      return { output, activityId: activity.id };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  if (!result) return alreadyDecided(db, approval.id);
  await deliverQueued(db, queued);
  return { status: "approved", ...result };
}

/** Expiry counts as rejection: recorded as a decision (by the system) and audited, once. */
async function expire(db: Db, approval: { id: string; organizationId: string; action: string }, now: Date) {
  await db.$transaction(async (tx) => {
    const claimed = await tx.approval.updateMany({
      where: { id: approval.id, status: "pending" },
      data: { status: "expired", decidedAt: now, decisionReason: "Expired before anyone decided" },
    });
    if (claimed.count === 0) return;
    await recordAudit(tx, {
      organizationId: approval.organizationId,
      actorType: "system",
      action: "approval.expired",
      targetType: "approval",
      targetId: approval.id,
      outcome: "success",
      metadata: { action: approval.action },
      createdAt: now,
    });
  });
}

/**
 * Expires every pending item whose time is up, of one organization (the dashboard) or of all of them
 * (the schedule). Returns the ids it expired.
 */
export async function expireOverdueApprovals(db: Db, scope: { organizationId?: string; now?: Date } = {}) {
  const now = scope.now ?? new Date();
  const overdue = await db.approval.findMany({
    where: { organizationId: scope.organizationId, status: "pending", expiresAt: { lte: now } },
    select: { id: true, organizationId: true, action: true },
  });
  for (const approval of overdue) await expire(db, approval, now);
  return overdue.map((approval) => approval.id);
}

/** Expires one item if it is still pending (a durable run's wait for it timed out). */
export async function expireApproval(db: Db, approvalId: string, now = new Date()) {
  const approval = await db.approval.findUniqueOrThrow({
    where: { id: approvalId },
    select: { id: true, organizationId: true, action: true },
  });
  await expire(db, approval, now);
}

/** Cancels the pending items a cancelled durable run was waiting for. Returns how many. */
export async function cancelRunApprovals(db: Db, runId: string) {
  return db.$transaction(async (tx) => {
    const pending = await tx.approval.findMany({
      where: { runId, status: "pending" },
      select: { id: true, organizationId: true },
    });
    if (pending.length === 0) return 0;
    await tx.approval.updateMany({
      where: { id: { in: pending.map((item) => item.id) }, status: "pending" },
      data: {
        status: "cancelled",
        decidedAt: new Date(),
        decisionReason: "The run waiting for this decision was cancelled",
      },
    });
    for (const item of pending) {
      await recordAudit(tx, {
        organizationId: item.organizationId,
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

async function alreadyDecided(db: Db, approvalId: string): Promise<DecisionOutcome> {
  const current = await db.approval.findUniqueOrThrow({ where: { id: approvalId } });
  return { status: "already_decided", decided: current.status === "pending" ? "approved" : current.status };
}
