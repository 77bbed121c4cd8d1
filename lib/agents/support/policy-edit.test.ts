import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "./policy";
import { minorUnits, policyFormValues, policyFromForm } from "./policy-edit";

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const valid = {
  tierDays: ["30", "14", ""],
  tierPercent: ["100", "50", ""],
  refundProcessing: "Back on your card within 5-10 business days.",
  transferAllowed: "on",
  transferMinDaysBefore: "1",
  transferFee: "12.50",
  refundLimit: "500",
  needsPerson: "Accessibility\ngroup bookings, visas",
};

describe("the policy editor's form", () => {
  it("reads tiers in order, amounts in the event's currency as minor units, and the topics", () => {
    expect(policyFromForm(form(valid), "EUR")).toEqual({
      ok: true,
      policy: {
        refundTiers: [
          { minDaysBefore: 30, percent: 100 },
          { minDaysBefore: 14, percent: 50 },
        ],
        refundProcessing: "Back on your card within 5-10 business days.",
        transferAllowed: true,
        transferMinDaysBefore: 1,
        transferFeeCents: 1250,
        refundLimitCents: 50_000,
        needsPerson: ["accessibility", "group bookings", "visas"],
      },
    });
    const yen = policyFromForm(form({ ...valid, transferFee: "500", refundLimit: "70000" }), "JPY");
    expect(yen.ok && [yen.policy.transferFeeCents, yen.policy.refundLimitCents]).toEqual([500, 70_000]);
  });

  it("names the field of each problem: tiers out of order, a percent over 100, a bad amount", () => {
    const result = policyFromForm(
      form({ ...valid, tierDays: ["14", "30"], tierPercent: ["50", "101"], refundLimit: "5.555", transferAllowed: "" }),
      "EUR",
    );
    expect(result).toEqual({
      ok: false,
      fields: {
        refundLimit: "Give an amount in EUR with at most 2 decimals, e.g. 500 or 12.50.",
        "refundTiers.1.percent": "A refund percent is between 0 and 100.",
        refundTiers: "List the refund tiers from the most days before the event to the fewest, each with fewer days.",
      },
    });
  });

  it("asks for what is missing rather than reading an empty box as 0", () => {
    const result = policyFromForm(
      form({ ...valid, tierDays: ["30", ""], tierPercent: ["", "25"], refundLimit: "" }),
      "EUR",
    );
    expect(result).toMatchObject({
      ok: false,
      fields: {
        "refundTiers.0.percent": "Give the refund percent.",
        "refundTiers.1.minDaysBefore": "Give the days before the event.",
        refundLimit: "Give an amount (0 for none).",
      },
    });
  });

  it("shows a stored policy back in whole units", () => {
    expect(policyFormValues(DEFAULT_POLICY, "EUR")).toMatchObject({ refundLimit: "500.00", transferFee: "0.00" });
    expect(policyFormValues(DEFAULT_POLICY, "JPY")).toMatchObject({ refundLimit: "50000" });
    expect(minorUnits("-5", "EUR")).toMatch(/Give an amount/);
  });
});
