/**
 * The Support page's figures, per organization and optionally per event and period: conversations by
 * status, first response time, verified resolution, escalations by reason, the articles the agent
 * cites most, the questions it could not answer (what to write articles about) and what attendees ask
 * about. Every query is scoped to the organization; messages through their conversation.
 */
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import { type IntentKind, readIntent } from "./intent";
import { type Resolution, verifiedResolution } from "./resolution";
import { ESCALATION_REASONS, type EscalationReason } from "./tools/escalate-to-human";

export const CONVERSATION_STATUSES = [
  "open",
  "resolved",
  "handed_off",
] as const satisfies readonly ConversationStatus[];

export const STATUS_LABELS: Record<ConversationStatus, string> = {
  open: "Open",
  resolved: "Resolved",
  handed_off: "Handed off",
};

/** The periods the page offers, in days back from now; "all" has no start. */
export const PERIODS = { "7d": 7, "30d": 30, "90d": 90, all: null } as const;
export type Period = keyof typeof PERIODS;
export const periodSchema = z.enum(Object.keys(PERIODS) as [Period, ...Period[]]);

/** What attendees ask for, in the words the page and the chat use (thanks and "yes, go ahead" are not topics). */
export const INTENT_LABELS: Partial<Record<IntentKind, string>> = {
  question: "Questions about the event",
  refund: "Refund requests",
  refund_question: "Questions about refunds",
  transfer: "Ticket transfers",
  transfer_question: "Questions about transfers",
  resend: "Tickets sent again",
  lookup: "Order lookups",
  other_person: "Asked about someone else",
  human: "Asked for a person",
  reopen: "Said it was not solved",
};

/** Attendee messages read for topics: the latest this many in the period. */
export const TOPIC_MESSAGE_LIMIT = 5000;
const LIST_LIMIT = 10;

export type SupportScope = { organizationId: string; eventId?: string; period?: Period; now?: Date };

export type StatusCounts = Record<ConversationStatus, number>;

export type SupportMetrics = {
  total: number;
  byStatus: StatusCounts;
  byEvent: { eventId: string; name: string; counts: StatusCounts }[];
  firstResponse: { medianMs: number | null; p90Ms: number | null; measured: number };
  resolution: Resolution;
  escalations: { reason: EscalationReason; count: number }[];
  topArticles: { articleId: string; title: string; citations: number }[];
  unanswered: { conversationId: string; eventId: string; body: string; createdAt: Date }[];
  topics: { kind: IntentKind; label: string; count: number }[];
  /** Attendee messages the topics were read from (at most TOPIC_MESSAGE_LIMIT). */
  messagesRead: number;
};

const citations = z.array(z.object({ articleId: z.string(), title: z.string() }));

/** The q-quantile (0-1) of sorted values, interpolating between the two nearest ranks. */
export function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}

function emptyCounts(): StatusCounts {
  return { open: 0, resolved: 0, handed_off: 0 };
}

/** The conversations' filter for a scope: the organization, the event, and the period's start. */
export function conversationWhere({ organizationId, eventId, period = "all", now = new Date() }: SupportScope) {
  const days = PERIODS[period];
  return {
    organizationId,
    ...(eventId ? { eventId } : {}),
    ...(days === null ? {} : { createdAt: { gte: new Date(now.getTime() - days * 86_400_000) } }),
  };
}

