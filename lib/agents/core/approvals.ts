import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { deliverQueued } from "@/lib/email/send";
import { AppError, parseInput } from "@/lib/errors";
import { recordActivity } from "../activity-log";
import { AGENTS, MODES } from "../catalog";
import { AGENT_VERSION, type Caller, eventIdOf, type RunOptions, toolDeps } from "./gate";
import { resolveMode } from "./modes";
import { decisionRefusal, evaluateWrite, sameArguments } from "./policy";
import type { AnyTool, ToolDeps, ToolPreview } from "./tool";

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
  /** Not run: the policy, applied again on approval, sends it to an admin or owner. It stays in the inbox. */
  | { status: "escalated"; reason: string }
  /** Not run and closed: the agent's mode no longer lets it act. Recorded as a draft, rejected by policy. */
  | { status: "refused"; reason: string }
  | { status: "already_decided"; decided: "approved" | "rejected" | "expired" | "cancelled" };

export type DecisionOptions = RunOptions & {
  ipAddress?: string | null;
  userAgent?: string | null;
  /** Part of a bulk approval: policy escalations are refused (each is decided on its own). */
  bulk?: boolean;
};

type ApprovalRow = NonNullable<Awaited<ReturnType<Db["approval"]["findFirst"]>>>;

/**
 * Approves (optionally with edited arguments) or rejects an inbox item. Every path that decides an
 * item comes here: the Inbox, bulk approve and the chat's approval cards.
 *
 * Approving applies the gate again, on the arguments that will actually execute and against the
 * database as it is now: the mode is resolved afresh (review only since? then nothing runs, recorded
 * as a draft rejected by policy), and the tool's escalation rule plus the edit rule of `policy.ts` are
 * evaluated (a new reason turns the item into a policy escalation for an admin or owner, not run).
 * Policy escalations are decided by an admin or owner only, never approved by their requester, and
 * never in bulk.
 *
 * The item is claimed with a conditional update inside the transaction that executes the action and
 * logs it, so a double click, two people at once, or the chat and the inbox together act exactly
 * once. Expired items count as rejected. `options.clock` (server only) dates the decision; the wall clock by default.
 */
export async function decideApproval(
  db: Db,
  caller: Caller & { userId: string },
  approvalId: string,
  rawDecision: Decision,
  findTool: (name: string) => AnyTool | undefined,
  options: DecisionOptions = {},
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
    ipAddress: options.ipAddress,
    userAgent: options.userAgent,
    metadata,
    createdAt: now,
  });

  if (approval.expiresAt && approval.expiresAt <= now) {
    await expire(db, approval, now);
    return { status: "expired" };
  }
  if (options.bulk && approval.risk === "critical") {
    throw new AppError(
      "conflict",
      `${approval.action} is a policy escalation: an admin or owner decides it on its own, not in bulk.`,
    );
  }
  const refusal = decisionRefusal(approval, caller, decision.decision);
  if (refusal) throw new AppError("forbidden", refusal);

  if (decision.decision === "reject") {
    const rejected = await db.$transaction(async (tx) => {
      const claimed = await tx.approval.updateMany({
        where: { id: approval.id, ...unchanged(approval) },
        data: { status: "rejected", decidedById: caller.userId, decidedAt: now, decisionReason: decision.reason },
      });
      if (claimed.count > 0) await recordAudit(tx, audit("approval.rejected", { reason: decision.reason }));
      return claimed.count > 0;
    });
    return rejected ? { status: "rejected" } : alreadyDecided(db, approval.id);
  }

  const tool = findTool(approval.action);
  if (tool?.kind !== "write") {
    throw new AppError("conflict", `The action ${approval.action} is no longer available.`);
  }
  // A held edit (see "escalated" below) is the item's current proposal; the agent's request stays in `arguments`.
  const args = parseInput(tool.input, decision.editedArguments ?? approval.editedArguments ?? approval.arguments);
  const edited = !sameArguments(toJson(args), approval.arguments);
  const queued: string[] = [];
  const key = `approval:${approval.id}`;
  const started = performance.now();
  const result = await db.$transaction(
    async (tx): Promise<DecisionOutcome | null> => {
      const deps = toolDeps(tx, caller.organizationId, key, now, queued);
      // An edit may move the action to another event: review only on either of them stops it.
      const modes = await Promise.all(
        [...new Set([approval.eventId, eventIdOf(args) ?? null])].map((eventId) =>
          resolveMode(tx, caller.organizationId, tool.agent, eventId),
        ),
      );
      if (modes.includes("review_only")) return refuseByMode(tx, { approval, tool, args, deps, key, audit, started });

      const verdict = await evaluateWrite(deps, tool, args, {
        stage: "approval",
        requested: edited ? approval.arguments : undefined,
        requestedRecipients: approval.recipients,
      });
      if (verdict.escalation && approval.risk !== "critical") {
        const reason = verdict.escalation;
        const held = await tx.approval.updateMany({
          where: { id: approval.id, ...unchanged(approval) },
          data: {
            risk: "critical",
            reason,
            editedArguments: edited ? toJson(args) : undefined,
            amountCents: verdict.preview.amountCents ?? null,
            currency: verdict.preview.currency ?? null,
            recipients: verdict.preview.recipients ?? [],
          },
        });
        if (held.count === 0) return null;
        await tx.agentActivity.updateMany({
          where: { approvalId: approval.id, status: "pending" },
          data: { status: "escalated", escalationReason: reason },
        });
        await recordAudit(tx, audit("approval.escalated", { reason, edited }));
        return { status: "escalated", reason };
      }

      const claimed = await tx.approval.updateMany({
        where: { id: approval.id, ...unchanged(approval) },
        data: {
          status: "approved",
          decidedById: caller.userId,
          decidedAt: now,
          editedArguments: edited ? toJson(args) : undefined,
        },
      });
      if (claimed.count === 0) return null;
      const output = await tool.run(deps, args);
      if (tool.onApproved) await tool.onApproved(deps, args, approval.id);
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
        // On a policy escalation the admin or owner decided over the policy's reason: keep it on record.
        reasoning: `${edited ? "Approved with edits by a person." : "Approved by a person."}${verdict.escalation ? ` Policy: ${verdict.escalation}` : ""}`,
        escalationReason: verdict.escalation ?? undefined,
        autonomous: false,
        requiredHumanReview: true,
        durationMs: Math.round(performance.now() - started),
        idempotencyKey: key,
        createdAt: now,
      });
      await recordAudit(tx, audit("approval.approved", { edited, policy: verdict.escalation }));
      return { status: "approved", output, activityId: activity.id };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  if (!result) return alreadyDecided(db, approval.id);
  await deliverQueued(db, queued);
  return result;
}

