import { describe, expect, it } from "vitest";
import { classifyReply, replyEscalation, stopsSequence } from "./replies";

describe("reply classification", () => {
  it.each([
    ["Re: DevConf", "Sounds great, let's set up a call next week.", "interested"],
    ["Re: DevConf", "What does the booth size look like?", "question"],
    ["Re: DevConf", "Could you do $20,000 for the platinum package? We'd want a custom package.", "custom_pricing"],
    ["Re: DevConf", "Our legal team needs to review the contract terms first.", "legal_review"],
    ["Re: DevConf", "Please remove me from this list.", "unsubscribe"],
    ["Automatic reply: out of office", "I am away until Monday.", "out_of_office"],
    ["Re: DevConf", "Thanks, but we're not interested this year: no budget.", "objection"],
    ["Re: DevConf", "Interested, if there is a personal fee for me, paid in cash only.", "red_flag"],
  ])("%s / %s → %s", (subject, body, expected) => {
    expect(classifyReply(subject, body)).toBe(expected);
  });

  it("lets an unsubscribe or a legal question win over interest", () => {
    expect(
      classifyReply("Re: offer", "Interested, but please unsubscribe my colleague… actually unsubscribe me."),
    ).toBe("unsubscribe");
    expect(classifyReply("Re: offer", "Interested! Our counsel will look at the contract terms.")).toBe("legal_review");
  });

  it("sends pricing, legal and objections to a person, and lets out-of-office replies keep the sequence", () => {
    expect(replyEscalation("custom_pricing")).toMatch(/pricing outside the packages/);
    expect(replyEscalation("legal_review")).toMatch(/legal review/);
    expect(replyEscalation("objection")).toMatch(/objection/);
    expect(replyEscalation("red_flag")).toMatch(/ethical concern or red flag/);
    expect(replyEscalation("interested")).toBeNull();
    expect(stopsSequence("out_of_office")).toBe(false);
    expect(stopsSequence("interested")).toBe(true);
  });
});
