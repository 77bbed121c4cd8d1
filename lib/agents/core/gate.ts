import { randomUUID } from "node:crypto";
import { can } from "@/lib/auth/roles";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { AgentMode, Role } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { deliverQueued, queueEmail } from "@/lib/email/send";
import { AppError, parseInput } from "@/lib/errors";
import { recordActivity } from "../activity-log";
import { findTool } from "../registry";
import { runModeFor } from "./modes";
import { evaluateWrite } from "./policy";
import type { AnyTool, ToolDefinition, ToolDeps, ToolPreview, WriteTool } from "./tool";

export const AGENT_VERSION = "1.0.0";

/**
 * Who is calling. Built on the server from the session (or by a schedule): never from the chat's
 * arguments, the browser or the model.
 */
export type Caller = {
  organizationId: string;
  /** Null for the system (a schedule or a durable campaign step). */
  userId: string | null;
  role: Role | null;
  source: "chat" | "ui" | "api" | "schedule" | "campaign";
  /** A stricter mode for this run only. */
  runMode?: AgentMode;
  /** Stable per logical call (run + step): a retry with the same key acts once. */
  idempotencyKey?: string;
  /** The durable run making the call: its inbox items are cancelled when the run is cancelled. */
  runId?: string;
};

export type GateOutcome<Output = unknown> =
  | { status: "executed"; activityId: string; output: Output }
  | { status: "drafted"; activityId: string; preview: ToolPreview }
  | {
      status: "pending_approval" | "escalated";
      activityId: string;
      approvalId: string;
      preview: ToolPreview;
      reason: string;
    };

export function eventIdOf(input: unknown): string | undefined {
  const eventId = (input as { eventId?: unknown } | null)?.eventId;
  return typeof eventId === "string" ? eventId : undefined;
}

/** Dependencies for one call: emails queued in `db` carry keys derived from the call's key. */
export function toolDeps(db: DbOrTx, organizationId: string, callKey: string, now: Date, queued: string[]): ToolDeps {
  return {
    db,
    organizationId,
    now,
    callKey,
    async queueEmail(email, key) {
      const id = await queueEmail(db, {
        ...email,
        organizationId,
        idempotencyKey: `${callKey}:${key}`,
        createdAt: now,
      });
      queued.push(id);
      return id;
    },
  };
}

function authorize(caller: Caller, tool: Pick<AnyTool, "kind" | "name">) {
  if (caller.role === null) {
    if (caller.userId !== null) throw new AppError("forbidden", "Your role does not allow this.");
    return;
  }
  const permission = tool.kind === "read" ? "dashboard:view" : "agents:run";
  if (!can(caller.role, permission)) {
    throw new AppError("forbidden", `Your role cannot run ${tool.name}. Ask a member, admin or owner.`);
  }
  if (caller.runMode && !can(caller.role, "agents:run")) {
    throw new AppError("forbidden", "Your role cannot choose a run mode.");
  }
}

async function replay(db: DbOrTx, key: string): Promise<GateOutcome | null> {
  const row = await db.agentActivity.findUnique({ where: { idempotencyKey: key }, include: { approval: true } });
  if (!row) return null;
  const output = row.outputData as { draft?: ToolPreview } | null;
  if (row.approval && (row.status === "pending" || row.status === "escalated")) {
    return {
      status: row.status === "pending" ? "pending_approval" : "escalated",
      activityId: row.id,
      approvalId: row.approval.id,
      preview: output?.draft ?? { summary: row.approval.reason },
      reason: row.approval.reason,
    };
  }
  if (output?.draft) return { status: "drafted", activityId: row.id, preview: output.draft };
  return { status: "executed", activityId: row.id, output: row.outputData };
}

/**
 * The approved plan of the caller's durable run, if any: an approved inbox item of a plan tool (see
 * WriteTool.plan) created by the same run. The run id comes from the server's job engine, never from
 * a browser or a model.
 */
async function approvedPlan(db: DbOrTx, caller: Caller) {
  if (!caller.runId) return null;
  const approvals = await db.approval.findMany({
    where: { organizationId: caller.organizationId, runId: caller.runId, status: "approved" },
    select: { id: true, action: true },
  });
  return (
    approvals.find((approval) => {
      const tool = findTool(approval.action);
      return tool?.kind === "write" && tool.plan === true;
    }) ?? null
  );
}

/**
 * Server-only options of a call, kept apart from the Caller and the input so that nothing a browser,
 * the chat or a model sends can reach them. `clock` tells the time the call runs at (the demo seed
 * replays past days through the gate with it); the wall clock by default.
 */
export type RunOptions = { clock?: () => Date };

/**
 * What a write would do if the caller asked for it now, without doing it: the mode in force, the
 * preview a person would approve, and the policy's escalation reason, if any. Nothing is written; the
 * chat shows it on the card that asks the person to confirm. The call itself still goes through
 * `runTool`, which decides again.
 */
export async function previewWrite<Input>(db: Db, caller: Caller, tool: WriteTool<Input, unknown>, rawInput: unknown) {
  authorize(caller, tool);
  const input = parseInput(tool.input, rawInput);
  const mode = await runModeFor(db, caller.organizationId, tool.agent, eventIdOf(input), caller.runMode);
  const deps = toolDeps(db, caller.organizationId, "preview", new Date(), []);
  const { preview, escalation } = await evaluateWrite(deps, tool, input, { stage: "request" });
  return { mode, preview, escalation };
}

