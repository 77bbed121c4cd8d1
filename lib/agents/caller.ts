import type { OrgContext } from "@/lib/auth/context";
import type { AgentMode } from "@/lib/db/generated/enums";
import type { Caller } from "./core/gate";

/** The gate's caller for a signed-in person: organization, user and role all from the server session. */
export function callerFor(context: OrgContext, source: Caller["source"], runMode?: AgentMode) {
  return {
    organizationId: context.organization.id,
    userId: context.user.id,
    role: context.role,
    source,
    runMode,
  } satisfies Caller;
}
