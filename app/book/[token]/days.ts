import type { BookingDay } from "@/components/sponsors/booking-slots";
import type { Slot } from "@/lib/agents/sales/booking";
import type { Formatter } from "@/lib/format";

/**
 * The free slots by day, labelled in the organization's locale on the event's clock ("terça-feira, 2 de
 * março", "09:00"); the page names the zone once, above them.
 */
export function bookingDays(slots: Slot[], format: Pick<Formatter, "day" | "time">, timeZone: string): BookingDay[] {
  const days = new Map<string, BookingDay>();
  for (const slot of slots) {
    const label = format.day(slot.startsAt, timeZone);
    const entry = days.get(label) ?? { label, slots: [] };
    entry.slots.push({ value: slot.startsAt.toISOString(), label: format.time(slot.startsAt, timeZone) });
    days.set(label, entry);
  }
  return [...days.values()];
}
