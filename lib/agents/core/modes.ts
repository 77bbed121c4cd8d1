import type { DbOrTx } from "@/lib/db/client";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { AGENTS, DEFAULT_MODES, MODES } from "../catalog";

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

/**
 * The mode a run asked for with `asked` will use: that stricter mode, or the configured one. A looser
 * one is refused, in words that say what is configured.
 */
export async function runModeFor(
  db: DbOrTx,
  organizationId: string,
  agent: AgentId,
  eventId: string | null | undefined,
  asked?: AgentMode,
): Promise<AgentMode> {
  const configured = await resolveMode(db, organizationId, agent, eventId);
  if (asked && !isAtLeastAsStrict(asked, configured)) {
    throw new AppError(
      "forbidden",
      `The ${AGENTS[agent].name} agent is set to ${MODES[configured].label}; a run can be stricter than that, not looser.`,
    );
  }
  return asked ?? configured;
}