export async function supportMetrics(db: DbOrTx, scope: SupportScope): Promise<SupportMetrics> {
  const now = scope.now ?? new Date();
  const where = conversationWhere({ ...scope, now });
  const [conversations, events, agentMessages, attendeeMessages] = await Promise.all([
    db.supportConversation.findMany({
      where,
      select: {
        id: true,
        eventId: true,
        status: true,
        firstResponseMs: true,
        resolvedAt: true,
        reopenedAt: true,
        escalationReason: true,
        createdAt: true,
      },
    }),
    db.event.findMany({ where: { organizationId: scope.organizationId }, select: { id: true, name: true } }),
    db.supportMessage.findMany({
      where: { role: "agent", conversation: where, NOT: { citations: { equals: [] } } },
      select: { citations: true },
    }),
    db.supportMessage.findMany({
      where: { role: "attendee", conversation: where },
      select: {
        body: true,
        createdAt: true,
        conversationId: true,
        conversation: { select: { eventId: true, status: true, escalationReason: true } },
      },
      orderBy: { createdAt: "desc" },
      take: TOPIC_MESSAGE_LIMIT,
    }),
  ]);

  const byStatus = emptyCounts();
  const perEvent = new Map<string, StatusCounts>();
  const escalations = new Map<EscalationReason, number>();
  const responses: number[] = [];
  for (const conversation of conversations) {
    byStatus[conversation.status]++;
    const counts = perEvent.get(conversation.eventId) ?? emptyCounts();
    counts[conversation.status]++;
    perEvent.set(conversation.eventId, counts);
    if (conversation.firstResponseMs !== null) responses.push(conversation.firstResponseMs);
    const reason = ESCALATION_REASONS.find((known) => known === conversation.escalationReason);
    if (reason) escalations.set(reason, (escalations.get(reason) ?? 0) + 1);
  }
  responses.sort((a, b) => a - b);

  const articles = new Map<string, { articleId: string; title: string; citations: number }>();
  for (const message of agentMessages) {
    const parsed = citations.safeParse(message.citations);
    if (!parsed.success) continue;
    // An article cited twice in one reply was used once.
    for (const cited of new Map(parsed.data.map((item) => [item.articleId, item])).values()) {
      const entry = articles.get(cited.articleId) ?? { ...cited, citations: 0 };
      entry.citations++;
      articles.set(cited.articleId, entry);
    }
  }

  const topics = new Map<IntentKind, number>();
  const unanswered: SupportMetrics["unanswered"] = [];
  for (const message of attendeeMessages) {
    const kind = readIntent(message.body).kind;
    if (INTENT_LABELS[kind]) topics.set(kind, (topics.get(kind) ?? 0) + 1);
    const notInKnowledgeBase = message.conversation.escalationReason === "not_in_knowledge_base";
    if (notInKnowledgeBase && (kind === "question" || kind === "refund_question" || kind === "transfer_question")) {
      unanswered.push({
        conversationId: message.conversationId,
        eventId: message.conversation.eventId,
        body: message.body,
        createdAt: message.createdAt,
      });
    }
  }

  const names = new Map(events.map((event) => [event.id, event.name]));
  return {
    total: conversations.length,
    byStatus,
    byEvent: [...perEvent.entries()]
      .map(([eventId, counts]) => ({ eventId, name: names.get(eventId) ?? "Unknown event", counts }))
      .sort((a, b) => b.counts.open - a.counts.open || a.name.localeCompare(b.name)),
    firstResponse: { medianMs: quantile(responses, 0.5), p90Ms: quantile(responses, 0.9), measured: responses.length },
    resolution: verifiedResolution(conversations, now),
    escalations: [...escalations.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    topArticles: [...articles.values()]
      .sort((a, b) => b.citations - a.citations || a.title.localeCompare(b.title))
      .slice(0, LIST_LIMIT),
    unanswered: unanswered.slice(0, LIST_LIMIT * 2),
    topics: [...topics.entries()]
      .map(([kind, count]) => ({ kind, label: INTENT_LABELS[kind] as string, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    messagesRead: attendeeMessages.length,
  };
}

export const CONVERSATIONS_PAGE_SIZE = 50;

/** The conversation list of the Support page: newest first, with the first message's subject line. */
export async function listConversations(
  db: DbOrTx,
  scope: SupportScope & { status?: ConversationStatus; page?: number },
) {
  const where = { ...conversationWhere(scope), ...(scope.status ? { status: scope.status } : {}) };
  const [rows, total] = await Promise.all([
    db.supportConversation.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: ((scope.page ?? 1) - 1) * CONVERSATIONS_PAGE_SIZE,
      take: CONVERSATIONS_PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        attendeeEmail: true,
        status: true,
        escalationReason: true,
        firstResponseMs: true,
        createdAt: true,
        event: { select: { name: true } },
        messages: { where: { role: "attendee" }, orderBy: { createdAt: "asc" }, take: 1, select: { body: true } },
      },
    }),
    db.supportConversation.count({ where }),
  ]);
  return {
    total,
    conversations: rows.map(({ messages, ...row }) => ({ ...row, firstMessage: messages[0]?.body ?? null })),
  };
}
