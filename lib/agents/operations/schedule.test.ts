import { describe, expect, it } from "vitest";
import { dueDailyChecks, dueWeeklyReports, isoWeek, localClock } from "./schedule";

const lisbon = { id: "e-lisbon", organizationId: "o", timezone: "Europe/Lisbon" };
const tokyo = { id: "e-tokyo", organizationId: "o", timezone: "Asia/Tokyo" };
const newYork = { id: "e-ny", organizationId: "o", timezone: "America/New_York" };

describe("daily check schedule", () => {
  it("reads the local date and hour of a time zone, summer time included", () => {
    expect(localClock(new Date("2026-07-01T06:30:00Z"), "Europe/Lisbon")).toEqual({ date: "2026-07-01", hour: 7 });
    expect(localClock(new Date("2026-12-01T06:30:00Z"), "Europe/Lisbon")).toEqual({ date: "2026-12-01", hour: 6 });
    expect(localClock(new Date("2026-12-01T23:30:00Z"), "Asia/Tokyo")).toEqual({ date: "2026-12-02", hour: 8 });
  });

  it("is due from 08:00 local time, keyed by the local day", () => {
    const now = new Date("2026-12-01T23:30:00Z"); // Tokyo 08:30 on Dec 2, Lisbon 23:30, New York 18:30
    expect(dueDailyChecks([tokyo], now)).toEqual([
      { organizationId: "o", eventId: "e-tokyo", dedupeKey: "daily-check-e-tokyo-2026-12-02" },
    ]);
    const early = new Date("2026-12-01T07:59:00Z"); // Lisbon 07:59, Tokyo 16:59, New York 02:59
    expect(dueDailyChecks([lisbon, tokyo, newYork], early).map((due) => due.eventId)).toEqual(["e-tokyo"]);
    const boundary = new Date("2026-12-01T08:00:00Z"); // Lisbon 08:00
    expect(dueDailyChecks([lisbon], boundary).map((due) => due.dedupeKey)).toEqual(["daily-check-e-lisbon-2026-12-01"]);
  });

  it("gives every tick of the same local day the same key", () => {
    const keys = ["2026-12-01T09:00:00Z", "2026-12-01T15:00:00Z", "2026-12-01T23:00:00Z"].map(
      (at) => dueDailyChecks([lisbon], new Date(at))[0]?.dedupeKey,
    );
    expect(new Set(keys)).toEqual(new Set(["daily-check-e-lisbon-2026-12-01"]));
  });
});

describe("weekly status report schedule", () => {
  it("names ISO weeks, across a year boundary too", () => {
    expect(isoWeek("2026-11-30")).toEqual({ weekday: 1, week: "2026-W49" });
    expect(isoWeek("2026-12-06")).toEqual({ weekday: 7, week: "2026-W49" });
    expect(isoWeek("2027-01-01")).toEqual({ weekday: 5, week: "2026-W53" });
    expect(isoWeek("2024-12-30")).toEqual({ weekday: 1, week: "2025-W01" });
  });

  it("is due on Monday from 08:00 in the event's time zone, keyed by event and ISO week", () => {
    // Monday Nov 30, 2026: 07:59 in Lisbon is not yet; 08:00 is.
    expect(dueWeeklyReports([lisbon], new Date("2026-11-30T07:59:00Z"))).toEqual([]);
    expect(dueWeeklyReports([lisbon], new Date("2026-11-30T08:00:00Z"))).toEqual([
      { organizationId: "o", eventId: "e-lisbon", week: "2026-W49", dedupeKey: "weekly-report-e-lisbon-2026-W49" },
    ]);
    // Sunday 23:30 UTC is already Monday 08:30 in Tokyo, and still Sunday evening in New York.
    const sundayNight = new Date("2026-11-29T23:30:00Z");
    expect(dueWeeklyReports([lisbon, tokyo, newYork], sundayNight).map((due) => due.eventId)).toEqual(["e-tokyo"]);
  });

  it("is not due on other days, and every Monday tick gives the same key", () => {
    expect(dueWeeklyReports([lisbon], new Date("2026-12-01T09:00:00Z"))).toEqual([]);
    const keys = ["2026-11-30T09:00:00Z", "2026-11-30T15:00:00Z", "2026-11-30T23:00:00Z"].map(
      (at) => dueWeeklyReports([lisbon], new Date(at))[0]?.dedupeKey,
    );
    expect(new Set(keys)).toEqual(new Set(["weekly-report-e-lisbon-2026-W49"]));
  });
});
