/**
 * An agent's gate tool as a chat tool: it runs through the gate with the caller from the session, and
 * its outcome is put into words by the agent's answer for it (its folder's answers.ts).
 */
import type { z } from "zod";
import { type GateOutcome, previewWrite, runTool } from "@/lib/agents/core/gate";
import type { AnyTool } from "@/lib/agents/core/tool";
import { toolLabel } from "@/lib/agents/labels";
import type { ChatResult } from "./answer";
import { answerFor } from "./answers";
import { consequenceLines } from "./confirmations";
import type { ChatContext, ChatEffect, ChatTool } from "./surface";

const WAITING_WORDS = {
  pending_approval: "waiting for your approval",
  escalated: "escalated to the inbox",
} as const;

/** Words for an action the gate did not execute, or did. */
export function outcomeWords(status: GateOutcome["status"]): string {
  if (status === "executed") return "done";
  if (status === "drafted") return "drafted only (review only)";
  return WAITING_WORDS[status];
}

export async function describeOutcome(
  context: ChatContext,
  tool: AnyTool,
  input: unknown,
  outcome: GateOutcome,
): Promise<ChatResult> {
  if (outcome.status === "executed") {
    const answer = answerFor(tool.name);
    if (!answer) return { summary: `${toolLabel(tool.name)}: done.`, data: outcome.output };
    const words = await answer(
      { db: context.db, organizationId: context.caller.organizationId, now: new Date(), format: context.format },
      input,
      outcome.output,
    );
    return { ...words, data: outcome.output };
  }
  if (outcome.status === "drafted") return { summary: `Review only, nothing sent: ${outcome.preview.summary}.` };
  return {
    summary: `${outcome.preview.summary}: ${outcomeWords(outcome.status)}.`,
    approvals: [{ id: outcome.approvalId, action: tool.name, summary: outcome.reason }],
  };
}

/**
 * How a chat tool's arguments become the gate tool's input, when they differ: the chat's own parameters
 * and a `prepare` that fills the rest on the server (an order's event from its reference, a default reason).
 */
export type ChatInput = {
  parameters: z.ZodType<Record<string, unknown>>;
  prepare(context: ChatContext, args: Record<string, unknown>): Promise<Record<string, unknown>>;
};

/** The chat tool for one gate tool; `effect` and `phrase` are the agent's surface's to declare. */
export function gateChatTool(
  tool: AnyTool,
  declared: { phrase: string; effect?: ChatEffect; input?: ChatInput },
): ChatTool {
  const effect = declared.effect ?? (tool.kind === "read" ? "read" : "write");
  const prepare = declared.input?.prepare ?? (async (_context: ChatContext, args: Record<string, unknown>) => args);
  const confirm: ChatTool["confirm"] =
    tool.kind === "write" && effect === "outward"
      ? async (context, args) => {
          const input = await prepare(context, args);
          const { mode, preview, escalation } = await previewWrite(context.db, context.caller, tool, input);
          return {
            title: preview.summary,
            lines: consequenceLines({ mode, recipients: preview.recipients, escalation }),
          };
        }
      : undefined;
  return {
    name: tool.name,
    description: tool.description,
    parameters: declared.input?.parameters ?? (tool.input as z.ZodType<Record<string, unknown>>),
    effect,
    phrase: declared.phrase,
    confirm,
    async run(context, args) {
      const caller = context.requestKey ? { ...context.caller, idempotencyKey: context.requestKey } : context.caller;
      const input = await prepare(context, args);
      const outcome = await runTool(context.db, caller, tool, input);
      context.activities?.push(outcome.activityId);
      return describeOutcome(context, tool, input, outcome);
    },
  };
}
