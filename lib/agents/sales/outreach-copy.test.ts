import { describe, expect, it } from "vitest";
import { followUpEmail, initialEmail, type OutreachFacts } from "./outreach-copy";

const facts: OutreachFacts = {
  contactName: "Ada Lovelace",
  company: "Analytical Engines",
  event: {
    name: "DevConf Lisbon",
    city: "Lisbon",
    startsOn: "Feb 19, 2027",
    capacity: "1,400",
    audiences: ["developers", "engineering leaders"],
  },
  packageName: "Gold",
  proposalUrl: "https://eventos.example/p/abc",
  spotsLeft: 1,
};

describe("outreach copy", () => {
  it("carries the proposal link in every email, with a different angle each time", () => {
    const emails = [initialEmail(facts), followUpEmail(facts, 1), followUpEmail(facts, 2)];
    for (const email of emails) expect(email.text).toContain(facts.proposalUrl);
    expect(emails[0]?.text).toMatch(/^Hello Ada,/);
    expect(emails[0]?.text).toContain("1,400 developers and engineering leaders to Lisbon");
    expect(emails[1]?.text).toContain("the audience Analytical Engines wants to reach");
    expect(emails[2]?.text).toContain("one Gold spot is still open");
    expect(new Set(emails.map((email) => email.text)).size).toBe(3);
    expect(emails.map((email) => email.text).join()).not.toMatch(/undefined|NaN/);
  });
});
