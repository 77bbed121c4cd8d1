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

export type ToolDefinition<Input = unknown, Output = unknown> = {
  name: string;
  agent: AgentId;
  description: string;
  input: z.ZodType<Input>;
  /** Reads run in every mode; writes follow the mode and the escalation policy. */
  kind: "read" | "write";
  risk: RiskLevel;
  activityType: ActivityType;
  /** The policy rules that may send a full_auto write to a person; returns the reason, or null. */
  escalation?: (deps: ToolDeps, input: Input) => Promise<string | null>;
  preview: (deps: ToolDeps, input: Input) => Promise<ToolPreview>;
  run: (deps: ToolDeps, input: Input) => Promise<Output>;
};

export function defineTool<Input, Output>(tool: ToolDefinition<Input, Output>): ToolDefinition<Input, Output> {
  return tool;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds tools of every input and output type.
export type AnyTool = ToolDefinition<any, any>;
