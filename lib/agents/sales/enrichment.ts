import type { DbOrTx } from "@/lib/db/client";
import type { Seniority } from "@/lib/db/generated/enums";
import { type Env, env } from "@/lib/env";

export type DecisionMaker = { contactId: string | null; name: string; title: string; email: string; mayEmail: boolean };

/**
 * Where search_linkedin finds decision makers. No LinkedIn or enrichment access exists on this machine,
 * so the one source is the organization's own contact book; a data provider (Apollo, Clearbit…) plugs in
 * as another source chosen with ENRICHMENT_PROVIDER, and its `label` is what the tool and the UI show.
 */
export type EnrichmentProvider = {
  label: string;
  findDecisionMakers(db: DbOrTx, organizationId: string, companyId: string): Promise<DecisionMaker[]>;
};

const SENIORITY_RANK: Record<Seniority, number> = { c_level: 0, vp: 1, director: 2, manager: 3, individual: 4 };
/** Titles of the people who decide on sponsorships. */
const SPONSORSHIP_TITLES = /sponsor|partner|brand|marketing|event|community|developer relations|devrel|communications/i;

export const contactBook: EnrichmentProvider = {
  label: "The organization's contact book (no LinkedIn access)",
  async findDecisionMakers(db, organizationId, companyId) {
    const contacts = await db.sponsorContact.findMany({ where: { organizationId, companyId } });
    const rank = (contact: (typeof contacts)[number]) =>
      SENIORITY_RANK[contact.seniority] * 2 + (SPONSORSHIP_TITLES.test(contact.title) ? 0 : 1);
    return contacts
      .filter((contact) => contact.seniority !== "individual" || SPONSORSHIP_TITLES.test(contact.title))
      .sort((a, b) => rank(a) - rank(b))
      .map((contact) => ({
        contactId: contact.id,
        name: contact.name,
        title: contact.title,
        email: contact.email,
        mayEmail: !contact.unsubscribedAt && !contact.suppressedAt,
      }));
  },
};

const PROVIDERS: Record<Env["ENRICHMENT_PROVIDER"], EnrichmentProvider> = { "contact-book": contactBook };

export function enrichmentProvider(config: Env = env): EnrichmentProvider {
  return PROVIDERS[config.ENRICHMENT_PROVIDER];
}
