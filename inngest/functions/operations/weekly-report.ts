import { runTool } from "@/lib/agents/core/gate";
import { generateStatusReport } from "@/lib/agents/operations/tools/generate-status-report";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { weeklyReportRequested } from "../../events";

/**
 * The Operations agent's weekly status report for one event, through the gate in the mode configured
 * for the event. The gate's idempotency key is the event and ISO week, not the run: a second run for
 * the same week (a re-run, a duplicate request, a retried step) replays the first outcome and writes
 * and emails nothing more.
 */
export const weeklyReport = inngest.createFunction(
  {
    id: "operations-weekly-report",
    name: "Operations: weekly status report",
    triggers: [weeklyReportRequested],
    concurrency: { limit: 1, key: "event.data.eventId" },
    retries: 3,
  },
  async ({ event, runId, step }) => {
    const { organizationId, eventId, week } = event.data;
    return step.run("generate-status-report", async () => {
      const outcome = await runTool(
        db,
        {
          organizationId,
          userId: null,
          role: null,
          source: "schedule",
          idempotencyKey: `weekly-report:${eventId}:${week}`,
          runId,
        },
        generateStatusReport,
        { eventId },
      );
      return {
        week,
        status: outcome.status,
        reportId: outcome.status === "executed" ? outcome.output.reportId : null,
        approvalId: "approvalId" in outcome ? outcome.approvalId : null,
      };
    });
  },
);
