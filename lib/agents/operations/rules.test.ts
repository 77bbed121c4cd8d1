import { describe, expect, it } from "vitest";
import {
  daysOverdue,
  deliverableSeverity,
  isBudgetBurnCritical,
  isBudgetOverrunCritical,
  isDeliverableCritical,
  isTicketSalesCritical,
  isVendorCritical,
} from "./rules";

const now = new Date("2026-11-21T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe("deliverables", () => {
  it("are critical from exactly 3 full days overdue", () => {
    expect(daysOverdue(hoursAgo(72), now)).toBe(3);
    expect(isDeliverableCritical(hoursAgo(72), now)).toBe(true);
    expect(isDeliverableCritical(hoursAgo(71), now)).toBe(false);
  });

  it("get a severity by how late or how soon they are", () => {
    expect(deliverableSeverity(hoursAgo(80), now)).toBe("critical");
    expect(deliverableSeverity(hoursAgo(1), now)).toBe("high");
    expect(deliverableSeverity(hoursAgo(-48), now)).toBe("medium");
    expect(deliverableSeverity(hoursAgo(-49), now)).toBe("low");
    expect(deliverableSeverity(hoursAgo(-7 * 24), now)).toBe("low");
    expect(deliverableSeverity(hoursAgo(-7 * 24 - 1), now)).toBeNull();
  });
});

describe("ticket sales", () => {
  it("are critical 40% or more below target with under 30 days to go", () => {
    expect(isTicketSalesCritical(0.4, 29)).toBe(true);
    expect(isTicketSalesCritical(0.39, 29)).toBe(false);
    expect(isTicketSalesCritical(0.4, 30)).toBe(false);
    expect(isTicketSalesCritical(0.6, -1)).toBe(false);
  });
});

describe("budget", () => {
  it("burn is critical over 90% spent with more than 30 days to go", () => {
    expect(isBudgetBurnCritical(90_01, 100_00, 31)).toBe(true);
    expect(isBudgetBurnCritical(90_00, 100_00, 31)).toBe(false);
    expect(isBudgetBurnCritical(95_00, 100_00, 30)).toBe(false);
  });

  it("overrun is critical over 10%", () => {
    expect(isBudgetOverrunCritical(110_01, 100_00)).toBe(true);
    expect(isBudgetOverrunCritical(110_00, 100_00)).toBe(false);
    expect(isBudgetOverrunCritical(1, 0)).toBe(false);
  });
});

describe("vendors", () => {
  it("are critical when they cancel", () => {
    expect(isVendorCritical("cancelled")).toBe(true);
    expect(isVendorCritical("pending")).toBe(false);
    expect(isVendorCritical("confirmed")).toBe(false);
  });
});
