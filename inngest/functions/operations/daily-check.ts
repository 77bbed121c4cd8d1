import { runDailyOperations } from "@/lib/agents/operations/daily-check";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { dailyCheckRequested } from "../../events";

/**
 * The Operations agent's daily check for one event, through the gate in the mode configured for the
 * event. One step: the gate replays every action by its idempotency key, so a retried step acts once.
 */
export const dailyCheck = inngest.createFunction(
  {
    id: "operations-daily-check",
    name: "Operations: daily check",
    triggers: [dailyCheckRequested],
    concurrency: { limit: 1, key: "event.data.eventId" },
    retries: 3,
  },
  async ({ event, runId, step }) => {
    const { organizationId, eventId } = event.data;
    return step.run("run-daily-operations", async () => {
      const result = await runDailyOperations(
        db,
        { organizationId, userId: null, role: null, source: "schedule", idempotencyKey: `run:${runId}`, runId },
        eventId,
      );
      return {
        actions: result.actions,
        overdue: result.deliverables.overdue.length,
        dueSoon: result.deliverables.dueSoon.length,
        salesCritical: result.sales.critical,
        budgetCritical: result.budget.overrunCritical || result.budget.burnCritical,
        vendorsPending: result.vendors.pending.length,
      };
    });
  },
);
