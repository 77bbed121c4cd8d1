import { describe, expect, it } from "vitest";
import { bindFormatter } from "@/lib/format";
import { proposalFacts } from "./facts";

const proposal = {
  package: { priceCents: 6_500_000, currency: "EUR" },
  deal: {
    event: {
      name: "DevConf Lisbon",
      // 23:30 UTC on Feb 19 is already Feb 20 in Berlin, still Feb 19 in Lisbon.
      startsAt: new Date("2027-02-19T23:30:00Z"),
      timezone: "Europe/Lisbon",
      venue: "FIL",
      city: "Lisbon",
    },
    company: { name: "Analytical Engines" },
  },
};

const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, " ");

describe("the shared proposal's facts", () => {
  it("are written in the organization's locale, the date on the event's clock", () => {
    const shown = proposalFacts(proposal, bindFormatter({ locale: "pt-PT", timeZone: "Europe/Berlin" }));
    expect(plain(shown.price)).toBe("65 000 €");
    expect(shown.facts.find((fact) => fact.label === "Date")?.value).toBe("19/02/2027");
  });

  it("read as before for an organization on the default locale", () => {
    const shown = proposalFacts(proposal, bindFormatter({ locale: "en-US", timeZone: "UTC" }));
    expect(shown.price).toBe("€65,000");
    expect(shown.facts).toEqual([
      { label: "Event", value: "DevConf Lisbon" },
      { label: "Date", value: "Feb 19, 2027" },
      { label: "Venue", value: "FIL, Lisbon" },
      { label: "Prepared for", value: "Analytical Engines" },
    ]);
  });
});
