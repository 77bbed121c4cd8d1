import { describe, expect, it } from "vitest";
import { bindFormatter } from "@/lib/format";
import { bookingDays } from "./days";

const slot = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 1_800_000) });

describe("the booking page's days", () => {
  const slots = [slot("2027-03-02T09:00:00Z"), slot("2027-03-02T09:30:00Z"), slot("2027-03-03T14:00:00Z")];

  it("groups the slots by day in the organization's locale, on the event's clock", () => {
    const days = bookingDays(slots, bindFormatter({ locale: "pt-PT", timeZone: "UTC" }), "Europe/Lisbon");
    expect(days).toEqual([
      {
        label: "terça-feira, 2 de março",
        slots: [
          { value: "2027-03-02T09:00:00.000Z", label: "9:00" },
          { value: "2027-03-02T09:30:00.000Z", label: "9:30" },
        ],
      },
      { label: "quarta-feira, 3 de março", slots: [{ value: "2027-03-03T14:00:00.000Z", label: "14:00" }] },
    ]);
  });

  it("reads as before in en-US", () => {
    const days = bookingDays(slots, bindFormatter({ locale: "en-US", timeZone: "UTC" }), "Europe/Lisbon");
    expect(days.map((day) => day.label)).toEqual(["Tuesday, March 2", "Wednesday, March 3"]);
    expect(days[0]?.slots[0]?.label.replace(/[\u00a0\u202f]/g, " ")).toBe("9:00 AM");
  });
});
