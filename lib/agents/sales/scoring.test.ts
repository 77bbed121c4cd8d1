import { describe, expect, it } from "vitest";
import { isQualified } from "./rules";
import { type EventFacts, type SponsorFacts, scoreSponsor } from "./scoring";

const devConf: EventFacts = {
  category: "technology",
  audiences: ["developers", "engineering leaders"],
  country: "PT",
  year: 2026,
  packages: [
    { tier: "title", name: "Title", priceCents: 6_500_000, currency: "EUR" },
    { tier: "platinum", name: "Platinum", priceCents: 4_000_000, currency: "EUR" },
    { tier: "community", name: "Community", priceCents: 300_000, currency: "EUR" },
  ],
};

const devTools: SponsorFacts = {
  industry: "Developer Tools",
  audiences: ["developers", "engineering leaders"],
  country: "PT",
  budgetMinCents: 2_000_000,
  budgetMaxCents: 5_000_000,
  currency: "EUR",
  contacts: [{ seniority: "vp", title: "VP Developer Relations", reachable: true }],
  pastSponsorships: [
    { year: 2025, eventIndustry: "technology" },
    { year: 2024, eventIndustry: "technology" },
  ],
  history: [],
};

describe("lead scoring", () => {
  it("scores a strong fit on every count and explains it", () => {
    const result = scoreSponsor(devTools, devConf);
    expect(result.factors).toEqual({ fit: 40, budget: 25, engagement: 0, conversion: 18 });
    expect(result.score).toBe(83);
    expect([result.bestPackage, result.bestTier]).toEqual(["Platinum", "platinum"]);
    expect(result.reasons).toEqual([
      "Developer Tools companies sponsor technology events",
      "Wants to reach developers, engineering leaders",
      "Sponsored 2 technology events before",
      "Usual budget covers the Platinum package",
      "Reaches a decision maker (VP Developer Relations)",
      "2 sponsorships in the last 3 years",
      "Based in the event's country",
    ]);
  });

  it("puts the qualification line between 79 and 80", () => {
    const at79 = scoreSponsor({ ...devTools, country: "DE" }, devConf);
    expect(at79.score).toBe(79);
    expect(isQualified(at79.score)).toBe(false);
    const at80 = scoreSponsor(
      {
        ...devTools,
        contacts: [{ seniority: "manager", title: "Community Manager", reachable: true }],
        pastSponsorships: [2026, 2025, 2024].map((year) => ({ year, eventIndustry: "technology" })),
      },
      devConf,
    );
    expect(at80.factors.conversion).toBe(15);
    expect(at80.score).toBe(80);
    expect(isQualified(at80.score)).toBe(true);
  });

  it("weighs the budget against the packages in dollars", () => {
    const budget = (budgetMaxCents: number | null) =>
      scoreSponsor({ ...devTools, budgetMaxCents, currency: "USD" }, devConf).factors.budget;
    expect(budget(8_000_000)).toBe(25); // $80k covers the €65k title package (≈ $71.5k)
    expect(budget(250_000)).toBe(8); // $2.5k: community ≈ $3.3k is within 1.5x
    expect(budget(100_000)).toBe(0);
    expect(budget(null)).toBe(10);
  });

  it("counts what happened with us before, and an unreachable company converts worse", () => {
    expect(scoreSponsor({ ...devTools, history: ["lost", "won"] }, devConf).factors.engagement).toBe(15);
    expect(scoreSponsor({ ...devTools, history: ["negotiating"] }, devConf).factors.engagement).toBe(10);
    const silent = scoreSponsor(
      { ...devTools, contacts: [{ seniority: "c_level", title: "CEO", reachable: false }] },
      devConf,
    );
    expect(silent.factors.conversion).toBe(10);
    expect(silent.reasons).toContain("No contact we may email");
  });

  it("ranks a fitting company above a neighbouring industry above a poor fit", () => {
    const beverage: SponsorFacts = {
      ...devTools,
      industry: "Beverages",
      audiences: ["music fans"],
      pastSponsorships: [{ year: 2025, eventIndustry: "music" }],
    };
    const retail: SponsorFacts = {
      ...devTools,
      industry: "Local Retail",
      audiences: [],
      budgetMaxCents: 100_000,
      pastSponsorships: [],
      contacts: [],
    };
    const scores = [retail, beverage, devTools].map((sponsor) => scoreSponsor(sponsor, devConf).score);
    expect(scores[2]).toBeGreaterThan(scores[1] ?? 0);
    expect(scores[1]).toBeGreaterThan(scores[0] ?? 0);
  });
});
