import { describe, expect, it } from "vitest";
import { daysOverdue } from "@/lib/domain/calendar-days";
import {
  deliverableSeverity,
  followedUpRecently,
  isBudgetBurnCritical,
  isBudgetOverrunCritical,
  isDeliverableCritical,
  isTicketSalesCritical,
  isVendorCritical,
  remindedRecently,
} from "./rules";

const now = new Date("2026-11-21T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe("deliverables", () => {
  const tz = "UTC";
  it("are critical 2 days 23 hours overdue once the third local midnight has passed", () => {
    // Due Nov 18 at 13:00; at 12:00 on Nov 21 it is 71 hours late: three calendar days.
    expect(daysOverdue(hoursAgo(71), now, tz)).toBe(3);
    expect(isDeliverableCritical(hoursAgo(71), now, tz)).toBe(true);
  });

  it("are not critical 2 days 23 hours overdue when only two local midnights have passed", () => {
    // Due Nov 18 at 00:30 in Lisbon (UTC in winter); Nov 20 at 23:30 is 71 hours later, two calendar days.
    const dueAt = new Date("2026-11-18T00:30:00Z");
    const at = new Date(dueAt.getTime() + 71 * 3_600_000);
    expect(daysOverdue(dueAt, at, "Europe/Lisbon")).toBe(2);
    expect(isDeliverableCritical(dueAt, at, "Europe/Lisbon")).toBe(false);
    expect(deliverableSeverity(dueAt, at, "Europe/Lisbon")).toBe("high");
  });

  it("get a severity by how late or how soon they are, in calendar days", () => {
    expect(deliverableSeverity(hoursAgo(80), now, tz)).toBe("critical");
    expect(deliverableSeverity(hoursAgo(1), now, tz)).toBe("high");
    expect(deliverableSeverity(hoursAgo(-48), now, tz)).toBe("medium");
    // Nov 23 at 23:00 is still 2 days away; Nov 24 at 00:30 is 3.
    expect(deliverableSeverity(hoursAgo(-59), now, tz)).toBe("medium");
    expect(deliverableSeverity(hoursAgo(-60.5), now, tz)).toBe("low");
    expect(deliverableSeverity(hoursAgo(-7 * 24 - 11), now, tz)).toBe("low");
    expect(deliverableSeverity(hoursAgo(-7 * 24 - 12.5), now, tz)).toBeNull();
  });
});

describe("repeats", () => {
  it("a reminder is not repeated within 24 hours", () => {
    expect(remindedRecently(null, now)).toBe(false);
    expect(remindedRecently(hoursAgo(23.9), now)).toBe(true);
    expect(remindedRecently(hoursAgo(24), now)).toBe(false);
  });

  it("a vendor is not chased again within 3 days", () => {
    expect(followedUpRecently(hoursAgo(71), now)).toBe(true);
    expect(followedUpRecently(hoursAgo(72), now)).toBe(false);
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
