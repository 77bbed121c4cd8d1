import { z } from "zod";
import { defineTool } from "../../core/tool";
import { requireEvent } from "../../event";
import { scoreProspects } from "../prospects";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  limit: z.number().int().min(1).max(50).default(20),
});

export const searchSponsors = defineTool({
  name: "search_sponsors",
  agent: "sales",
  description:
    "Search for potential sponsors matching event criteria. Returns scored list of prospects: the organization's sponsor companies ranked by fit, budget, engagement and conversion likelihood, with reasons.",
  input,
  kind: "read",
  activityType: "prospect_search",
  async run(deps, { eventId, limit }) {
    const event = await requireEvent(deps, eventId);
    const ranked = await scoreProspects(deps.db, deps.organizationId, event);
    return { eventId, considered: ranked.length, prospects: ranked.slice(0, limit) };
  },
});
