import type { ReplyClass } from "./replies";

export type EngagementFacts = {
  emailsSent: number;
  opens: number;
  clicks: number;
  proposalViews: number;
  replies: ReplyClass[];
  meetingBooked: boolean;
};

/**
 * The seed's analyze_engagement: opens, clicks, proposal views, replies and bookings as a score of
 * 0-100 and the next action a salesperson would take. Signals count once each up to a cap, so twenty
 * opens by a mail scanner do not outweigh one reply.
 */
export function analyzeEngagement(facts: EngagementFacts) {
  const points = {
    opens: Math.min(15, facts.opens * 5),
    clicks: Math.min(20, facts.clicks * 10),
    proposalViews: Math.min(20, facts.proposalViews * 10),
    replies: facts.replies.some((kind) => kind === "interested" || kind === "question")
      ? 30
      : facts.replies.length > 0
        ? 10
        : 0,
    meeting: facts.meetingBooked ? 15 : 0,
  };
  const score = Math.min(
    100,
    Object.values(points).reduce((sum, value) => sum + value, 0),
  );
  return { score, points, nextAction: nextAction(facts) };
}

function nextAction(facts: EngagementFacts): string {
  const last = facts.replies.at(-1);
  if (last === "unsubscribe") return "Stop: the contact unsubscribed.";
  if (last === "custom_pricing" || last === "legal_review" || last === "objection")
    return "Wait for a person: the reply was escalated.";
  if (facts.meetingBooked) return "Prepare for the booked meeting.";
  if (last === "interested" || last === "question") return "Answer the reply and offer a meeting.";
  if (facts.proposalViews > 0 || facts.clicks > 0) return "Follow up on the proposal they opened; offer a meeting.";
  if (facts.emailsSent === 0) return "Send the first outreach email with the proposal.";
  if (facts.opens > 0) return "Follow up with a different value angle.";
  return "Follow up; if there is still no answer after the day-7 follow-up, stop.";
}
