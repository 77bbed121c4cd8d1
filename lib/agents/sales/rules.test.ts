import { describe, expect, it } from "vitest";
import { dealChangeEscalation, dealValueEscalation, isQualified, toUsdCents } from "./rules";

describe("sales rules", () => {
  it("qualifies a lead from 80 up", () => {
    expect(isQualified(79)).toBe(false);
    expect(isQualified(80)).toBe(true);
    expect(isQualified(100)).toBe(true);
  });

  it("sends deals over $50,000 to a person, not deals of exactly $50,000", () => {
    expect(dealValueEscalation(5_000_000, "USD")).toBeNull();
    expect(dealValueEscalation(5_000_100, "USD")).toMatch(/\$50,001 exceeds \$50,000/);
    expect(dealValueEscalation(4_999_999, "USD")).toBeNull();
  });

  it("compares other currencies through a coarse reference rate, and escalates unknown ones", () => {
    expect(toUsdCents(100, "eur")).toBe(110);
    expect(dealValueEscalation(4_500_000, "EUR")).toBeNull(); // €45,000 ≈ $49,500
    expect(dealValueEscalation(4_600_000, "EUR")).toMatch(/exceeds/); // €46,000 ≈ $50,600
    expect(dealValueEscalation(6_500_000, "EUR")).toMatch(/€65,000 exceeds \$50,000/);
    expect(dealValueEscalation(1_000, "JPY")).toMatch(/cannot compare/);
  });

  it("holds a change of stage on a deal worth over $50,000 after the change, not a note on it", () => {
    const title = { amountCents: 6_500_000, currency: "EUR" };
    expect(dealChangeEscalation(title, { stage: true })).toMatch(/€65,000 exceeds \$50,000/);
    expect(dealChangeEscalation(title, {})).toBeNull();
    // The value after the change decides: moving a €65,000 deal down to a €15,000 package is fine,
    // moving a €15,000 deal up to the €65,000 package is not.
    expect(dealChangeEscalation(title, { pkg: { priceCents: 1_500_000, currency: "EUR" } })).toBeNull();
    expect(
      dealChangeEscalation(
        { amountCents: 1_500_000, currency: "EUR" },
        { pkg: { priceCents: 6_500_000, currency: "EUR" } },
      ),
    ).toMatch(/exceeds/);
  });

  it("compares a deal change at the line in the deal's currency, and never guesses a missing one", () => {
    expect(dealChangeEscalation({ amountCents: 5_000_000, currency: "USD" }, { stage: true })).toBeNull();
    expect(dealChangeEscalation({ amountCents: 5_000_001, currency: "USD" }, { stage: true })).toMatch(/exceeds/);
    expect(dealChangeEscalation({ amountCents: 4_545_454, currency: "EUR" }, { stage: true })).toBeNull(); // ≈ $49,999.99
    expect(dealChangeEscalation({ amountCents: 4_545_455, currency: "EUR" }, { stage: true })).toMatch(/exceeds/); // ≈ $50,000.01
    expect(dealChangeEscalation({ amountCents: null, currency: "EUR" }, { stage: true })).toBeNull();
    expect(dealChangeEscalation({ amountCents: 100, currency: null }, { stage: true })).toMatch(/no currency/);
    expect(dealChangeEscalation({ amountCents: 100, currency: "JPY" }, { stage: true })).toMatch(/cannot compare/);
  });
});
