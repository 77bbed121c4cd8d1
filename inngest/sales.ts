import { runModeFor } from "@/lib/agents/core/modes";
import { createCampaign } from "@/lib/agents/sales/campaign";
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { AgentMode, Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { requestJob } from "./client";
import { salesCampaignRequested } from "./events";

/**
 * The seed's copilot action for the Sales agent: starts an outreach campaign for an event in the mode
 * configured for it, or a stricter one the person asks for (never a looser one). The mode, organization
 * and role come from the server session.
 */
export async function requestOutreachCampaign(
  db: Db,
  by: { organizationId: string; userId: string; role: Role },
  eventId: string,
  requestedMode?: AgentMode,
) {
  if (!can(by.role, "agents:run")) throw new AppError("forbidden", "Your role cannot run the Sales agent.");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId: by.organizationId } });
  if (!event) throw new AppError("not_found", "That event does not exist in this organization.");
  const mode = await runModeFor(db, by.organizationId, "sales", event.id, requestedMode);
  const campaign = await createCampaign(db, { eventId: event.id, requestedById: by.userId, mode });
  try {
    await requestJob(
      salesCampaignRequested.create({
        organizationId: by.organizationId,
        eventId: event.id,
        campaignId: campaign.id,
        mode,
      }),
    );
  } catch (error) {
    await db.outreachCampaign.update({ where: { id: campaign.id }, data: { status: "failed" } });
    throw error;
  }
  return { campaignId: campaign.id, mode, event: event.name };
}
