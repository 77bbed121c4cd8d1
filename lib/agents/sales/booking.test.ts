import { describe, expect, it } from "vitest";
import { type Slot, withoutOverlaps, workingSlots } from "./booking";

const local = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(date);

describe("working slots", () => {
  it("offers 30-minute slots, 09:00-17:00 on the next 10 weekdays, starting tomorrow", () => {
    // Thursday 25 March 2027 in Lisbon.
    const slots = workingSlots({ timezone: "Europe/Lisbon", from: new Date("2027-03-25T15:00:00Z"), days: 10 });
    expect(slots).toHaveLength(10 * 16);
    const labels = slots.map((slot) => local(slot.startsAt, "Europe/Lisbon"));
    expect(labels[0]).toBe("Fri 09:00");
    expect(labels[15]).toBe("Fri 16:30");
    expect(labels[16]).toBe("Mon 09:00");
    expect(labels.some((label) => label.startsWith("Sat") || label.startsWith("Sun"))).toBe(false);
    for (const slot of slots) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000);
  });

  it("keeps 09:00 local across a daylight-saving change", () => {
    // Europe changes to summer time on Sunday 28 March 2027; New York on Sunday 14 March 2027.
    const lisbon = workingSlots({ timezone: "Europe/Lisbon", from: new Date("2027-03-25T15:00:00Z"), days: 2 });
    expect(lisbon[0]?.startsAt.toISOString()).toBe("2027-03-26T09:00:00.000Z");
    expect(lisbon[16]?.startsAt.toISOString()).toBe("2027-03-29T08:00:00.000Z");
    expect(lisbon.at(-1)?.endsAt.toISOString()).toBe("2027-03-29T16:00:00.000Z");
    const newYork = workingSlots({ timezone: "America/New_York", from: new Date("2027-03-12T15:00:00Z"), days: 1 });
    expect(newYork[0]?.startsAt.toISOString()).toBe("2027-03-15T13:00:00.000Z");
    expect(newYork.every((slot) => /^Mon (09|1[0-6]):[03]0$/.test(local(slot.startsAt, "America/New_York")))).toBe(
      true,
    );
  });

  it("counts tomorrow in the event's time zone, not the server's", () => {
    // 23:30 UTC on Thursday is already Friday morning in Tokyo: the first day offered is Monday.
    const slots = workingSlots({ timezone: "Asia/Tokyo", from: new Date("2027-03-25T23:30:00Z"), days: 1 });
    expect(slots[0]?.startsAt.toISOString()).toBe("2027-03-29T00:00:00.000Z");
  });
});

describe("removing busy times", () => {
  const at = (time: string) => new Date(`2027-03-26T${time}:00Z`);
  const slots: Slot[] = ["09:00", "09:30", "10:00", "10:30"].map((time) => ({
    startsAt: at(time),
    endsAt: new Date(at(time).getTime() + 30 * 60_000),
  }));

  it("drops every slot a booked meeting overlaps, and keeps the ones that only touch it", () => {
    const free = withoutOverlaps(slots, [
      { startsAt: at("09:15"), endsAt: at("09:45") },
      { startsAt: at("10:30"), endsAt: at("11:00") },
    ]);
    expect(free.map((slot) => slot.startsAt)).toEqual([at("10:00")]);
    expect(withoutOverlaps(slots, [{ startsAt: at("08:30"), endsAt: at("09:00") }])).toEqual(slots);
  });
});