/**
 * The agent was set to review only after the item was asked: nothing runs. The item is closed as
 * rejected by policy (no person rejected it, so no decider), the draft is logged as review only logs
 * it, and the person who clicked Approve is audited and told why.
 */
async function refuseByMode(
  tx: Prisma.TransactionClient,
  context: {
    approval: ApprovalRow;
    tool: AnyTool;
    args: unknown;
    deps: ToolDeps;
    key: string;
    audit: (action: string, metadata: Prisma.InputJsonValue) => Parameters<typeof recordAudit>[1];
    started: number;
  },
): Promise<DecisionOutcome | null> {
  const { approval, tool, args, deps, key, audit, started } = context;
  const reason = `Not run: the ${AGENTS[tool.agent].name} agent has been set to ${MODES.review_only.label} since this was asked, so it only drafts. Nothing was sent or changed.`;
  const claimed = await tx.approval.updateMany({
    where: { id: approval.id, ...unchanged(approval) },
    data: { status: "rejected", decidedAt: deps.now, decisionReason: reason },
  });
  if (claimed.count === 0) return null;
  const preview =
    tool.kind === "write"
      ? await tool.preview(deps, args).catch((): ToolPreview => ({ summary: approval.reason }))
      : { summary: approval.reason };
  await recordActivity(tx, {
    organizationId: approval.organizationId,
    agentId: tool.agent,
    agentVersion: AGENT_VERSION,
    activityType: tool.activityType,
    eventId: approval.eventId ?? undefined,
    approvalId: approval.id,
    inputData: toJson(args),
    outputData: toJson({ draft: preview }),
    reasoning: reason,
    autonomous: false,
    requiredHumanReview: true,
    durationMs: Math.round(performance.now() - started),
    idempotencyKey: key,
  });
  await recordAudit(tx, audit("approval.refused", { reason, mode: "review_only" }));
  return { status: "refused", reason };
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

/**
 * A claim holds only if the item is still pending at the risk this decision was checked against: a
 * concurrent approval may have turned it into a policy escalation (see "escalated"), which this
 * person may not be allowed to decide.
 */
function unchanged(approval: { risk: ApprovalRow["risk"] }) {
  return { status: "pending" as const, risk: approval.risk };
}

async function alreadyDecided(db: Db, approvalId: string): Promise<DecisionOutcome> {
  const current = await db.approval.findUniqueOrThrow({ where: { id: approvalId } });
  if (current.status === "pending") {
    throw new AppError(
      "conflict",
      `This item changed while you were deciding: ${current.reason} Look at it again before deciding.`,
    );
  }
  return { status: "already_decided", decided: current.status };
}
