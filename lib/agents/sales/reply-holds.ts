import type { ToolDeps } from "../core/tool";
import { isReplyClass, replyEscalation } from "./replies";

/** How a waiting reply is named in the reason a person reads. */
const CLASS_WORDS: Record<string, string> = {
  custom_pricing: "pricing",
  legal_review: "legal",
  objection: "objection",
  red_flag: "red-flag",
};

/**
 * Why no agent may email this deal's contact or move the deal yet, or null: a reply of theirs (about
 * this deal or another of the organization's deals) that a person must answer (custom pricing, legal
 * review, an objection, a red flag) waits in the inbox, as the pending item the reply handler filed
 * (its arguments name the reply). Until a person decides it (approved, rejected, or expired, which
 * counts as rejected), an agent's email, meeting offer, proposal or CRM change would answer over that
 * person's head. It is part of the tools' escalation policy, so the chat, the model, a campaign step
 * and an approval all get it.
 */
export async function waitingReplyEscalation(
  deps: ToolDeps,
  deal: { id: string; contactId: string | null },
  who: string,
): Promise<string | null> {
  // The contact's replies about any of this organization's deals: a pricing question about one event
  // is not answered by an agent's email about another.
  const replies = await deps.db.sponsorReply.findMany({
    where: {
      deal: { organizationId: deps.organizationId },
      OR: [{ dealId: deal.id }, ...(deal.contactId ? [{ deal: { contactId: deal.contactId } }] : [])],
    },
    select: { id: true, classification: true },
  });
  const held = replies.filter((reply) => isReplyClass(reply.classification) && replyEscalation(reply.classification));
  if (held.length === 0) return null;
  const waiting = await deps.db.approval.findFirst({
    where: {
      organizationId: deps.organizationId,
      status: "pending",
      AND: [
        { OR: [{ expiresAt: null }, { expiresAt: { gt: deps.now } }] },
        { OR: held.map((reply) => ({ arguments: { path: ["replyId"], equals: reply.id } })) },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { arguments: true },
  });
  if (!waiting) return null;
  const replyId = (waiting.arguments as { replyId?: unknown }).replyId;
  const kind = held.find((reply) => reply.id === replyId)?.classification ?? "";
  return `${who}'s ${CLASS_WORDS[kind] ?? "escalated"} reply waits in the inbox: a person decides it before any agent emails them or moves their deal.`;
}
