import { cron } from "inngest";
import { expireOverdueApprovals } from "@/lib/agents/core/approvals";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { approvalDecided, fourHourlyScheduleRequested } from "../../events";
import { SCHEDULES } from "../../schedules";

/**
 * Every 4 hours: expires inbox items past their deadline and wakes the runs that wait on them. "Run now"
 * does the asking organization's items only.
 */
export const fourHourlySchedule = inngest.createFunction(
  {
    id: SCHEDULES["every-4-hours"].functionId,
    name: "Schedule: every 4 hours",
    triggers: [cron(SCHEDULES["every-4-hours"].cron), fourHourlyScheduleRequested],
  },
  async ({ event, step }) => {
    // "Run now" from the Runs page names one organization; a cron tick covers them all.
    const organizationId = "organizationId" in event.data ? event.data.organizationId : undefined;
    const expired = await step.run("expire-overdue-approvals", () => expireOverdueApprovals(db, { organizationId }));
    if (expired.length > 0) {
      await step.sendEvent(
        "wake-waiting-runs",
        expired.map((approvalId) => approvalDecided.create({ approvalId, status: "expired" })),
      );
    }
    return { approvalsExpired: expired.length };
  },
);
