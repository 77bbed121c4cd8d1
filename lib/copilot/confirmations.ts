/**
 * Outward work asked for in the chat waits for the person to confirm it. The request is stored with its
 * validated arguments and what the card says will happen; confirming runs it once (a second press, a
 * second tab or a replayed thread finds it confirmed and shows its result), cancelling drops it. This
 * confirms the person's intent; approvals still follow the agent's mode afterwards.
 */

import { MODES } from "@/lib/agents/catalog";
import type { AgentMode } from "@/lib/db/generated/enums";
import { toJson } from "@/lib/db/json";
import { AppError, parseInput } from "@/lib/errors";
import type { ChatResult } from "./answer";
import type { AnyChatTool, ChatContext } from "./surface";

const MODE_CONSEQUENCE: Record<AgentMode, string> = {
  full_auto: "the agent acts as soon as you confirm and escalates by policy",
  assisted: "each write waits in the Inbox for an approval before anything is sent",
  review_only: "the agent only analyses and drafts: nothing is sent",
};

/** The card's lines about the mode, the recipients and the policy, in the same words for every tool. */
export function consequenceLines(facts: { mode: AgentMode; recipients?: string[]; escalation?: string | null }) {
  const lines = [`${MODES[facts.mode].label}: ${MODE_CONSEQUENCE[facts.mode]}.`];
  const recipients = facts.recipients ?? [];
  if (recipients.length > 0) {
    const shown = recipients.slice(0, 3).join(", ");
    const more = recipients.length > 3 ? ` and ${recipients.length - 3} more` : "";
    lines.push(`${recipients.length === 1 ? "1 recipient" : `${recipients.length} recipients`}: ${shown}${more}.`);
  }
  if (facts.escalation) lines.push(`The policy sends it to a person first: ${facts.escalation}`);
  return lines;
}

function signedIn(context: ChatContext) {
  const { userId } = context.caller;
  if (!userId) throw new AppError("forbidden", "Sign in to ask the agents to act.");
  return { organizationId: context.caller.organizationId, userId };
}

/** Stores the request and answers with the card; nothing runs. */
export async function holdForConfirmation(
  context: ChatContext,
  tool: AnyChatTool,
  rawArgs: Record<string, unknown>,
): Promise<ChatResult> {
  const owner = signedIn(context);
  const args = parseInput(tool.parameters, rawArgs);
  if (!tool.confirm) throw new Error(`${tool.name} is outward but says nothing to confirm`);
  const card = await tool.confirm(context, args);
  const request = await context.db.chatRequest.create({
    data: { ...owner, tool: tool.name, arguments: toJson(args), title: card.title, lines: card.lines },
  });
  return {
    summary: `${card.title}. Nothing has started: confirm it on the card, or say "cancel".`,
    confirmation: { id: request.id, title: card.title, lines: card.lines, confirmLabel: "Confirm" },
  };
}

export type ChatRequestState =
  | { status: "pending"; title: string; lines: string[] }
  | { status: "confirmed"; title: string; result: ChatResult | null }
  | { status: "cancelled"; title: string };

function stateOf(row: { status: string; title: string; lines: string[]; result: unknown }): ChatRequestState {
  if (row.status === "pending") return { status: "pending", title: row.title, lines: row.lines };
  if (row.status === "confirmed") {
    return { status: "confirmed", title: row.title, result: (row.result as ChatResult | null) ?? null };
  }
  return { status: "cancelled", title: row.title };
}

async function ownRequest(context: ChatContext, requestId: string) {
  const owner = signedIn(context);
  const row = await context.db.chatRequest.findFirst({ where: { id: requestId, ...owner } });
  if (!row) throw new AppError("not_found", "That request is not yours or no longer exists.");
  return row;
}

export async function chatRequestState(context: ChatContext, requestId: string): Promise<ChatRequestState> {
  return stateOf(await ownRequest(context, requestId));
}

/**
 * Runs the request once: only the press that moves it from pending to confirmed runs the tool; a single
 * gate call is also keyed by the request (`requestKey`), so the gate acts once for it whatever happens.
 */
export async function confirmChatRequest(
  context: ChatContext,
  requestId: string,
  findChatTool: (name: string) => AnyChatTool | undefined,
): Promise<ChatRequestState> {
  const row = await ownRequest(context, requestId);
  const tool = findChatTool(row.tool);
  if (!tool) throw new AppError("not_found", "That action is no longer available in the chat.");
  const claimed = await context.db.chatRequest.updateMany({
    where: { id: row.id, status: "pending" },
    data: { status: "confirmed", decidedAt: new Date() },
  });
  if (claimed.count === 0) return chatRequestState(context, requestId);
  const keyed = { ...context, requestKey: `chat-request:${row.id}` };
  let result: ChatResult;
  try {
    result = await tool.run(keyed, row.arguments as Record<string, unknown>);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    result = { summary: error.userMessage, error: error.code };
  }
  await context.db.chatRequest.update({ where: { id: row.id }, data: { result: toJson(result) } });
  return { status: "confirmed", title: row.title, result };
}

/** Cancels one request, or (from the chat's "cancel that") the person's latest pending one. */
export async function cancelChatRequest(context: ChatContext, requestId?: string) {
  const owner = signedIn(context);
  const target = requestId
    ? await ownRequest(context, requestId)
    : await context.db.chatRequest.findFirst({
        where: { ...owner, status: "pending" },
        orderBy: { createdAt: "desc" },
      });
  if (!target) return null;
  const cancelled = await context.db.chatRequest.updateMany({
    where: { id: target.id, status: "pending" },
    data: { status: "cancelled", decidedAt: new Date() },
  });
  return cancelled.count === 1 ? target.title : null;
}
