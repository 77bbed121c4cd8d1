import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter, requireEvent } from "../../event";
import { appLink, organizerEmails } from "../../operations/organizers";
import { findOrder, orderInput } from "../orders";

export const ESCALATION_REASONS = [
  "refund_over_limit",
  "safety",
  "legal",
  "upset_attendee",
  "exception_request",
  "not_in_knowledge_base",
] as const;

export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const ESCALATION_LABELS: Record<EscalationReason, string> = {
  refund_over_limit: "a refund over the limit",
  safety: "safety or security",
  legal: "a legal matter",
  upset_attendee: "an upset attendee",
  exception_request: "a request for an exception to the policy",
  not_in_knowledge_base: "a question the knowledge base does not answer",
};

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  reason: z.enum(ESCALATION_REASONS, {
    error: `The reason is one of ${ESCALATION_REASONS.join(", ")}.`,
  }),
  summary: z.string().trim().min(3, { error: "Say in a sentence what the attendee needs." }).max(1000),
  conversationId: z.uuid().optional(),
  order: orderInput.optional(),
});

type Input = z.infer<typeof input>;

/** How many of the conversation's latest messages the inbox item carries. */
const LAST_MESSAGES = 8;

async function load(deps: ToolDeps, args: Input) {
  const event = await requireEvent(deps, args.eventId);
  const found = args.order ? await findOrder(deps, { eventId: event.id, order: args.order }) : null;
  const conversation = args.conversationId
    ? await deps.db.supportConversation.findFirst({
        where: { id: args.conversationId, organizationId: deps.organizationId, eventId: event.id },
        include: { messages: { orderBy: { createdAt: "desc" }, take: LAST_MESSAGES } },
      })
    : null;
  if (args.conversationId && !conversation) {
    throw new AppError("not_found", "That support conversation does not exist for this event.");
  }
  return { event, order: found?.order ?? null, conversation, format: await eventFormatter(deps, event) };
}

/**
 * What a person needs to pick the conversation up, written into the inbox item's reason: the reason
 * code first (the Support page and the evaluation read it), the summary, the order and the last messages.
 */
async function handOffText(deps: ToolDeps, args: Input) {
  const { event, order, conversation, format } = await load(deps, args);
  const lines = [`${args.reason}: ${args.summary}`];
  if (order) {
    lines.push(
      "",
      `Order ${order.reference}${order.externalId ? ` (${order.externalId})` : ""}: ${order.buyerName} <${order.buyerEmail}>, ${order.status.replace("_", " ")}, paid ${format.money(order.totalCents, event.currency, { exact: true })}, refunded ${format.money(order.refundedCents, event.currency, { exact: true })}, ${order.tickets.length} ${order.tickets.length === 1 ? "ticket" : "tickets"}.`,
    );
  }
  if (conversation) {
    lines.push("", `Conversation with ${conversation.attendeeEmail} (${conversation.channel}), latest messages:`);
    for (const message of [...conversation.messages].reverse()) {
      lines.push(`${message.role}: ${message.body.replace(/\s+/g, " ").slice(0, 400)}`);
    }
  }
  return lines.join("\n");
}

/**
 * Hands an attendee's request to a person, always: the call files an inbox item (a policy escalation,
 * like Operations' critical issues) with the reason, the conversation and the order, marks the
 * conversation handed off, and emails the owners and admins once. Approving the item acknowledges it.
 */
export const escalateToHuman = defineTool({
  name: "escalate_to_human",
  agent: "support",
  description:
    "Hand an attendee's request to a person, with the reason (refund_over_limit, safety, legal, upset_attendee, exception_request, not_in_knowledge_base), a summary, and the conversation and order.",
  input,
  kind: "write",
  risk: "medium",
  activityType: "escalated_to_human",
  escalation: (deps, args) => handOffText(deps, args),
  async onEscalated(deps, args, approvalId) {
    const { event, conversation } = await load(deps, args);
    if (conversation) {
      await deps.db.supportConversation.update({
        where: { id: conversation.id },
        data: { status: "handed_off", escalationReason: args.reason, approvalId },
      });
    }
    const recipients = await organizerEmails(deps);
    if (recipients.length === 0) return;
    await deps.queueEmail(
      {
        eventId: event.id,
        to: recipients,
        subject: `Support hand-off (${ESCALATION_LABELS[args.reason]}): ${event.name}`,
        text: [
          await handOffText(deps, args),
          "",
          "It waits in the inbox for an admin or owner:",
          appLink("/inbox"),
        ].join("\n"),
      },
      `handoff-alert:${approvalId}`,
    );
  },
  async preview(deps, args) {
    const { event, order } = await load(deps, args);
    return {
      summary: `Hand-off to a person (${ESCALATION_LABELS[args.reason]}): ${args.summary}${order ? ` (order ${order.reference})` : ""}`,
      eventId: event.id,
    };
  },
  async run(deps, args) {
    const { order, conversation } = await load(deps, args);
    // Reached only when an admin or owner acknowledges the inbox item: the alert went out when it was filed.
    return {
      acknowledged: true,
      reason: args.reason,
      orderReference: order?.reference ?? null,
      conversationId: conversation?.id ?? null,
    };
  },
});
