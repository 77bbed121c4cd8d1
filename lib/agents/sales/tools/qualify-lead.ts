import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool } from "../../core/tool";
import { requireEvent } from "../../event";
import { scoreProspects } from "../prospects";
import { isQualified, QUALIFIED_SCORE } from "../rules";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  companyId: z.uuid({ error: "Pick a sponsor company (a company id)." }),
});

export const qualifyLead = defineTool({
  name: "qualify_lead",
  agent: "sales",
  description: `Analyze lead and assign score 0-100 based on fit, engagement, and conversion probability. Returns the factor breakdown and whether it reaches ${QUALIFIED_SCORE}.`,
  input,
  kind: "read",
  activityType: "lead_qualification",
  async run(deps, { eventId, companyId }) {
    const event = await requireEvent(deps, eventId);
    const [lead] = await scoreProspects(deps.db, deps.organizationId, event, { companyIds: [companyId] });
    if (!lead)
      throw new AppError("not_found", "That company is not in this organization's CRM, or its deal is closed.");
    return { ...lead, qualified: isQualified(lead.score) };
  },
});
