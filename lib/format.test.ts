import { describe, expect, it } from "vitest";
import {
  bindFormatter,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
} from "./format";

const AT = new Date("2027-02-19T09:00:00Z");
const DEC_4 = new Date("2026-12-04T15:30:00Z");
// Intl separates some parts with (narrow) no-break spaces; compare the words.
const words = (text: string) => text.replace(/\s/g, " ");

describe("formatting for people", () => {
  it("names the time zone of every clock time", () => {
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

  it("reads minor units by the currency's own decimals, exact when asked", () => {
    expect(formatMoney(308_600, "JPY")).toBe("¥308,600");
    expect(formatMoney(4_975, "EUR", { exact: true })).toBe("€49.75");
    expect(formatMoney(4_900, "EUR", { exact: true })).toBe("€49");
    expect(formatMoney(4_975, "EUR")).toBe("€50");
    expect(formatMoney(3_086, "JPY", { exact: true })).toBe("¥3,086");
  });

  it("says how long ago or how soon, and how long", () => {
    const now = new Date("2027-02-19T12:00:00Z");
    expect(formatRelative(new Date("2027-02-19T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatRelative(new Date("2027-02-25T12:00:00Z"), now)).toBe("in 6 days");
    expect(formatRelative(now, now)).toBe("now");
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(245_000)).toBe("4 min 5 s");
  });
});

describe("formatting in the organization's locale", () => {
  const us = bindFormatter({ locale: "en-US", timeZone: "UTC" });
  const uk = bindFormatter({ locale: "en-GB", timeZone: "UTC" });
  const de = bindFormatter({ locale: "de-DE", timeZone: "UTC" });

  it("groups and separates numbers as the locale does", () => {
    expect(us.number(1234.5)).toBe("1,234.5");
    expect(uk.number(1234.5)).toBe("1,234.5");
    expect(de.number(1234.5)).toBe("1.234,5");
  });

  it("puts the currency where the locale puts it", () => {
    expect(us.money(4_200_000, "EUR")).toBe("€42,000");
    expect(uk.money(4_200_000, "GBP")).toBe("£42,000");
    expect(words(de.money(4_200_000, "EUR"))).toBe("42.000 €");
    expect(words(de.money(6_500_000, "USD", { compact: true }))).toBe("65.000 $");
  });

  it("writes shares as the locale does", () => {
    expect(us.percent(0.3945, 1)).toBe("39.5%");
    expect(words(de.percent(0.3945, 1))).toBe("39,5 %");
    expect(uk.percent(0.394)).toBe("39%");
  });

  it("orders the parts of a date as the locale does", () => {
    expect(us.date(DEC_4)).toBe("Dec 4, 2026");
    expect(uk.date(DEC_4)).toBe("4 Dec 2026");
    expect(de.date(DEC_4)).toBe("04.12.2026");
  });

  it("says how long ago in the locale's words", () => {
    const now = new Date("2026-12-04T18:30:00Z");
    expect(uk.relative(DEC_4, now)).toBe("3 hours ago");
    expect(de.relative(DEC_4, now)).toBe("vor 3 Stunden");
  });
});

describe("times on the viewer's clock, or the event's", () => {
  it("shows a time in the viewer's zone and names it", () => {
    expect(words(bindFormatter({ locale: "en-GB", timeZone: "Europe/Lisbon" }).dateTime(DEC_4))).toBe(
      "4 Dec 2026, 15:30 WET",
    );
    expect(words(bindFormatter({ locale: "en-US", timeZone: "America/Chicago" }).dateTime(DEC_4))).toBe(
      "Dec 4, 2026, 9:30 AM CST",
    );
    expect(words(bindFormatter({ locale: "de-DE", timeZone: "America/Chicago" }).dateTime(DEC_4))).toBe(
      "4. Dez. 2026, 09:30 GMT-6",
    );
  });

  it("shows an event's time on the event's clock, whoever looks", () => {
    const inChicago = bindFormatter({ locale: "en-US", timeZone: "America/Chicago" });
    expect(words(inChicago.dateTime(DEC_4, "Europe/Lisbon"))).toBe("Dec 4, 2026, 3:30 PM GMT+0");
    // 20:30 in Chicago on Dec 3 is already Dec 4 in Lisbon; the event's calendar decides.
    const evening = new Date("2026-12-04T02:30:00Z");
    expect(inChicago.date(evening)).toBe("Dec 3, 2026");
    expect(inChicago.date(evening, "Europe/Lisbon")).toBe("Dec 4, 2026");
  });
});

describe("a meeting's day and time, for the booking page and its emails", () => {
  const tuesday = new Date("2027-03-02T09:00:00Z");
  const pt = bindFormatter({ locale: "pt-PT", timeZone: "UTC" });

  it("names the day and the time in the locale, on the given clock", () => {
    expect(pt.day(tuesday, "Europe/Lisbon")).toBe("terça-feira, 2 de março");
    expect(pt.time(tuesday, "America/Chicago")).toBe("3:00");
    expect(words(bindFormatter({ locale: "en-US", timeZone: "UTC" }).time(tuesday, "America/Chicago"))).toBe("3:00 AM");
  });

  it("says a slot with its zone named by its place", () => {
    expect(words(bindFormatter({ locale: "en-US", timeZone: "UTC" }).slot(tuesday, "Europe/Lisbon"))).toMatch(
      /^Tuesday, March 2(,| at) 9:00 AM \(Europe\/Lisbon\)$/,
    );
    expect(pt.slot(tuesday, "Europe/Lisbon")).toMatch(/^terça-feira, 2 de março(,| às) 9:00 \(Europe\/Lisbon\)$/);
  });
});
