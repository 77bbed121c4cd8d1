import type { Formatter } from "@/lib/format";

type ShownProposal = {
  package: { priceCents: number; currency: string };
  deal: {
    event: { name: string; startsAt: Date; timezone: string; venue: string; city: string };
    company: { name: string };
  };
};

/**
 * What the proposal's header and package box state, written with the proposal's organization's
 * formatter: its locale, the event's date on the event's clock.
 */
export function proposalFacts({ package: pkg, deal }: ShownProposal, format: Pick<Formatter, "date" | "money">) {
  const { event, company } = deal;
  return {
    facts: [
      { label: "Event", value: event.name },
      { label: "Date", value: format.date(event.startsAt, event.timezone) },
      { label: "Venue", value: `${event.venue}, ${event.city}` },
      { label: "Prepared for", value: company.name },
    ],
    price: format.money(pkg.priceCents, pkg.currency),
  };
}
