import { describe, expect, it } from "vitest";
import type { Answer } from "@/lib/copilot/answer";
import { answerContext, RIVERSIDE } from "@/tests/answer-context";
import { SALES_ANSWERS } from "./answers";

const eventId = RIVERSIDE.id;

function say<Output>(answer: Answer<never, Output>, output: Output, replies?: Record<string, unknown>, input = {}) {
  return answer(answerContext(replies), { eventId, ...input } as never, output);
}

function prospect(name: string, score: number) {
  return {
    companyId: `company-${name}`,
    name,
    industry: "beverages",
    score,
    factors: { fit: 30, budget: 25, engagement: 10, conversion: 20 },
    reasons: ["beverages companies sponsor music events"],
    bestPackage: score >= 80 ? "Gold" : null,
    bestTier: score >= 80 ? "gold" : null,
  };
}

describe("search_sponsors in words", () => {
  it("says when there is nobody to rank, with a link to the import", async () => {
    const said = await say(SALES_ANSWERS.search_sponsors, { eventId, considered: 0, prospects: [] });
    expect(said.summary).toBe(
      "There is no sponsor company in the CRM to rank for Riverside Jazz Fest. Import companies and contacts first.",
    );
    expect(said.link?.href).toBe("/sponsors/import");
  });

  it("lists the top five with scores and packages, how many qualify, then how many more", async () => {
    const prospects = [91, 86, 80, 74, 66, 52, 40].map((score, index) => prospect(`Brand ${index + 1}`, score));
    const said = await say(SALES_ANSWERS.search_sponsors, { eventId, considered: 12, prospects });
    expect(said.summary.split("\n")).toEqual([
      "The top 7 of 12 companies for Riverside Jazz Fest; 3 qualified (score 80+):",
      "- Brand 1 (beverages): 91, Gold package",
      "- Brand 2 (beverages): 86, Gold package",
      "- Brand 3 (beverages): 80, Gold package",
      "- Brand 4 (beverages): 74",
      "- Brand 5 (beverages): 66",
      "and 2 more.",
    ]);
    expect(said.link?.href).toBe(`/sponsors?event=${eventId}`);
  });
});

describe("qualify_lead in words", () => {
  it("gives the score, the verdict, each factor out of its maximum and the reasons", async () => {
    const lead = { ...prospect("Fizz", 85), qualified: true };
    const said = await say(SALES_ANSWERS.qualify_lead, lead);
    expect(said.summary).toBe(
      "Fizz scores 85 of 100 for Riverside Jazz Fest (fit 30/40, budget 25/25, engagement 10/15, conversion 20/20): qualified, 80+ qualifies. Package to propose: Gold. Why:\n- beverages companies sponsor music events",
    );
  });
});

describe("search_linkedin in words", () => {
  it("says when nobody was found, naming the source", async () => {
    const said = await say(SALES_ANSWERS.search_linkedin, {
      company: "Fizz",
      source: "The contact book",
      decisionMakers: [],
    });
    expect(said.summary).toBe("No decision makers found at Fizz (source: The contact book).");
  });

  it("lists the one decision maker, saying when they may not be emailed", async () => {
    const said = await say(SALES_ANSWERS.search_linkedin, {
      company: "Fizz",
      source: "The contact book",
      decisionMakers: [
        { contactId: "c", name: "Ana Silva", title: "VP Marketing", email: "ana@fizz.example", mayEmail: false },
      ],
    });
    expect(said.summary).toBe(
      "1 decision maker at Fizz (source: The contact book):\n- Ana Silva, VP Marketing, ana@fizz.example (no email: unsubscribed or suppressed)",
    );
  });
});

