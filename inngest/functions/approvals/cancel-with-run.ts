import { db } from "@/lib/db/client";
import { cancelRunApprovals } from "../../approvals";
import { inngest } from "../../client";
import { functionCancelled } from "../../events";

/**
 * A cancelled run's pending inbox items are cancelled with it: nobody should approve work that stopped.
 * Only items of the run's own organization are touched.
 */
export const cancelWithRun = inngest.createFunction(
  { id: "approvals-cancel-with-run", name: "Inbox: cancel items of a cancelled run", triggers: [functionCancelled] },
  async ({ event, step }) =>
    step.run("cancel-pending-items", () =>
      cancelRunApprovals(db, {
        runId: event.data.run_id,
        organizationId: event.data.event?.data?.organizationId ?? null,
      }),
    ),
);
