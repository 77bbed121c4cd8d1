import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, refundQuote, supportPolicyInput, transferCheck, wholeDaysBefore } from "./policy";

/** An event at 09:00 in Lisbon (UTC+0 in winter) on 31 January 2027. */
const lisbon = { startsAt: new Date("2027-01-31T09:00:00Z"), timezone: "Europe/Lisbon", currency: "EUR" };
const order = (totalCents: number, refundedCents = 0) => ({ totalCents, refundedCents });
const quote = (now: string, o = order(20_000), event = lisbon, policy = DEFAULT_POLICY) =>
  refundQuote(policy, { event, order: o, now: new Date(now) });

describe("wholeDaysBefore", () => {
  it("counts calendar days in the event's zone, whatever the hour", () => {
    expect(wholeDaysBefore(lisbon, new Date("2027-01-30T23:59:00Z"))).toBe(1);
    expect(wholeDaysBefore(lisbon, new Date("2027-01-31T00:00:00Z"))).toBe(0);
    expect(wholeDaysBefore(lisbon, new Date("2027-01-31T20:00:00Z"))).toBe(0);
    expect(wholeDaysBefore(lisbon, new Date("2027-02-01T08:00:00Z"))).toBe(-1);
    // 29.4 days of clock time, but the 1st and the 31st are 30 calendar days apart.
    expect(wholeDaysBefore(lisbon, new Date("2027-01-01T23:59:00Z"))).toBe(30);
  });

  it("reads the same instants differently in Auckland and Los Angeles", () => {
    const start = new Date("2027-01-31T10:00:00Z"); // 23:00 on the 31st in Auckland, 02:00 on the 31st in LA
    const now = new Date("2027-01-01T12:00:00Z"); // 01:00 on the 2nd in Auckland, 04:00 on the 1st in LA
    const auckland = { startsAt: start, timezone: "Pacific/Auckland", currency: "NZD" };
    const losAngeles = { startsAt: start, timezone: "America/Los_Angeles", currency: "USD" };
    expect(wholeDaysBefore(auckland, now)).toBe(29);
    expect(wholeDaysBefore(losAngeles, now)).toBe(30);
    expect(quote(now.toISOString(), order(10_000), auckland).percent).toBe(50);
    expect(quote(now.toISOString(), order(10_000), losAngeles).percent).toBe(100);
  });
});

describe("refundQuote tiers", () => {
  it.each([
    ["2027-01-01T12:00:00Z", 30, 100, 20_000],
    ["2027-01-02T00:00:00Z", 29, 50, 10_000],
    ["2027-01-17T12:00:00Z", 14, 50, 10_000],
    ["2027-01-18T00:00:00Z", 13, 25, 5_000],
    ["2027-01-24T23:59:59Z", 7, 25, 5_000],
    ["2027-01-25T00:00:00Z", 6, 0, 0],
    ["2027-01-31T08:00:00Z", 0, 0, 0],
    ["2027-02-02T08:00:00Z", -2, 0, 0],
  ])("at %s (%i days) refunds %i%% = %i", (now, days, percent, amount) => {
    const result = quote(now);
    expect(result).toMatchObject({ daysBefore: days, percent, amountCents: amount, currency: "EUR" });
  });

  it("says when the current tier stops applying: local midnight after its last day", () => {
    expect(quote("2027-01-01T12:00:00Z").windowClosesAt).toEqual(new Date("2027-01-02T00:00:00Z"));
    expect(quote("2027-01-10T12:00:00Z").windowClosesAt).toEqual(new Date("2027-01-18T00:00:00Z"));
    expect(quote("2027-01-24T12:00:00Z").windowClosesAt).toEqual(new Date("2027-01-25T00:00:00Z"));
    expect(quote("2027-01-25T12:00:00Z").windowClosesAt).toBeNull();
    // In Los Angeles local midnight is 08:00 UTC; one second before it the tier still applies.
    const la = { ...lisbon, timezone: "America/Los_Angeles", startsAt: new Date("2027-01-31T17:00:00Z") };
    const closes = quote("2027-01-01T20:00:00Z", order(100), la).windowClosesAt;
    expect(closes).toEqual(new Date("2027-01-02T08:00:00Z"));
    expect(quote("2027-01-02T07:59:59Z", order(100), la).percent).toBe(100);
    expect(quote("2027-01-02T08:00:00Z", order(100), la).percent).toBe(50);
  });

  it("names the tier that applies after this one", () => {
    expect(quote("2027-01-01T12:00:00Z").nextTier).toEqual({ minDaysBefore: 14, percent: 50 });
    expect(quote("2027-01-20T12:00:00Z").nextTier).toBeNull();
  });
});

