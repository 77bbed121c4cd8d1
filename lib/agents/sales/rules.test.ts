import { describe, expect, it } from "vitest";
import { dealValueEscalation, isQualified, toUsdCents } from "./rules";

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
});
