/**
 * The chat's tools bound to one signed-in caller. The organization, user, role and mode come from the
 * server (the caller); the chat arguments only name the event, the item and at most a stricter mode for
 * one run. Reads and inside writes run through the gate; outward work is held for the person to confirm.
 */
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ChatResult } from "./answer";
import { holdForConfirmation } from "./confirmations";
import type { AnyChatTool, ChatContext } from "./surface";
import { CHAT_TOOLS } from "./surfaces";

export type BoundChatTool = {
  name: string;
  description: string;
  parameters: z.ZodType<Record<string, unknown>>;
  execute: (args: Record<string, unknown>) => Promise<ChatResult>;
};

/** A refusal or a bad argument is an answer the person can read, not a failed run. */
async function answering(execute: () => Promise<ChatResult>): Promise<ChatResult> {
  try {
    return await execute();
  } catch (error) {
    if (error instanceof AppError) return { summary: error.userMessage, error: error.code };
    throw error;
  }
}

/** Adds each pending item's arguments, so the chat card can offer "edit and approve". */
async function withArguments({ db }: ChatContext, result: ChatResult): Promise<ChatResult> {
  if (!result.approvals?.length) return result;
  const stored = await db.approval.findMany({
    where: { id: { in: result.approvals.map((item) => item.id) } },
    select: { id: true, arguments: true, editedArguments: true, risk: true },
  });
  const byId = new Map(stored.map((item) => [item.id, item]));
  return {
    ...result,
    approvals: result.approvals.map((item) => {
      const row = byId.get(item.id);
      // A person's edit that the policy held for an admin is the item's current proposal.
      return { ...item, arguments: row?.editedArguments ?? row?.arguments, critical: row?.risk === "critical" };
    }),
  };
}

/** Runs a chat tool as the chat does: outward work becomes a confirmation card; the rest runs now. */
async function runChatTool(context: ChatContext, tool: AnyChatTool, args: Record<string, unknown>) {
  return answering(async () =>
    withArguments(
      context,
      tool.effect === "outward" ? await holdForConfirmation(context, tool, args) : await tool.run(context, args),
    ),
  );
}

export function bindChatTools(context: ChatContext, tools: readonly AnyChatTool[] = CHAT_TOOLS): BoundChatTool[] {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    execute: (args) => runChatTool(context, tool, args),
  }));
}
