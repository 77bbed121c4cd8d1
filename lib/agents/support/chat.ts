/** The Support agent in the chat: its tools, the requests that reach them, and their answers. */
import { z } from "zod";
import { gateChatTool } from "@/lib/copilot/gate-tools";
import { type ChatContext, type ChatSurface, type ChatTool, chatEvent } from "@/lib/copilot/surface";
import { count, withList } from "@/lib/copilot/words";
import { AppError } from "@/lib/errors";
import type { Formatter } from "@/lib/format";
import { SUPPORT_LINK } from "./answers";
import { indexEventKnowledge } from "./knowledge";
import { type StatusCounts, type SupportMetrics, supportMetrics } from "./metrics";
import { orderInput } from "./orders";
import { supportPolicyFor } from "./policy";
import { RESOLUTION_TARGET } from "./resolution";
import { ESCALATION_LABELS } from "./tools/escalate-to-human";
import { processRefund } from "./tools/process-refund";

const scopeArgs = z.object({ eventId: z.uuid({ error: "Which event? Give its id." }).optional() });

function supportLink(eventId?: string) {
  return eventId ? { href: `/support?event=${eventId}`, label: "Open Support" } : SUPPORT_LINK;
}

function statusWords(format: Formatter, counts: StatusCounts) {
  return `${format.number(counts.open)} open, ${format.number(counts.resolved)} resolved, ${format.number(counts.handed_off)} handed off`;
}

/** The scope's name and metrics; another organization's event is a 404 in the chat's words. */
async function scoped(context: ChatContext, eventId: string | undefined, period: "all" | "30d") {
  const event = eventId ? await chatEvent(context, eventId) : null;
  const metrics = await supportMetrics(context.db, {
    organizationId: context.caller.organizationId,
    eventId: event?.id,
    period,
  });
  return { where: event ? event.name : "your events", metrics };
}

function resolutionLine(format: Formatter, metrics: SupportMetrics) {
  const { rate, verified, pending } = metrics.resolution;
  const parts = [
    rate === null
      ? "No outcome is known yet for verified resolution"
      : `Verified resolution ${format.percent(rate)} (${format.number(verified)} conversations; the target is ${format.percent(RESOLUTION_TARGET)})`,
  ];
  if (pending > 0)
    parts.push(`${count(format, pending, "more is", "more are")} inside the 72 hours a reopen would undo`);
  if (metrics.firstResponse.medianMs !== null) {
    parts.push(`median first response ${format.duration(Math.round(metrics.firstResponse.medianMs))}`);
  }
  return `${parts.join("; ")}.`;
}

const supportRequests: ChatTool<z.infer<typeof scopeArgs>> = {
  name: "support_requests",
  description:
    "How many support conversations attendees started, by status (open, resolved, handed off to a person) and by event, with verified resolution, first response time and the hand-offs by reason.",
  parameters: scopeArgs,
  effect: "read",
  phrase: "How many support requests are open for {event}?",
  async run(context, { eventId }) {
    const { format } = context;
    const { where, metrics } = await scoped(context, eventId, "all");
    const link = supportLink(eventId);
    if (metrics.total === 0) return { summary: `No support conversations yet for ${where}.`, link };
    const lines = [
      `Support requests for ${where}: ${statusWords(format, metrics.byStatus)} (${format.number(metrics.total)} in all).`,
    ];
    if (!eventId && metrics.byEvent.length > 1) {
      lines.push(...metrics.byEvent.map((row) => `- ${row.name}: ${statusWords(format, row.counts)}`));
    }
    if (metrics.escalations.length > 0) {
      lines.push(
        `Handed off: ${metrics.escalations.map((row) => `${format.number(row.count)} for ${ESCALATION_LABELS[row.reason]}`).join(", ")}.`,
      );
    }
    lines.push(resolutionLine(format, metrics));
    return { summary: lines.join("\n"), link };
  },
};

