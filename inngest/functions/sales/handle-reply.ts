import { waitForDecision } from "@/inngest/approvals";
import { runTool } from "@/lib/agents/core/gate";
import { isReplyClass, replyEscalation } from "@/lib/agents/sales/replies";
import { updateCrm } from "@/lib/agents/sales/tools/update-crm";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { sponsorReplyReceived } from "../../events";

/**
 * A prospect's reply that a person must answer (custom pricing, legal review, an objection) goes to the
 * inbox through update_crm, and the deal waits for the decision: approving moves it to negotiating with
 * the person in charge, rejecting leaves it where it was. Other replies need nothing here (the campaign
 * stops the sequence and offers a meeting).
 */
export const handleReply = inngest.createFunction(
  { id: "sales-handle-reply", name: "Sales: handle a reply", triggers: [sponsorReplyReceived] },
  async ({ event, step, runId }) => {
    const { organizationId, dealId, replyId, classification } = event.data;
    if (!isReplyClass(classification) || !replyEscalation(classification)) return { escalated: false };
    const parked = await step.run("escalate-reply", async () => {
      const deal = await db.sponsorDeal.findFirstOrThrow({ where: { id: dealId, organizationId } });
      const outcome = await runTool(
        db,
        {
          organizationId,
          userId: null,
          role: null,
          source: "campaign",
          runId,
          idempotencyKey: `run:${runId}:escalate`,
        },
        updateCrm,
        {
          eventId: deal.eventId,
          companyId: deal.companyId,
          replyId,
          stage: "negotiating",
          note: "A person took over the conversation after the prospect's reply.",
        },
      );
      return "approvalId" in outcome ? outcome.approvalId : null;
    });
    if (!parked) return { escalated: false };
    const decision = await waitForDecision(step, parked);
    return { escalated: true, decision };
  },
);