describe("refundQuote amounts", () => {
  it("refunds a share of what is left on a partially refunded order", () => {
    const result = quote("2027-01-10T12:00:00Z", order(20_000, 5_000));
    expect(result).toMatchObject({ percent: 50, refundableCents: 15_000, amountCents: 7_500 });
    expect(quote("2027-01-01T12:00:00Z", order(20_000, 20_000)).amountCents).toBe(0);
  });

  it("rounds to the minor unit", () => {
    expect(quote("2027-01-20T12:00:00Z", order(1_999)).amountCents).toBe(500); // 499.75
    expect(quote("2027-01-10T12:00:00Z", order(1_999)).amountCents).toBe(1_000); // 999.5
  });

  it("counts a zero-decimal currency in whole units (JPY)", () => {
    const tokyo = { startsAt: new Date("2027-01-31T00:00:00Z"), timezone: "Asia/Tokyo", currency: "JPY" };
    const result = quote("2027-01-20T12:00:00Z", order(12_345), tokyo);
    expect(result).toMatchObject({ percent: 25, amountCents: 3_086, currency: "JPY", overLimit: false });
  });

  it("holds exactly the limit within it, one minor unit more over it", () => {
    const at = "2027-01-01T12:00:00Z";
    expect(quote(at, order(49_999)).overLimit).toBe(false);
    expect(quote(at, order(50_000)).overLimit).toBe(false);
    expect(quote(at, order(50_001)).overLimit).toBe(true);
    const strict = { ...DEFAULT_POLICY, refundLimitCents: 10_000 };
    expect(quote("2027-01-10T12:00:00Z", order(20_002), lisbon, strict)).toMatchObject({
      amountCents: 10_001,
      overLimit: true,
    });
  });
});

describe("transferCheck", () => {
  it("allows transfers until the day before, then refuses with the rule in words", () => {
    const evening = transferCheck(DEFAULT_POLICY, { event: lisbon, now: new Date("2027-01-30T23:59:00Z") });
    expect(evening).toMatchObject({ allowed: true, feeCents: 0, closesAt: new Date("2027-01-31T00:00:00Z") });
    const morning = transferCheck(DEFAULT_POLICY, { event: lisbon, now: new Date("2027-01-31T00:00:00Z") });
    expect(morning.allowed).toBe(false);
    expect(morning.reason).toBe("Transfers are closed: tickets can be transferred until 1 day before the event.");
  });

  it("refuses every transfer when the policy allows none, and carries the fee", () => {
    const none = transferCheck(
      { ...DEFAULT_POLICY, transferAllowed: false },
      { event: lisbon, now: new Date("2026-12-01T00:00:00Z") },
    );
    expect(none).toMatchObject({ allowed: false, closesAt: null });
    const paid = transferCheck(
      { ...DEFAULT_POLICY, transferFeeCents: 1_500, transferMinDaysBefore: 7 },
      { event: lisbon, now: new Date("2027-01-24T12:00:00Z") },
    );
    expect(paid).toMatchObject({ allowed: true, feeCents: 1_500, closesAt: new Date("2027-01-25T00:00:00Z") });
  });
});

describe("supportPolicyInput", () => {
  const valid = { ...DEFAULT_POLICY };
  it("accepts the defaults", () => {
    expect(supportPolicyInput.safeParse(valid).success).toBe(true);
  });
  it.each([
    [
      "tiers out of order",
      [
        { minDaysBefore: 7, percent: 25 },
        { minDaysBefore: 30, percent: 100 },
      ],
    ],
    [
      "two tiers with the same days",
      [
        { minDaysBefore: 14, percent: 50 },
        { minDaysBefore: 14, percent: 25 },
      ],
    ],
    ["a percent over 100", [{ minDaysBefore: 30, percent: 101 }]],
    ["a negative percent", [{ minDaysBefore: 30, percent: -1 }]],
  ])("refuses %s", (_name, refundTiers) => {
    expect(supportPolicyInput.safeParse({ ...valid, refundTiers }).success).toBe(false);
  });
});