describe("the sales writes in words", () => {
  it("analyze_engagement gives the score, its points and the next action, with a link to the deal's card", async () => {
    const said = await say(SALES_ANSWERS.analyze_engagement, {
      dealId: "deal-1",
      company: "Fizz",
      stage: "proposal_sent",
      score: 45,
      points: { opens: 5, clicks: 10, proposalViews: 20, replies: 10, meeting: 0 },
      nextAction: "Follow up on the proposal they opened; offer a meeting.",
    });
    expect(said.summary).toBe(
      "Fizz (Proposal sent) for Riverside Jazz Fest: engagement 45 of 100 (opens 5, clicks 10, proposal views 20, replies 10, meeting 0 points). Next: Follow up on the proposal they opened; offer a meeting.",
    );
    expect(said.link?.href).toBe(`/sponsors?event=${eventId}#deal-deal-1`);
  });

  it("update_crm says what the deal is now, with its value in the package's currency", async () => {
    const said = await say(
      SALES_ANSWERS.update_crm,
      { dealId: "deal-1", company: "Fizz", stage: "negotiating", valueCents: 1_500_000, created: false },
      { "sponsorDeal.findFirstOrThrow": { package: { name: "Gold", currency: "EUR" } } },
      { nextAction: "Send the contract", nextActionAt: "2027-03-10T15:00:00Z", note: "Wants a booth" },
    );
    expect(said.summary).toBe(
      "Updated the deal with Fizz for Riverside Jazz Fest: stage Negotiating, package Gold, value €15,000, next: Send the contract (Mar 10, 2027, 9:00 AM CST), note added.",
    );
  });

  it("schedule_meeting says when a call is already booked, in the event's time zone", async () => {
    const said = await say(
      SALES_ANSWERS.schedule_meeting,
      { meetingId: "m", url: null, hostEmail: "owner@example.com", to: "ana@fizz.example", sent: false },
      {
        "sponsorDeal.findFirstOrThrow": { company: { name: "Fizz" } },
        "meeting.findFirstOrThrow": { startsAt: new Date("2027-03-09T16:00:00Z") },
      },
      { dealId: "deal-1" },
    );
    expect(said.summary).toBe(
      "ana@fizz.example of Fizz already has a call booked with owner@example.com on Mar 9, 2027, 10:00 AM CST; nothing new was sent.",
    );
  });

  it("start_outreach names the prospects added and says how many are no longer in the CRM", async () => {
    const prospects = [
      { companyId: "a", name: "Fizz", score: 88 },
      { companyId: "b", name: "Tone", score: 82 },
    ];
    const said = await say(
      SALES_ANSWERS.start_outreach,
      { campaignId: "camp-1", deals: [{ dealId: "d", companyId: "a" }] },
      {},
      { campaignId: "camp-1", prospects },
    );
    expect(said.summary).toBe(
      "1 prospect in the pipeline of Riverside Jazz Fest for the campaign (1 no longer in the CRM); it sends their proposals and emails next:\n- Fizz (score 88)",
    );
    expect(said.link?.href).toBe("/sponsors/campaigns/camp-1");
  });
});

describe("in the organization's locale", () => {
  it("update_crm gives the value as 15.000 € and the next action's time on the event's clock, zone named", async () => {
    // A de-DE organization, asked by a viewer in Lisbon: the next action is the event's (Chicago's) 09:00.
    const context = answerContext(
      { "sponsorDeal.findFirstOrThrow": { package: { name: "Gold", currency: "EUR" } } },
      { locale: "de-DE", timeZone: "Europe/Lisbon" },
    );
    const said = await SALES_ANSWERS.update_crm(
      context,
      { eventId, nextAction: "Send the contract", nextActionAt: "2027-03-10T15:00:00Z" } as never,
      { dealId: "deal-1", company: "Fizz", stage: "negotiating", valueCents: 1_500_000, created: false } as never,
    );
    expect(said.summary.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "Updated the deal with Fizz for Riverside Jazz Fest: stage Negotiating, package Gold, value 15.000 €, next: Send the contract (10. März 2027, 09:00 GMT-6).",
    );
  });
});
