import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";
import { AGENT_IDS, agentIdSchema, agentModeSchema, DEFAULT_MODES } from "./catalog";

export const agentModeInput = z.object({ agent: agentIdSchema, mode: agentModeSchema });

/** The organization-wide mode of every agent: the stored setting, or the default when none is stored. */
export async function getAgentModes(db: DbOrTx, organizationId: string) {
  const settings = await db.agentSetting.findMany({ where: { organizationId, eventId: null } });
  return AGENT_IDS.map((agent) => {
    const stored = settings.find((setting) => setting.agent === agent);
    return {
      agent,
      mode: stored?.mode ?? DEFAULT_MODES[agent],
      isDefault: !stored,
      updatedAt: stored?.updatedAt ?? null,
    };
  });
}

/** Stores an organization-wide mode and audits the change in the same transaction. */
export async function setAgentMode(
  db: Db,
  input: { organizationId: string; userId: string; agent: AgentId; mode: AgentMode },
  meta: { ipAddress?: string | null; userAgent?: string | null },
) {
  await db.$transaction(async (tx) => {
    const existing = await tx.agentSetting.findFirst({
      where: { organizationId: input.organizationId, agent: input.agent, eventId: null },
    });
    const previous = existing?.mode ?? DEFAULT_MODES[input.agent];
    if (existing) {
      await tx.agentSetting.update({
        where: { id: existing.id },
        data: { mode: input.mode, updatedById: input.userId },
      });
    } else {
      await tx.agentSetting.create({
        data: { organizationId: input.organizationId, agent: input.agent, mode: input.mode, updatedById: input.userId },
      });
    }
    await recordAudit(tx, {
      organizationId: input.organizationId,
      actorType: "user",
      actorId: input.userId,
      action: "agent.mode_changed",
      targetType: "agent",
      targetId: input.agent,
      outcome: "success",
      ...meta,
      metadata: { from: previous, to: input.mode },
    });
  });
}
