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

/**
 * The gate's caller for a step of a durable run: the system (no user, no role), keyed by the run and
 * the step so a retried step acts once, and tied to the run so its inbox items follow it.
 */
export function durableCaller(run: { organizationId: string; runId: string; runMode?: AgentMode }, step: string) {
  return {
    organizationId: run.organizationId,
    userId: null,
    role: null,
    source: "campaign",
    runMode: run.runMode,
    runId: run.runId,
    idempotencyKey: `run:${run.runId}:${step}`,
  } satisfies Caller;
}
