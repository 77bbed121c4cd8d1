import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { AGENT_IDS, agentIdSchema, agentModeSchema, DEFAULT_MODES } from "./catalog";
import { resolveMode } from "./core/modes";

export const agentModeInput = z
  .object({
    agent: agentIdSchema,
    /** "inherit" removes an event's override, so the organization's mode applies again. */
    mode: z.enum([...agentModeSchema.options, "inherit"], { error: "Choose full auto, assisted or review only." }),
    eventId: z.uuid({ error: "Pick an event." }).optional(),
  })
  .refine((input) => input.mode !== "inherit" || input.eventId, {
    path: ["mode"],
    error: "Choose full auto, assisted or review only.",
  });

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

/**
 * Stores an agent's mode for the organization, or for one of its events (an override; "inherit" removes
 * it), and audits the change in the same transaction.
 */
export async function setAgentMode(
  db: Db,
  input: {
    organizationId: string;
    userId: string;
    agent: AgentId;
    mode: AgentMode | "inherit";
    eventId?: string | null;
  },
  meta: { ipAddress?: string | null; userAgent?: string | null },
) {
  const eventId = input.eventId ?? null;
  await db.$transaction(async (tx) => {
    if (eventId && !(await tx.event.findFirst({ where: { id: eventId, organizationId: input.organizationId } }))) {
      throw new AppError("not_found", "That event does not exist in this organization.");
    }
    const previous = await resolveMode(tx, input.organizationId, input.agent, eventId);
    const existing = await tx.agentSetting.findFirst({
      where: { organizationId: input.organizationId, agent: input.agent, eventId },
    });
    if (input.mode === "inherit") {
      if (!eventId) throw new AppError("validation", "Only an event's mode can be reset to the organization's.");
      if (existing) await tx.agentSetting.delete({ where: { id: existing.id } });
    } else if (existing) {
      await tx.agentSetting.update({
        where: { id: existing.id },
        data: { mode: input.mode, updatedById: input.userId },
      });
    } else {
      await tx.agentSetting.create({
        data: {
          organizationId: input.organizationId,
          agent: input.agent,
          eventId,
          mode: input.mode,
          updatedById: input.userId,
        },
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
      metadata: { from: previous, to: input.mode, ...(eventId ? { eventId } : {}) },
    });
  });
}
