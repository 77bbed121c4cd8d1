import type { AgentId } from "@/lib/db/generated/enums";

/**
 * The activity types each agent may log. Sales and marketing are the seed's CHECK lists verbatim;
 * the seed has no tables for the other three, so their types name the seed's tools as past events.
 */
export const ACTIVITY_TYPES = {
  sales: [
    "prospect_search",
    "lead_qualification",
    "proposal_generation",
    "email_sent",
    "follow_up_sent",
    "meeting_scheduled",
    "crm_update",
    "linkedin_search",
    "engagement_analysis",
  ],
  marketing: [
    "content_generation",
    "post_scheduled",
    "campaign_analyzed",
    "email_sent",
    "ab_test_started",
    "timing_optimized",
    "audience_segmented",
    "metrics_monitored",
    "campaign_optimized",
  ],
  operations: [
    "deliverables_checked",
    "reminder_sent",
    "issue_escalated",
    "ticket_sales_monitored",
    "budget_tracked",
    "vendor_confirmations_checked",
    "vendor_follow_up",
    "status_report_generated",
    "daily_check_completed",
  ],
  support: [
    "knowledge_base_searched",
    "ticket_looked_up",
    "ticket_resent",
    "ticket_transferred",
    "refund_processed",
    "escalated_to_human",
    "question_answered",
  ],
  analytics: [
    "database_queried",
    "attendance_predicted",
    "revenue_analyzed",
    "anomalies_identified",
    "actions_recommended",
    "report_generated",
  ],
} as const satisfies Record<AgentId, readonly string[]>;

/** The activity the daily check logs for itself, besides its tools' own. */
export const DAILY_CHECK_ACTIVITY = "daily_check_completed" satisfies ActivityType<"operations">;

export type ActivityType<A extends AgentId = AgentId> = (typeof ACTIVITY_TYPES)[A][number];

export function isActivityType<A extends AgentId>(agent: A, type: string): type is ActivityType<A> {
  return (ACTIVITY_TYPES[agent] as readonly string[]).includes(type);
}
