import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool } from "../../core/tool";
import { enrichmentProvider } from "../enrichment";

const input = z.object({ companyId: z.uuid({ error: "Pick a sponsor company (a company id)." }) });

/**
 * The seed's search_linkedin: the company's decision makers, most senior and most sponsorship-related
 * first, from the configured enrichment provider (here, the organization's contact book). Where the data
 * comes from is part of the answer.
 */
export const searchLinkedin = defineTool({
  name: "search_linkedin",
  agent: "sales",
  description:
    "Find decision makers at a company. No LinkedIn access: searches the configured enrichment provider (by default the organization's own contact book), most senior and sponsorship-related first; returns contact info and whether we may email them.",
  input,
  kind: "read",
  activityType: "linkedin_search",
  async run(deps, { companyId }) {
    const company = await deps.db.sponsorCompany.findFirst({
      where: { id: companyId, organizationId: deps.organizationId },
      select: { name: true },
    });
    if (!company) throw new AppError("not_found", "That company is not in this organization's CRM.");
    const provider = enrichmentProvider();
    const decisionMakers = await provider.findDecisionMakers(deps.db, deps.organizationId, companyId);
    return { company: company.name, source: provider.label, decisionMakers };
  },
});
