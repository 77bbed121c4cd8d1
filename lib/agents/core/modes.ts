import type { DbOrTx } from "@/lib/db/client";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";
import { DEFAULT_MODES } from "../catalog";

const STRICTNESS: Record<AgentMode, number> = { full_auto: 0, assisted: 1, review_only: 2 };

export function isAtLeastAsStrict(requested: AgentMode, configured: AgentMode) {
  return STRICTNESS[requested] >= STRICTNESS[configured];
}

/** The mode in force: the event's override, else the organization's setting, else the default. */
export async function resolveMode(
  db: DbOrTx,
  organizationId: string,
  agent: AgentId,
  eventId?: string | null,
): Promise<AgentMode> {
  const settings = await db.agentSetting.findMany({
    where: { organizationId, agent, OR: [{ eventId: null }, ...(eventId ? [{ eventId }] : [])] },
  });
  const forEvent = settings.find((setting) => setting.eventId !== null);
  const forOrganization = settings.find((setting) => setting.eventId === null);
  return forEvent?.mode ?? forOrganization?.mode ?? DEFAULT_MODES[agent];
}
