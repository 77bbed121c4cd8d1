import { cron } from "inngest";
import { db } from "@/lib/db/client";
import { sweepOutbox } from "@/lib/email/sweep";
import { inngest } from "../../client";
import { outboxSweepRequested } from "../../events";
import { SCHEDULES } from "../../schedules";

/**
 * Every 10 minutes: no email stays stuck. Delivers messages a crash left `queued` or `sending` (past a
 * grace period) and retries `failed` ones whose backoff is over, never handing over again a message the
 * provider may already have sent (lib/email/sweep.ts). One sweep at a time.
 */
export const sweepOutboxFunction = inngest.createFunction(
  {
    id: SCHEDULES["every-10-minutes"].functionId,
    name: "Email: sweep the outbox",
    triggers: [cron(SCHEDULES["every-10-minutes"].cron), outboxSweepRequested],
    concurrency: { limit: 1 },
  },
  async ({ event, step }) => {
    // "Run now" from the Runs page names one organization; a cron tick covers them all.
    const organizationId = "organizationId" in event.data ? event.data.organizationId : undefined;
    return step.run("sweep-outbox", () => sweepOutbox(db, { organizationId }));
  },
);