const supportTopics: ChatTool<z.infer<typeof scopeArgs>> = {
  name: "support_topics",
  description:
    "What attendees asked the Support agent about in the last 30 days: their requests by kind, the articles the answers cited most, and the questions the knowledge base could not answer (what to write articles about).",
  parameters: scopeArgs,
  effect: "read",
  phrase: "What are attendees asking about for {event}?",
  async run(context, { eventId }) {
    const { format } = context;
    const { where, metrics } = await scoped(context, eventId, "30d");
    const link = supportLink(eventId);
    if (metrics.messagesRead === 0) {
      return { summary: `Attendees have not written to support for ${where} in the last 30 days.`, link };
    }
    const parts = [
      withList(
        format,
        `What attendees asked about for ${where} in the last 30 days (${count(format, metrics.messagesRead, "message")}):`,
        metrics.topics.map((topic) => `${topic.label}: ${format.number(topic.count)}`),
      ),
    ];
    if (metrics.topArticles.length > 0) {
      parts.push(
        `Articles cited most: ${metrics.topArticles
          .slice(0, 5)
          .map((article) => `${article.title} (${format.number(article.citations)})`)
          .join(", ")}.`,
      );
    }
    parts.push(
      metrics.unanswered.length === 0
        ? "Every question had an answer in the knowledge base."
        : withList(
            format,
            `${count(format, metrics.unanswered.length, "question")} the knowledge base could not answer (articles to write):`,
            metrics.unanswered.map((item) => `"${item.body.replace(/\s+/g, " ").slice(0, 160)}"`),
          ),
    );
    return { summary: parts.join("\n"), link };
  },
};

const eventArgs = z.object({ eventId: z.uuid({ error: "Which event? Give its id." }) });

/**
 * "Run the support agent for X": makes the event's knowledge base searchable (the launch graph's
 * index_event_knowledge) and says whether the agent is ready to answer attendees, and what waits.
 */
const supportAgent: ChatTool<z.infer<typeof eventArgs>> = {
  name: "supportAgent",
  description:
    "Run the Support agent for an event: index its knowledge base so the help page and the email channel answer from it, then report its readiness (articles searchable, the refund and transfer policy in force) and its queue (open and handed-off conversations, questions with no answer).",
  parameters: eventArgs,
  effect: "write",
  phrase: "Run the Support agent for {event}",
  async run(context, { eventId }) {
    const { format } = context;
    const event = await chatEvent(context, eventId);
    const scope = { organizationId: context.caller.organizationId, eventId: event.id };
    const [index, policy, metrics] = await Promise.all([
      indexEventKnowledge(context.db, scope),
      supportPolicyFor(context.db, event.id),
      supportMetrics(context.db, { ...scope, period: "30d" }),
    ]);
    const knowledge =
      index.articles === 0
        ? `${event.name} has no knowledge-base articles yet: every question goes to a person until you add some.`
        : `${count(format, index.searchable, "article")} of ${format.number(index.articles)} searchable${
            index.embeddingModel
              ? `, ${format.number(index.embedded)} newly embedded with ${index.embeddingModel}`
              : " by full-text search (no embedding model configured)"
          }.`;
    const tiers = policy.refundTiers
      .map((tier) => `${format.percent(tier.percent / 100)} from ${count(format, tier.minDaysBefore, "day")} before`)
      .join(", ");
    const rules = `${policy.isDefault ? "Default policy" : "Policy"}: refunds ${tiers || "none"}; up to ${format.money(policy.refundLimitCents, event.currency, { exact: true })} without a person; transfers ${
      policy.transferAllowed ? `until ${count(format, policy.transferMinDaysBefore, "day")} before` : "not allowed"
    }.`;
    const queue =
      metrics.total === 0
        ? "No support conversations in the last 30 days."
        : `Last 30 days: ${statusWords(format, metrics.byStatus)}; ${count(format, metrics.unanswered.length, "question")} with no answer in the knowledge base.`;
    return {
      summary: [`Support agent for ${event.name} is running.`, knowledge, rules, queue].join("\n"),
      link: supportLink(event.id),
    };
  },
};

const refundArgs = z.object({
  order: orderInput,
  eventId: z.uuid({ error: "Which event? Give its id." }).optional(),
  reason: z.string().trim().min(3, { error: "Say in a few words why." }).max(500).optional(),
});

/**
 * The event of an order named by reference or external id, among the organization's events: the named
 * event when the order is in it, else the one event that has it; an order in several asks which.
 */
