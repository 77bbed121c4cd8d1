import { describe, expect, it } from "vitest";
import { analyzeEngagement, type EngagementFacts } from "./engagement";

const quiet: EngagementFacts = {
  emailsSent: 1,
  opens: 0,
  clicks: 0,
  proposalViews: 0,
  replies: [],
  meetingBooked: false,
};

describe("engagement analysis", () => {
  it("scores nothing for silence and suggests a follow-up", () => {
    expect(analyzeEngagement(quiet)).toMatchObject({ score: 0, nextAction: expect.stringMatching(/^Follow up; if/) });
  });

  it("caps repeated signals so a reply outweighs many opens", () => {
    const scanner = analyzeEngagement({ ...quiet, opens: 20 });
    const reply = analyzeEngagement({ ...quiet, replies: ["interested"] });
    expect(scanner.score).toBe(15);
    expect(reply.score).toBe(30);
    expect(reply.nextAction).toBe("Answer the reply and offer a meeting.");
  });

  it("adds every kind of signal up to 100 and follows the latest reply", () => {
    const hot = analyzeEngagement({
      emailsSent: 2,
      opens: 3,
      clicks: 2,
      proposalViews: 2,
      replies: ["question"],
      meetingBooked: true,
    });
    expect(hot.score).toBe(100);
    expect(hot.nextAction).toBe("Prepare for the booked meeting.");
    expect(analyzeEngagement({ ...quiet, replies: ["interested", "custom_pricing"] }).nextAction).toMatch(
      /Wait for a person/,
    );
    expect(analyzeEngagement({ ...quiet, replies: ["unsubscribe"] }).nextAction).toMatch(/^Stop/);
    expect(analyzeEngagement({ ...quiet, proposalViews: 1 }).nextAction).toMatch(/proposal they opened/);
  });
});
