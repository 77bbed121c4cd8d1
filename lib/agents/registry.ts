import type { AgentId } from "@/lib/db/generated/enums";
import { DAILY_CHECK_ACTIVITY } from "./activity-types";
import { analyzeRevenue } from "./analytics/tools/analyze-revenue";
import { identifyAnomalies } from "./analytics/tools/identify-anomalies";
import { predictAttendance } from "./analytics/tools/predict-attendance";
import { queryDatabase } from "./analytics/tools/query-database";
import type { AnyTool } from "./core/tool";
import { checkDeliverables } from "./operations/tools/check-deliverables";
import { checkVendorConfirmations } from "./operations/tools/check-vendor-confirmations";
import { escalateIssue } from "./operations/tools/escalate-issue";
import { followUpVendor } from "./operations/tools/follow-up-vendor";
import { generateStatusReport } from "./operations/tools/generate-status-report";
import { monitorTicketSales } from "./operations/tools/monitor-ticket-sales";
import { sendReminder } from "./operations/tools/send-reminder";
import { trackBudget } from "./operations/tools/track-budget";
import { analyzeEngagementTool } from "./sales/tools/analyze-engagement";
import { generateProposal } from "./sales/tools/generate-proposal";
import { qualifyLead } from "./sales/tools/qualify-lead";
import { scheduleMeeting } from "./sales/tools/schedule-meeting";
import { searchLinkedin } from "./sales/tools/search-linkedin";
import { searchSponsors } from "./sales/tools/search-sponsors";
import { sendEmail } from "./sales/tools/send-email";
import { startOutreach } from "./sales/tools/start-outreach";
import { updateCrm } from "./sales/tools/update-crm";
import { escalateToHuman } from "./support/tools/escalate-to-human";
import { lookupTicket } from "./support/tools/lookup-ticket";
import { processRefund } from "./support/tools/process-refund";
import { resendTicket } from "./support/tools/resend-ticket";
import { searchKnowledgeBase } from "./support/tools/search-knowledge-base";
import { transferTicket } from "./support/tools/transfer-ticket";

/**
 * Every tool an agent has, by its seed name. Agents whose tools are not built yet have none here.
 */
export const TOOLS: Record<string, AnyTool> = Object.fromEntries(
  [
    checkDeliverables,
    sendReminder,
    escalateIssue,
    monitorTicketSales,
    trackBudget,
    checkVendorConfirmations,
    followUpVendor,
    generateStatusReport,
    searchSponsors,
    qualifyLead,
    updateCrm,
    searchLinkedin,
    analyzeEngagementTool,
    sendEmail,
    startOutreach,
    generateProposal,
    scheduleMeeting,
    searchKnowledgeBase,
    lookupTicket,
    resendTicket,
    transferTicket,
    processRefund,
    escalateToHuman,
    predictAttendance,
    identifyAnomalies,
    analyzeRevenue,
    queryDatabase,
  ].map((tool) => [tool.name, tool]),
);

export function findTool(name: string): AnyTool | undefined {
  return TOOLS[name];
}

/** The agents the chat and the pages can reach today: those with tools. */
export const BUILT_AGENTS: AgentId[] = [...new Set(Object.values(TOOLS).map((tool) => tool.agent))];

/** Activity types that can be logged today: each tool's, and the daily check's own summary. */
export const LOGGED_ACTIVITY_TYPES: string[] = [
  ...new Set([...Object.values(TOOLS).map((tool) => tool.activityType), DAILY_CHECK_ACTIVITY]),
].sort();
