import { cancelRunApprovals } from "@/lib/agents/core/approvals";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { functionCancelled } from "../../events";

/** A cancelled run's pending inbox items are cancelled with it: nobody should approve work that stopped. */
export const cancelWithRun = inngest.createFunction(
  { id: "approvals-cancel-with-run", name: "Inbox: cancel items of a cancelled run", triggers: [functionCancelled] },
  async ({ event, step }) => step.run("cancel-pending-items", () => cancelRunApprovals(db, event.data.run_id)),
);
