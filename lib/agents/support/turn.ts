/**
 * What one turn of a support conversation works with and produces, shared by the steps that answer
 * (respond.ts, order-actions.ts, policy-replies.ts) and the code that stores the turn (conversation.ts).
 */
import type { Db } from "@/lib/db/client";
import type { Event, SupportConversation } from "@/lib/db/generated/client";
import type { Formatter } from "@/lib/format";
import { type Caller, runTool } from "../core/gate";
import type { ToolDefinition } from "../core/tool";
import type { Passage } from "./knowledge";
import type { SupportPolicy } from "./policy";
import type { ReplyModel } from "./reply";
import type { EscalationReason } from "./tools/escalate-to-human";

export type SupportAction = {
  type: "refund" | "transfer" | "resend";
  orderExternalId: string | null;
  orderReference: string;
  status: "done" | "pending_approval";
  amountCents?: number;
};

export type Citation = { articleId: string; title: string };

/** What the attendee's message waits for, kept as a flag on it so the next message (or a code) carries on. */
export const AWAITING = {
  verification: "awaiting_verification",
  order: "awaiting_order",
  newHolder: "awaiting_new_holder",
  /** The reply offered to act ("say yes and I'll refund it"): a "yes" next carries the request out. */
  confirmation: "awaiting_confirmation",
} as const;
export type Awaiting = keyof typeof AWAITING;

/** The attendee's previous message, when it still waits for something. */
export type PendingRequest = { body: string; awaiting: Awaiting };

export type TurnContext = {
  db: Db;
  now: Date;
  organizationId: string;
  event: Event;
  policy: SupportPolicy;
  format: Formatter;
  conversation: SupportConversation;
  /** The sender's address (lower case). */
  sender: string;
  /** The address the sender has shown is theirs (channel or one-time code), or null. */
  verifiedEmail: string | null;
  /** The attendee message being answered. */
  message: { id: string; body: string };
  /** The attendee's earlier messages in the conversation, oldest first. */
  history: string[];
  model: ReplyModel | null;
};

/** Where the conversation stands after the turn (docs/support.md, "Conversations"). */
export type Outcome = "resolved" | "open" | "handed_off" | "unchanged";

export type Draft = {
  reply: string;
  /** The passages the reply may be phrased from; a draft with `grounding` is offered to the model. */
  grounding?: Pick<Passage, "title" | "passage">[];
  actions: SupportAction[];
  citations: Citation[];
  escalationReason: EscalationReason | null;
  needsVerification: boolean;
  outcome: Outcome;
  approvalId?: string;
  /** The order the turn was about (only ever one the verified sender bought). */
  orderId?: string;
  awaiting?: Awaiting;
  /** The attendee reopened a resolved conversation. */
  reopened?: boolean;
};

export function draft(reply: string, outcome: Outcome, extra: Partial<Draft> = {}): Draft {
  return { reply, outcome, actions: [], citations: [], escalationReason: null, needsVerification: false, ...extra };
}

/**
 * The gate call of a turn: the system on the public support channel, keyed by the conversation and the
 * attendee message, so a retried delivery of the same message acts once. Runs at the turn's clock.
 * `call` tells apart the calls of one tool in the same turn (the knowledge base searched per question).
 */
export function runSupportTool<Input, Output>(
  context: TurnContext,
  tool: ToolDefinition<Input, Output>,
  args: unknown,
  call = 0,
) {
  const caller: Caller = {
    organizationId: context.organizationId,
    userId: null,
    role: null,
    source: "api",
    idempotencyKey: `support:${context.conversation.id}:${context.message.id}:${tool.name}${call > 0 ? `:${call}` : ""}`,
  };
  return runTool(context.db, caller, tool, args, { clock: () => context.now });
}
