import type { ToolDeps } from "../core/tool";

/**
 * A request a support conversation handed to a person (a refund over the limit; any write in assisted
 * mode) that the person approved and that ran: the conversation gets the agent's note of what was done
 * and is resolved, since the action it needed is now in the database (docs/support.md, "Resolution").
 * A conversation that did not wait for this item is left alone.
 */
export async function settleApprovedRequest(deps: ToolDeps, approvalId: string, reply: string) {
  const conversation = await deps.db.supportConversation.findFirst({
    where: { organizationId: deps.organizationId, approvalId },
    select: { id: true },
  });
  if (!conversation) return;
  await deps.db.supportMessage.create({
    data: { conversationId: conversation.id, role: "agent", body: reply, createdAt: deps.now },
  });
  await deps.db.supportConversation.update({
    where: { id: conversation.id },
    data: { status: "resolved", resolvedAt: deps.now },
  });
}
