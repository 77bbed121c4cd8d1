import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool } from "../../core/tool";
import { requireEvent } from "../../event";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  campaignId: z.uuid({ error: "Pick a campaign (a campaign id)." }),
  prospects: z
    .array(z.object({ companyId: z.uuid(), name: z.string(), score: z.number().int().min(0).max(100) }))
    .min(1, { error: "There is no prospect to contact." })
    .max(20),
});

/**
 * The outreach campaign's plan: these qualified prospects go into the event's pipeline and the campaign
 * writes to them (proposal, first email, follow-ups on day 3 and day 7, meeting offers). In assisted
 * mode a person approves this list once; the writes that follow in the same run are covered by it.
 */
export const startOutreach = defineTool({
  name: "start_outreach",
  agent: "sales",
  description:
    "Approve the prospect list of an outreach campaign: adds the prospects to the event's pipeline and lets the campaign send their proposals and emails.",
  input,
  kind: "write",
  risk: "medium",
  plan: true,
  activityType: "crm_update",
  async preview(deps, { eventId, prospects }) {
    const event = await requireEvent(deps, eventId);
    return {
      summary: `Start sponsor outreach for ${event.name} to ${prospects.length} prospect${prospects.length > 1 ? "s" : ""}: ${prospects
        .map((prospect) => `${prospect.name} (${prospect.score})`)
        .join(", ")}`,
      eventId,
    };
  },
  async run(deps, { eventId, campaignId, prospects }) {
    await requireEvent(deps, eventId);
    const campaign = await deps.db.outreachCampaign.findFirst({ where: { id: campaignId, eventId } });
    if (!campaign) throw new AppError("not_found", "That campaign does not exist for this event.");
    const deals: { dealId: string; companyId: string }[] = [];
    for (const prospect of prospects) {
      const company = await deps.db.sponsorCompany.findFirst({
        where: { id: prospect.companyId, organizationId: deps.organizationId },
        include: { contacts: { where: { unsubscribedAt: null, suppressedAt: null } } },
      });
      if (!company) continue;
      const contact = company.contacts.find((person) => person.seniority !== "individual") ?? company.contacts[0];
      const deal = await deps.db.sponsorDeal.upsert({
        where: { eventId_companyId: { eventId, companyId: company.id } },
        create: {
          organizationId: deps.organizationId,
          eventId,
          companyId: company.id,
          contactId: contact?.id,
          score: prospect.score,
        },
        update: { score: prospect.score },
      });
      await deps.db.campaignProspect.upsert({
        where: { campaignId_dealId: { campaignId, dealId: deal.id } },
        create: { campaignId, dealId: deal.id, score: prospect.score },
        update: {},
      });
      deals.push({ dealId: deal.id, companyId: company.id });
    }
    return { campaignId, deals };
  },
});
