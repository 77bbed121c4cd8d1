import { z } from "zod";
import type { Seniority } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { defineTool } from "../../core/tool";

const input = z.object({ companyId: z.uuid({ error: "Pick a sponsor company (a company id)." }) });

const SENIORITY_RANK: Record<Seniority, number> = { c_level: 0, vp: 1, director: 2, manager: 3, individual: 4 };
/** Titles of the people who decide on sponsorships, most relevant first. */
const SPONSORSHIP_TITLES = /sponsor|partner|brand|marketing|event|community|developer relations|devrel|communications/i;

/**
 * The seed's search_linkedin. There is no LinkedIn access here: it searches the organization's own
 * contact book (imported or entered contacts) for the company's decision makers, most senior and most
 * sponsorship-related first. Where the data comes from is part of the answer.
 */
export const searchLinkedin = defineTool({
  name: "search_linkedin",
  agent: "sales",
  description:
    "Find decision makers at a company. No LinkedIn access: searches the organization's own contact book (imported or entered contacts), most senior and sponsorship-related first; returns contact info and whether we may email them.",
  input,
  kind: "read",
  activityType: "linkedin_search",
  async run(deps, { companyId }) {
    const company = await deps.db.sponsorCompany.findFirst({
      where: { id: companyId, organizationId: deps.organizationId },
      include: { contacts: true },
    });
    if (!company) throw new AppError("not_found", "That company is not in this organization's CRM.");
    const rank = (contact: (typeof company.contacts)[number]) =>
      SENIORITY_RANK[contact.seniority] * 2 + (SPONSORSHIP_TITLES.test(contact.title) ? 0 : 1);
    const decisionMakers = company.contacts
      .filter((contact) => contact.seniority !== "individual" || SPONSORSHIP_TITLES.test(contact.title))
      .sort((a, b) => rank(a) - rank(b))
      .map((contact) => ({
        contactId: contact.id,
        name: contact.name,
        title: contact.title,
        email: contact.email,
        mayEmail: !contact.unsubscribedAt && !contact.suppressedAt,
      }));
    return { company: company.name, source: "The organization's contact book (no LinkedIn access)", decisionMakers };
  },
});