async function orderEvent(context: ChatContext, order: string, eventId?: string) {
  const name = order.trim().replace(/^#/, "");
  const found = await context.db.order.findMany({
    where: {
      event: { organizationId: context.caller.organizationId },
      OR: [{ reference: { equals: name, mode: "insensitive" } }, { externalId: name }],
    },
    select: { eventId: true, event: { select: { name: true } } },
  });
  const named = found.find((row) => row.eventId === eventId);
  if (named) return named.eventId;
  if (found.length === 1 && found[0]) return found[0].eventId;
  if (found.length === 0) throw new AppError("not_found", `No order ${name} in this organization's events.`);
  throw new AppError(
    "validation",
    `Order ${name} is in ${found.map((row) => row.event.name).join(" and ")}: say which event.`,
  );
}

/** "Refund order X": the organizer's request, through the gate and the event's policy (the amount is computed). */
const refundOrder = gateChatTool(processRefund, {
  phrase: "Refund an order",
  effect: "outward",
  input: {
    parameters: refundArgs,
    async prepare(context, args) {
      const { order, eventId, reason } = refundArgs.parse(args);
      const user = context.caller.userId
        ? await context.db.user.findUnique({ where: { id: context.caller.userId }, select: { name: true } })
        : null;
      return {
        eventId: await orderEvent(context, order, eventId),
        order,
        reason: reason ?? `Asked for in the chat by ${user?.name ?? "an organizer"}.`,
      };
    },
  },
});

const dcl = { eventId: "dcl" };
const rjf = { eventId: "rjf" };
const nws = { eventId: "nws" };

export const supportChat: ChatSurface = {
  owner: "support",
  tools: [supportAgent, supportRequests, supportTopics, refundOrder],
  examples: [
    { say: "run the support agent for devconf", tool: "supportAgent", args: dcl },
    { say: "start the support agent for the jazz festival", tool: "supportAgent", args: rjf },
    { say: "index the knowledge base for the northwind summit", tool: "supportAgent", args: nws },
    { say: "get attendee support ready for riverside", tool: "supportAgent", args: rjf },
    { say: "turn on the help desk for the summit", tool: "supportAgent", args: nws },
    { say: "set up attendee support for devconf lisbon", tool: "supportAgent", args: dcl },
    { say: "how many support requests are open?", tool: "support_requests" },
    { say: "how many support requests are open for devconf?", tool: "support_requests", args: dcl },
    { say: "how many attendees are waiting for an answer from support", tool: "support_requests" },
    { say: "support queue for the jazz festival", tool: "support_requests", args: rjf },
    { say: "how many support conversations were handed off", tool: "support_requests" },
    { say: "what is our support resolution rate", tool: "support_requests" },
    { say: "how fast does support answer attendees at the summit", tool: "support_requests", args: nws },
    { say: "show me the open support tickets for riverside", tool: "support_requests", args: rjf },
    { say: "how is the help desk doing", tool: "support_requests" },
    { say: "what are attendees asking about?", tool: "support_topics" },
    { say: "what are attendees asking about for devconf lisbon", tool: "support_topics", args: dcl },
    { say: "what questions do attendees ask support", tool: "support_topics" },
    { say: "which questions could support not answer for riverside", tool: "support_topics", args: rjf },
    { say: "what should we write help articles about", tool: "support_topics" },
    { say: "most common questions from attendees of the summit", tool: "support_topics", args: nws },
    { say: "which knowledge base articles are used most", tool: "support_topics" },
    { say: "refund order DCL-10482", tool: "process_refund", args: { order: "DCL-10482" } },
    {
      say: "please refund order RJF-20417 for riverside",
      tool: "process_refund",
      args: { ...rjf, order: "RJF-20417" },
    },
    { say: "give the buyer of NWS-30112 their money back", tool: "process_refund", args: { order: "NWS-30112" } },
    { say: "process a refund for DCL-10990", tool: "process_refund", args: { order: "DCL-10990" } },
    { say: "cancel and refund RJF-20588", tool: "process_refund", args: { order: "RJF-20588" } },
    { say: "should I refund order DCL-10482?", tool: "process_refund", acts: false },
    { say: "don't refund RJF-20417", tool: "process_refund", acts: false },
    { say: "how do refunds work?", tool: "process_refund", acts: false },
  ],
};
