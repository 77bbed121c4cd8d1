import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool } from "../../core/tool";
import { analyzeEngagement } from "../engagement";
import { isReplyClass } from "../replies";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  dealId: z.uuid({ error: "Pick a deal (a deal id)." }),
});

export const analyzeEngagementTool = defineTool({
  name: "analyze_engagement",
  agent: "sales",
  description:
    "Analyze prospect's engagement (email opens, clicks, proposal views, replies, booked meetings) as a score with a suggested next action.",
  input,
  kind: "read",
  activityType: "engagement_analysis",
  async run(deps, { eventId, dealId }) {
    const deal = await deps.db.sponsorDeal.findFirst({
      where: { id: dealId, eventId, organizationId: deps.organizationId },
      include: {
        company: { select: { name: true } },
        emails: { select: { openCount: true, clickCount: true } },
        proposals: { select: { viewCount: true } },
        replies: { orderBy: { receivedAt: "asc" }, select: { classification: true } },
        meetings: { where: { status: "booked" }, select: { id: true } },
      },
    });
    if (!deal) throw new AppError("not_found", "That deal does not exist for this event.");
    const result = analyzeEngagement({
      emailsSent: deal.emails.length,
      opens: deal.emails.reduce((sum, email) => sum + Math.min(email.openCount, 1), 0),
      clicks: deal.emails.reduce((sum, email) => sum + Math.min(email.clickCount, 1), 0),
      proposalViews: deal.proposals.reduce((sum, proposal) => sum + proposal.viewCount, 0),
      replies: deal.replies.map((reply) => reply.classification).filter(isReplyClass),
      meetingBooked: deal.meetings.length > 0,
    });
    return { dealId, company: deal.company.name, stage: deal.stage, ...result };
  },
});
