/**
 * What a chat tool gives back, in one shape for the offline planner and the model alike: the answer in
 * words (shown to the person and given to the model as the tool result), and beside it the cards, the
 * link and the chart the chat renders. Plain data: the browser parses it from the tool result.
 */
import type { AnyTool, ToolDefinition } from "@/lib/agents/core/tool";
import type { DbOrTx } from "@/lib/db/client";
import type { SalesPoint } from "@/lib/domain/sales-pace";
import type { BudgetPoint } from "@/lib/events/queries";
import type { Formatter } from "@/lib/format";

/** A page that shows more than the answer does. */
export type ChatLink = { href: string; label: string };

/** Inbox items a chat answer links to, so the chat can show approve/edit/reject cards for them. */
export type ChatApproval = {
  id: string;
  action: string;
  summary: string;
  arguments?: unknown;
  /** A policy escalation: an admin or owner decides it (the server enforces it; the card says so). */
  critical?: boolean;
};

/**
 * Outward work the person asked for in the chat, held until they confirm it (a stored chat request):
 * what will happen, in which mode, to how many recipients.
 */
export type ChatConfirmation = { id: string; title: string; lines: string[]; confirmLabel: string };

/** The call that carries a clarifying question's buttons to the chat (the offline planner's). */
export const CHOICES_TOOL = "clarify";

/** A button under a clarifying question: pressing it sends `message` as the person's next request. */
export type ChatChoice = { label: string; message: string };

/**
 * A small chart beside the words, where a person would rather look than read: the sales curve against
 * the straight-line pace, or the cumulative spend against the budget (the event page's charts).
 */
export type ChatChart =
  | { kind: "ticket_sales"; target: number; series: SalesPoint[] }
  | { kind: "budget"; budgetCents: number; currency: string; burn: BudgetPoint[] };

/** The words of an answer and what the chat shows beside them. */
export type ChatAnswer = { summary: string; link?: ChatLink; chart?: ChatChart };

export type ChatResult = ChatAnswer & {
  approvals?: ChatApproval[];
  confirmation?: ChatConfirmation;
  choices?: ChatChoice[];
  /** The tool's raw output, for the model and for tests; the chat never shows it as is. */
  data?: unknown;
  error?: string;
};

/**
 * What an answer may read to put a result into words (the event's name, currency, time zone, …), and
 * how it formats figures: `format` carries the organization's locale and the viewer's zone (event things
 * pass the event's zone to it, so they read on the event's clock).
 */
export type AnswerContext = { db: DbOrTx; organizationId: string; now: Date; format: Formatter };

/** Puts one tool's result into words: a sentence or a short list with the figures, and a link. */
// biome-ignore lint/suspicious/noExplicitAny: each agent's answers are typed by their own tool.
export type Answer<Input = any, Output = any> = (
  context: AnswerContext,
  input: Input,
  output: Output,
) => Promise<ChatAnswer>;

/** The answer of one tool, typed by the tool's own input and output. */
export type ToolAnswer<Tool extends AnyTool> =
  Tool extends ToolDefinition<infer Input, infer Output> ? Answer<Input, Output> : never;

/** Parses a tool result as the chat received it; null when it is not one of ours. */
export function parseChatResult(result: string | undefined): ChatResult | null {
  if (!result) return null;
  try {
    const parsed = JSON.parse(result) as ChatResult;
    return typeof parsed?.summary === "string" ? parsed : null;
  } catch {
    return null;
  }
}
