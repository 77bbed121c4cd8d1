import { describe, expect, it, vi } from "vitest";
import { type ProposalFacts, proposalBrief, templateProposal, writeProposal } from "./proposal-writer";

const facts: ProposalFacts = {
  locale: "en-US",
  contactName: "Ana Costa",
  company: {
    name: "Forge",
    industry: "Developer Tools",
    audiences: ["developers", "designers"],
    description: null,
    pastSponsorships: [
      { eventName: "DevConf", year: 2025, tier: "gold", eventIndustry: "technology" },
      { eventName: "Summer Beats", year: 2024, tier: "silver", eventIndustry: "music" },
    ],
  },
  event: {
    name: "Harbour Tech Day",
    category: "technology",
    audiences: ["developers", "engineering leaders"],
    capacity: 1_200,
    venue: "Pavilhão 2",
    city: "Porto",
    startsAt: new Date("2027-02-19T09:00:00Z"),
    timezone: "Europe/Lisbon",
  },
  pkg: {
    name: "Gold",
    priceCents: 1_500_000,
    currency: "EUR",
    benefits: ["Booth", "Logo on stage"],
    spots: 6,
    spotsLeft: 2,
  },
};

describe("the template proposal", () => {
  const body = templateProposal(facts);

  it("writes the date, the audience's size and the price in the organization's locale", () => {
    const german = templateProposal({ ...facts, locale: "de-DE" }).replace(/[\u00a0\u202f]/g, " ");
    expect(german).toContain("Harbour Tech Day (19.02.2027, Pavilhão 2, Porto)");
    expect(german).toContain("1.200 attendees, mostly developers and engineering leaders");
    expect(german).toContain("the Gold package at 15.000 €.");
    // The sentences stay English, lists joined with "and".
    expect(german).toContain("It includes Booth and Logo on stage.");
  });

  it("greets the contact and says why the event fits the company, with the CRM's facts", () => {
    expect(body.startsWith("Dear Ana Costa,")).toBe(true);
    expect(body).toContain("Harbour Tech Day (Feb 19, 2027, Pavilhão 2, Porto)");
    expect(body).toContain("1,200 attendees, mostly developers and engineering leaders");
    expect(body).toContain("Forge wants to reach developers");
    expect(body).toContain("sponsored technology events before (DevConf in 2025)");
    expect(body).toContain("Developer Tools brands are a natural fit for technology events");
    expect(body).not.toContain("Summer Beats");
  });

  it("presents the package with its price, benefits, spots left and the next step", () => {
    expect(body).toContain("the Gold package at €15,000. It includes Booth and Logo on stage.");
    expect(body).toContain("2 of 6 Gold spots are still open.");
    expect(body).toContain("The next step is a 30-minute call");
    expect(body).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it("reads well with few facts: no contact, no shared audience, no history, one spot left", () => {
    const sparse = templateProposal({
      ...facts,
      contactName: null,
      company: { ...facts.company, industry: "Banking", audiences: [], pastSponsorships: [] },
      event: { ...facts.event, audiences: [] },
      pkg: { ...facts.pkg, benefits: [], spots: 1, spotsLeft: 1 },
    });
    expect(sparse.startsWith("Hello Forge team,")).toBe(true);
    expect(sparse).toContain("1,200 attendees, mostly technology attendees");
    expect(sparse).toContain("a focused technology audience");
    expect(sparse).toContain("Only one Gold spot is still open");
    expect(sparse).not.toMatch(/undefined|null|NaN|It includes/);
  });
});

describe("writing a proposal", () => {
  it("uses the model's text when a model answers, and gives it the facts", async () => {
    const model = vi.fn(async () => "Dear Ana,\n\n\n\nA letter.");
    const written = await writeProposal(facts, model);
    expect(written).toEqual({
      title: "Gold sponsorship of Harbour Tech Day for Forge",
      body: "Dear Ana,\n\nA letter.",
      writtenBy: "model",
    });
    const [system, brief] = model.mock.calls[0] as unknown as [string, string];
    expect(system).toContain("Professional, consultative, data-driven. Not pushy.");
    expect(brief).toBe(proposalBrief(facts));
    expect(brief).toContain("Gold at €15,000. Benefits: Booth; Logo on stage.");
  });

  it("falls back to the template without a model, or when the model fails or says nothing", async () => {
    const template = templateProposal(facts);
    expect((await writeProposal(facts, null)).body).toBe(template);
    const failing = await writeProposal(facts, async () => {
      throw new Error("rate limited");
    });
    expect(failing).toMatchObject({ body: template, writtenBy: "template" });
    expect(await writeProposal(facts, async () => "  ")).toMatchObject({ writtenBy: "template" });
  });
});
