import { waitForDecision } from "@/inngest/approvals";
import { durableCaller } from "@/lib/agents/caller";
import { runTool } from "@/lib/agents/core/gate";
import { replyRunMode } from "@/lib/agents/sales/campaign";
import { isReplyClass, replyEscalation } from "@/lib/agents/sales/replies";
import { scheduleMeeting } from "@/lib/agents/sales/tools/schedule-meeting";
import { updateCrm } from "@/lib/agents/sales/tools/update-crm";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { sponsorReplyReceived } from "../../events";

/**
 * A prospect's reply that a person must answer (custom pricing, legal review, an objection) goes to the
 * inbox through update_crm, and the deal waits for the decision: approving moves it to negotiating with
 * the person in charge, rejecting leaves it where it was. Interest or a question gets a meeting offer.
 * Every reply stops the campaign's follow-ups for that prospect (the campaign reads the replies).
 * It acts in the mode of the campaign the reply belongs to (see replyRunMode): an assisted campaign's
 * meeting offer waits in the inbox even when the agent is configured as full auto.
 */
export const handleReply = inngest.createFunction(
  { id: "sales-handle-reply", name: "Sales: handle a reply", triggers: [sponsorReplyReceived] },
  async ({ event, step, runId }) => {
    const { organizationId, dealId, replyId, classification } = event.data;
    const caller = async (step: string) => {
      const reply = await db.sponsorReply.findFirst({
        where: { id: replyId, dealId, deal: { organizationId } },
        select: { receivedAt: true },
      });
      const runMode = await replyRunMode(db, organizationId, { dealId, receivedAt: reply?.receivedAt ?? new Date() });
      return durableCaller({ organizationId, runId, runMode }, step);
    };
    if (classification === "interested" || classification === "question") {
      // Interest gets a meeting offer right away (in assisted mode the offer waits in the inbox).
      const offer = await step.run("offer-meeting", async () => {
        const deal = await db.sponsorDeal.findFirstOrThrow({ where: { id: dealId, organizationId } });
        const outcome = await runTool(db, await caller("meeting"), scheduleMeeting, {
          eventId: deal.eventId,
          dealId,
        });
        return outcome.status;
      });
      return { escalated: false, meeting: offer };
    }
    if (!isReplyClass(classification) || !replyEscalation(classification)) return { escalated: false };
    const parked = await step.run("escalate-reply", async () => {
      const deal = await db.sponsorDeal.findFirstOrThrow({ where: { id: dealId, organizationId } });
      const outcome = await runTool(db, await caller("escalate"), updateCrm, {
        eventId: deal.eventId,
        companyId: deal.companyId,
        replyId,
        stage: "negotiating",
        note: "A person took over the conversation after the prospect's reply.",
      });
      return "approvalId" in outcome ? outcome.approvalId : null;
    });
    if (!parked) return { escalated: false };
    const decision = await waitForDecision(step, parked);
    return { escalated: true, decision };
  },
);
