import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
} from "./format";

const AT = new Date("2027-02-19T09:00:00Z");

describe("formatting for people", () => {
  it("names the time zone of every clock time", () => {
    // Intl puts a narrow no-break space before AM/PM; compare the words.
    const words = (text: string) => text.replace(/\s/g, " ");
    expect(words(formatDateTime(AT, "UTC"))).toBe("Feb 19, 2027, 9:00 AM UTC");
    expect(words(formatDateTime(AT, "America/New_York"))).toBe("Feb 19, 2027, 4:00 AM EST");
    expect(words(formatDateTime(AT, "Europe/Lisbon"))).toMatch(/^Feb 19, 2027, 9:00 AM (GMT|WET)/);
  });

  it("gives the date of the event's own calendar", () => {
    // 23:30 in New York is already the next day in Tokyo.
    const late = new Date("2027-02-20T04:30:00Z");
    expect(formatDate(late, "America/New_York")).toBe("Feb 19, 2027");
    expect(formatDate(late, "Asia/Tokyo")).toBe("Feb 20, 2027");
  });

  it("formats money in minor units, numbers and shares", () => {
    expect(formatMoney(4_200_000, "EUR")).toBe("€42,000");
    expect(formatMoney(6_500_000, "USD", { compact: true })).toBe("$65K");
    expect(formatNumber(1200)).toBe("1,200");
    expect(formatPercent(0.394)).toBe("39%");
    expect(formatPercent(0.3945, 1)).toBe("39.5%");
  });

  it("says how long ago or how soon, and how long", () => {
    const now = new Date("2027-02-19T12:00:00Z");
    expect(formatRelative(new Date("2027-02-19T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatRelative(new Date("2027-02-25T12:00:00Z"), now)).toBe("in 6 days");
    expect(formatRelative(now, now)).toBe("just now");
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(245_000)).toBe("4 min 5 s");
  });
});
