import type { DbOrTx } from "@/lib/db/client";
import { type EventFacts, type SponsorFacts, scoreSponsor } from "./scoring";

type EventRow = { id: string; category: string; audiences: string[]; country: string | null; startsAt: Date };

/** What the matching engine knows about the event: its kind, audiences, country and packages. */
export async function eventFacts(db: DbOrTx, event: EventRow): Promise<EventFacts> {
  const packages = await db.sponsorshipPackage.findMany({
    where: { eventId: event.id },
    select: { tier: true, name: true, priceCents: true, currency: true },
  });
  return {
    category: event.category,
    audiences: event.audiences,
    country: event.country,
    year: event.startsAt.getUTCFullYear(),
    packages,
  };
}

/**
 * The organization's companies (all, or the ones named) scored for one event, best first. Companies
 * already won or lost for this event are left out: there is nothing to prospect.
 */
export async function scoreProspects(
  db: DbOrTx,
  organizationId: string,
  event: EventRow,
  options: { companyIds?: string[] } = {},
) {
  const facts = await eventFacts(db, event);
  const companies = await db.sponsorCompany.findMany({
    where: { organizationId, ...(options.companyIds ? { id: { in: options.companyIds } } : {}) },
    include: {
      contacts: { select: { seniority: true, title: true, unsubscribedAt: true, suppressedAt: true } },
      pastSponsorships: { select: { year: true, eventIndustry: true } },
      deals: { select: { eventId: true, stage: true } },
    },
  });
  return companies
    .filter(
      (company) => !company.deals.some((deal) => deal.eventId === event.id && ["won", "lost"].includes(deal.stage)),
    )
    .map((company) => {
      const sponsor: SponsorFacts = {
        industry: company.industry,
        audiences: company.audiences,
        country: company.country,
        budgetMinCents: company.budgetMinCents,
        budgetMaxCents: company.budgetMaxCents,
        currency: company.currency,
        contacts: company.contacts.map((contact) => ({
          seniority: contact.seniority,
          title: contact.title,
          reachable: !contact.unsubscribedAt && !contact.suppressedAt,
        })),
        pastSponsorships: company.pastSponsorships,
        history: company.deals.filter((deal) => deal.eventId !== event.id).map((deal) => deal.stage),
      };
      return { companyId: company.id, name: company.name, industry: company.industry, ...scoreSponsor(sponsor, facts) };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
