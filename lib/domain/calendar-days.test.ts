import { describe, expect, it } from "vitest";
import { calendarDaysBetween, daysOverdue, daysToEvent, daysUntil, localDate, startOfLocalDay } from "./calendar-days";

const HOUR = 3_600_000;

describe("days to the event", () => {
  it("counts 29.5 days out as the calendar days between today and the event's day", () => {
    // 08:00 on Jan 1 to 20:00 on Jan 30 in Lisbon: 29.5 days, 29 calendar days.
    expect(daysToEvent(new Date("2027-01-30T20:00:00Z"), new Date("2027-01-01T08:00:00Z"), "Europe/Lisbon")).toBe(29);
    // 20:00 on Jan 1 to 08:00 on Jan 31: also 29.5 days, but 30 calendar days.
    expect(daysToEvent(new Date("2027-01-31T08:00:00Z"), new Date("2027-01-01T20:00:00Z"), "Europe/Lisbon")).toBe(30);
  });

  it("reads both dates in the event's time zone, not in UTC", () => {
    // 23:00 UTC on Jan 1 is already Jan 2 in Tokyo; the event at 10:00 Tokyo on Jan 3 is 1 day away.
    const now = new Date("2027-01-01T23:00:00Z");
    const startsAt = new Date("2027-01-03T01:00:00Z");
    expect(daysToEvent(startsAt, now, "Asia/Tokyo")).toBe(1);
    expect(daysToEvent(startsAt, now, "UTC")).toBe(2);
  });

  it("is 0 on the event's day and negative after it", () => {
    const startsAt = new Date("2027-03-10T17:00:00Z");
    expect(daysToEvent(startsAt, new Date("2027-03-10T09:00:00Z"), "UTC")).toBe(0);
    expect(daysToEvent(startsAt, new Date("2027-03-12T09:00:00Z"), "UTC")).toBe(-2);
  });

  it("is not thrown off by a summer-time change", () => {
    // New York moves its clocks on Mar 14, 2027.
    expect(
      calendarDaysBetween(new Date("2027-03-13T12:00:00Z"), new Date("2027-03-15T12:00:00Z"), "America/New_York"),
    ).toBe(2);
  });
});

describe("days overdue", () => {
  const dueAt = new Date("2027-02-01T09:00:00Z");
  it("counts 2 days 23 hours late as 3 days overdue once the third local midnight has passed", () => {
    expect(daysOverdue(dueAt, new Date(dueAt.getTime() + (2 * 24 + 23) * HOUR), "UTC")).toBe(3);
  });

  it("counts 2 days 23 hours late as 2 days where the third midnight has not come yet", () => {
    // Due at 00:30 local (Lisbon, winter = UTC); 2 days 23 hours later is 23:30 on Feb 3.
    const early = new Date("2027-02-01T00:30:00Z");
    expect(daysOverdue(early, new Date(early.getTime() + (2 * 24 + 23) * HOUR), "Europe/Lisbon")).toBe(2);
  });

  it("is 0 before the deadline and on the deadline's own day", () => {
    expect(daysOverdue(dueAt, new Date(dueAt.getTime() - HOUR), "UTC")).toBe(0);
    expect(daysOverdue(dueAt, new Date(dueAt.getTime() + 10 * HOUR), "UTC")).toBe(0);
  });

  it("counts days until a deadline the same way", () => {
    expect(daysUntil(dueAt, new Date("2027-01-30T23:00:00Z"), "UTC")).toBe(2);
    expect(daysUntil(dueAt, new Date("2027-02-01T08:00:00Z"), "UTC")).toBe(0);
  });

  it("names the local calendar date", () => {
    expect(localDate(new Date("2027-01-01T23:00:00Z"), "Asia/Tokyo")).toBe("2027-01-02");
  });
});

describe("the start of a calendar day in a time zone", () => {
  it("is local midnight, in winter and in summer time", () => {
    expect(startOfLocalDay("2026-01-15", "Europe/Lisbon").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "Europe/Lisbon").toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "America/New_York").toISOString()).toBe("2026-07-15T04:00:00.000Z");
    expect(startOfLocalDay("2026-07-15", "Asia/Tokyo").toISOString()).toBe("2026-07-14T15:00:00.000Z");
  });

  it("is found on the day summer time starts", () => {
    // New York moves its clocks at 02:00 on 2026-03-08: midnight is still EST (UTC-5).
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfLocalDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});