/**
 * THE door every agent action goes through (chat, campaign step, dashboard button, API).
 * Reads the mode from the database, applies the escalation policy, logs an AgentActivity row in the
 * same transaction as the change, parks writes that need a person as pending Approvals, and acts once
 * per idempotency key.
 */
export async function runTool<Input, Output>(
  db: Db,
  caller: Caller,
  tool: ToolDefinition<Input, Output>,
  rawInput: unknown,
  options: RunOptions = {},
): Promise<GateOutcome<Output>> {
  authorize(caller, tool);
  const input = parseInput(tool.input, rawInput);
  const key = caller.idempotencyKey ?? `call:${randomUUID()}`;
  const previous = await replay(db, key);
  if (previous) return previous as GateOutcome<Output>;

  const eventId = eventIdOf(input);
  const mode = await runModeFor(db, caller.organizationId, tool.agent, eventId, caller.runMode);
  const now = options.clock?.() ?? new Date();
  const started = performance.now();
  const queued: string[] = [];
  const base = {
    createdAt: now,
    organizationId: caller.organizationId,
    agentId: tool.agent,
    agentVersion: AGENT_VERSION,
    activityType: tool.activityType,
    eventId,
    inputData: toJson(input),
    idempotencyKey: key,
  };
  const elapsed = () => Math.round(performance.now() - started);

  try {
    const outcome = await db.$transaction(
      async (tx): Promise<GateOutcome<Output>> => {
        const deps = toolDeps(tx, caller.organizationId, key, now, queued);
        if (tool.kind === "read") {
          const output = await tool.run(deps, input);
          const activity = await recordActivity(tx, {
            ...base,
            outputData: toJson(output),
            autonomous: caller.userId === null,
            durationMs: elapsed(),
          });
          return { status: "executed", activityId: activity.id, output };
        }
        if (mode === "review_only") {
          const preview = await tool.preview(deps, input);
          const activity = await recordActivity(tx, {
            ...base,
            outputData: toJson({ draft: preview }),
            reasoning: `Review only: drafted "${preview.summary}" without acting.`,
            autonomous: false,
            durationMs: elapsed(),
          });
          return { status: "drafted", activityId: activity.id, preview };
        }
        // The policy is evaluated in assisted mode too, so the inbox item carries the policy's reason.
        const { preview, escalation } = await evaluateWrite(deps, tool, input, { stage: "request" });
        const plan = mode === "assisted" && !tool.plan ? await approvedPlan(tx, caller) : null;
        if ((mode === "assisted" && !plan) || escalation) {
          const reason = escalation ?? `Assisted mode: ${preview.summary}`;
          const approval = await tx.approval.create({
            data: {
              organizationId: caller.organizationId,
              eventId: preview.eventId ?? eventId ?? null,
              agentId: tool.agent,
              requestedById: caller.userId,
              action: tool.name,
              arguments: toJson(input),
              reason,
              risk: escalation ? "critical" : tool.risk,
              amountCents: preview.amountCents ?? null,
              currency: preview.currency ?? null,
              recipients: preview.recipients ?? [],
              expiresAt: new Date(now.getTime() + 7 * 86_400_000),
              runId: caller.runId ?? null,
              createdAt: now,
            },
          });
          if (escalation && tool.onEscalated) await tool.onEscalated(deps, input, approval.id);
          const activity = await recordActivity(tx, {
            ...base,
            approvalId: approval.id,
            outputData: toJson({ draft: preview }),
            status: escalation ? "escalated" : "pending",
            escalationReason: escalation ?? undefined,
            reasoning: reason,
            autonomous: false,
            requiredHumanReview: true,
            durationMs: elapsed(),
          });
          return {
            status: escalation ? "escalated" : "pending_approval",
            activityId: activity.id,
            approvalId: approval.id,
            preview,
            reason,
          };
        }
        const output = await tool.run(deps, input);
        const activity = await recordActivity(tx, {
          ...base,
          outputData: toJson(output),
          reasoning: plan ? `${preview.summary} (covered by the plan a person approved)` : preview.summary,
          autonomous: !plan,
          approvalId: plan?.id,
          durationMs: elapsed(),
        });
        return { status: "executed", activityId: activity.id, output };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    await deliverQueued(db, queued);
    return outcome;
  } catch (error) {
    // The same key running twice at once: the loser finds the winner's outcome, whether it collided on
    // the key or was refused because the winner's change had landed (an order refunded meanwhile).
    if ((error as { code?: string }).code === "P2002" || (error instanceof AppError && caller.idempotencyKey)) {
      const winner = await replay(db, key);
      if (winner) return winner as GateOutcome<Output>;
    }
    if (error instanceof AppError) throw error;
    await recordActivity(db, {
      ...base,
      idempotencyKey: undefined,
      status: "failed",
      errorMessage: error instanceof Error ? error.message.slice(0, 500) : String(error),
      autonomous: caller.userId === null,
      durationMs: elapsed(),
    });
    throw error;
  }
}
