import { describe, expect, it } from "vitest";
import { decisionRefusal, editEscalation, sameArguments } from "./policy";

const EVENT = "0b8f5a52-6d8a-4c86-9a0c-6f1e8f3d9a01";
const DEAL = "4a4f1c7e-2f7b-4f55-8d7e-0f4c6c9a2b11";
const OTHER_DEAL = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f";

const request = { eventId: EVENT, dealId: DEAL, subject: "Hello", text: "Hi there" };

describe("the edit rule", () => {
  it("lets a person reword what the agent asked for", () => {
    expect(
      editEscalation({
        requested: request,
        requestedRecipients: ["lead@forge.example"],
        final: { ...request, subject: "A better subject", text: "Write to me at me@elsewhere.example" },
        finalRecipients: ["lead@forge.example"],
      }),
    ).toBeNull();
  });

  it("sends an edit that points the email at another deal to an admin", () => {
    expect(
      editEscalation({
        requested: request,
        requestedRecipients: ["lead@forge.example"],
        final: { ...request, dealId: OTHER_DEAL },
        finalRecipients: ["lead@forge.example"],
      }),
    ).toMatch(/another record than the agent asked about \(dealId changed\), so an admin or owner decides it/);
  });

  it("sends an edit that adds a prospect to the outreach list to an admin, but not one that removes one", () => {
    const plan = { eventId: EVENT, prospects: [{ companyId: DEAL, name: "Forge", score: 90 }] };
    expect(
      editEscalation({
        requested: plan,
        requestedRecipients: [],
        final: { ...plan, prospects: [...plan.prospects, { companyId: OTHER_DEAL, name: "Nimbus", score: 85 }] },
        finalRecipients: [],
      }),
    ).toMatch(/companyId changed/);
    expect(
      editEscalation({
        requested: { ...plan, prospects: [...plan.prospects, { companyId: OTHER_DEAL, name: "Nimbus", score: 85 }] },
        requestedRecipients: [],
        final: plan,
        finalRecipients: [],
      }),
    ).toBeNull();
  });

  it("sends an edit that writes to a new address to an admin (a recipient, or an address in the arguments)", () => {
    expect(
      editEscalation({
        requested: request,
        requestedRecipients: ["lead@forge.example"],
        final: request,
        finalRecipients: ["lead@forge.example", "someone@else.example"],
      }),
    ).toMatch(/a recipient the agent did not ask to write to \(someone@else.example\)/);
    expect(
      editEscalation({
        requested: { ...request, hostEmail: "owner@org.example" },
        requestedRecipients: ["lead@forge.example"],
        final: { ...request, hostEmail: "stranger@evil.example" },
        finalRecipients: ["lead@forge.example"],
      }),
    ).toMatch(/stranger@evil.example/);
  });

  it("does not count a change of letter case as a new recipient", () => {
    expect(
      editEscalation({
        requested: request,
        requestedRecipients: ["Lead@Forge.example"],
        final: request,
        finalRecipients: ["lead@forge.example"],
      }),
    ).toBeNull();
  });
});

describe("whether arguments were edited", () => {
  it("compares data, not the order of keys", () => {
    expect(sameArguments({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameArguments({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameArguments({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameArguments({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});

describe("who decides an inbox item", () => {
  const ordinary = { risk: "medium" as const, requestedById: "u-member" };
  const critical = { risk: "critical" as const, requestedById: "u-admin" };

  it("lets members and above decide ordinary items, never a viewer", () => {
    expect(decisionRefusal(ordinary, { userId: "u-member", role: "member" }, "approve")).toBeNull();
    expect(decisionRefusal(ordinary, { userId: "u-viewer", role: "viewer" }, "approve")).toMatch(/not decide/);
    expect(decisionRefusal(ordinary, { userId: "u-x", role: null }, "reject")).toMatch(/not decide/);
  });

  it("keeps a policy escalation from members, whether they approve or reject", () => {
    expect(decisionRefusal(critical, { userId: "u-member", role: "member" }, "approve")).toMatch(
      /only an admin or owner/,
    );
    expect(decisionRefusal(critical, { userId: "u-member", role: "member" }, "reject")).toMatch(
      /only an admin or owner/,
    );
  });

  it("lets an admin or owner decide a policy escalation, but not approve their own request", () => {
    expect(decisionRefusal(critical, { userId: "u-owner", role: "owner" }, "approve")).toBeNull();
    expect(decisionRefusal(critical, { userId: "u-admin", role: "admin" }, "approve")).toMatch(
      /You asked for this action yourself/,
    );
    expect(decisionRefusal(critical, { userId: "u-admin", role: "admin" }, "reject")).toBeNull();
    expect(decisionRefusal({ ...critical, requestedById: null }, { userId: "u-admin", role: "admin" }, "approve")).toBe(
      null,
    );
  });
});
