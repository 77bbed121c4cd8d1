import type { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { AgentId, RiskLevel } from "@/lib/db/generated/enums";
import type { QueuedEmail } from "@/lib/email/send";
import type { ActivityType } from "../activity-types";

/** What a tool may use. Tools are plain functions: no Next, CopilotKit or Inngest imports. */
export type ToolDeps = {
  db: DbOrTx;
  organizationId: string;
  now: Date;
  /**
   * The gate call's idempotency key (stable across retries of the same call, and per inbox item once a
   * person approves): a side effect outside the database, such as a payment, derives its own key from it.
   */
  callKey: string;
  /** Queues an email in the current transaction; `key` makes it unique within this call. */
  queueEmail(email: Omit<QueuedEmail, "organizationId" | "idempotencyKey">, key: string): Promise<string>;
};

/** What a person sees before approving a write, and what review_only records as the draft. */
export type ToolPreview = {
  summary: string;
  eventId?: string;
  recipients?: string[];
  amountCents?: number;
  currency?: string;
};

/**
 * When and against what the policy is evaluated. The gate passes it to `WriteTool.escalation`, so a
 * rule can tell an agent's request from a person's approval of it (with the arguments the agent asked
 * with), and read the database (`deps.db`) for the state after the change.
 */
export type PolicyContext<Input> = {
  /** "request": the agent asks (chat, campaign step, schedule); "approval": a person approves an inbox item. */
  stage: "request" | "approval";
  /** On approval: the arguments the agent asked with, when the person edited them. */
  requested?: Input;
};

type ToolBase<Input, Output> = {
  name: string;
  agent: AgentId;
  description: string;
  input: z.ZodType<Input>;
  activityType: ActivityType;
  run: (deps: ToolDeps, input: Input) => Promise<Output>;
};

/** Reads run in every mode, even review_only: they change nothing. */
export type ReadTool<Input, Output> = ToolBase<Input, Output> & { kind: "read" };

/** Writes follow the mode and the escalation policy. */
export type WriteTool<Input, Output> = ToolBase<Input, Output> & {
  kind: "write";
  risk: RiskLevel;
  /**
   * The policy rule that may send the write to a person; returns the reason (in plain words), or null.
   * Evaluated on the arguments that will execute: when the agent asks, and again when a person
   * approves (with or without edits), against the database as it is at that moment.
   */
  escalation?: (deps: ToolDeps, input: Input, context: PolicyContext<Input>) => Promise<string | null>;
  /** What a person sees before approving, and what review_only records as the draft. */
  preview: (deps: ToolDeps, input: Input) => Promise<ToolPreview>;
  /**
   * Runs once when the policy sends a call to a person, in the transaction that files the inbox item
   * (e.g. a critical escalation also emails the admins). Not run again when the item is decided.
   */
  onEscalated?: (deps: ToolDeps, input: Input, approvalId: string) => Promise<void>;
  /**
   * Runs once after a person approved the inbox item and the write ran, in the same transaction (e.g.
   * the support conversation that waited for it is told and resolved). Not run on the agent's own path.
   */
  onApproved?: (deps: ToolDeps, input: Input, approvalId: string) => Promise<void>;
  /**
   * A plan: approving it in assisted mode approves the writes the same durable run makes afterwards
   * (the policy's escalations still go to a person). The seed's "approve the prospect list".
   */
  plan?: true;
};

export type ToolDefinition<Input = unknown, Output = unknown> = ReadTool<Input, Output> | WriteTool<Input, Output>;

export function defineTool<Input, Output>(tool: ToolDefinition<Input, Output>): ToolDefinition<Input, Output> {
  return tool;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds tools of every input and output type.
export type AnyTool = ToolDefinition<any, any>;
