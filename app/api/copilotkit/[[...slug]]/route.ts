import { callerFor } from "@/lib/agents/caller";
import { requireContext } from "@/lib/auth/context";
import { handleCopilotRequest } from "@/lib/copilot/runtime";
import { db } from "@/lib/db/client";
import { errorResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The CopilotKit runtime. Who is asking, for which organization and with which role: the session. */
async function handle(request: Request) {
  try {
    const context = await requireContext();
    return await handleCopilotRequest(request, db, callerFor(context, "chat"));
  } catch (error) {
    return errorResponse(error);
  }
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };
