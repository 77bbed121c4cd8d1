/**
 * A booking curve: one event's net tickets held (sold minus cancelled or refunded) by whole days
 * before the event. Days are UTC calendar days (a sale at 23:30 UTC counts on that UTC day), which is
 * what a booking export gives; the event's own time zone would shift a sale by at most one day.
 */
const DAY_MS = 86_400_000;

/** A UTC calendar day as a count of days since 1970-01-01. */
export function utcDay(at: Date) {
  return Math.floor(at.getTime() / DAY_MS);
}

export type TicketSale = { soldAt: Date; cancelledAt?: Date | null };

export type BookingCurve = {
  id: string;
  /** The UTC day the event starts (see utcDay). */
  eventDay: number;
  /**
   * netByDaysOut[d]: net tickets held at the end of the UTC day d days before the event, from the
   * first sale down to `knownDaysOut`; earlier days held nothing, later ones are not known yet.
   */
  netByDaysOut: number[];
  /** The nearest day to the event the curve knows: days out on the day it was built, 0 once the event is over. */
  knownDaysOut: number;
  /** Net tickets held at the end of the event day, once that day is over; null until then. */
  final: number | null;
};

/** Net tickets held d days before the event (0 before the first sale); a day not known yet is an error. */
export function netAt(curve: BookingCurve, daysOut: number) {
  if (daysOut < curve.knownDaysOut) {
    throw new RangeError(`curve ${curve.id} is known down to ${curve.knownDaysOut} days out, not ${daysOut}`);
  }
  return curve.netByDaysOut[daysOut] ?? 0;
}

/**
 * The curve as it was known at the end of the day `daysOut` days before the event: nearer days are
 * blanked (NaN, so a read that slipped past netAt would spoil the forecast visibly) and there is no final.
 */
export function asKnownAt(curve: BookingCurve, daysOut: number): BookingCurve {
  if (daysOut < curve.knownDaysOut) {
    throw new RangeError(`curve ${curve.id} is known down to ${curve.knownDaysOut} days out, not ${daysOut}`);
  }
  return {
    ...curve,
    netByDaysOut: curve.netByDaysOut.map((held, d) => (d < daysOut ? Number.NaN : held)),
    knownDaysOut: daysOut,
    final: null,
  };
}

/** Days before the event of the farthest day holding a ticket (its first sale), or null with none held yet. */
export function firstSaleDaysOut(curve: BookingCurve) {
  for (let d = curve.netByDaysOut.length - 1; d >= curve.knownDaysOut; d--) {
    if ((curve.netByDaysOut[d] ?? 0) > 0) return d;
  }
  return null;
}

/**
 * Builds an event's curve from its sales as known on `asOf`: sales and cancellations after that day are
 * left out, and the final outcome is set only if the event day has ended. A cancellation dated before
 * its sale (a data-entry slip) counts on the day of the sale; one after the event counts against the
 * final outcome (a refunded no-show did not attend).
 */
export function buildBookingCurve(input: {
  id: string;
  sales: TicketSale[];
  startsAt: Date;
  asOf: Date;
}): BookingCurve {
  const eventDay = utcDay(input.startsAt);
  const today = utcDay(input.asOf);
  const knownDaysOut = Math.max(eventDay - today, 0);
  // change[d]: tickets gained (sales) or lost (cancellations) on the day d days before the event.
  const change = new Map<number, number>();
  const add = (day: number, delta: number) => {
    if (day > today) return;
    const daysOut = Math.max(eventDay - day, 0);
    change.set(daysOut, (change.get(daysOut) ?? 0) + delta);
  };
  for (const sale of input.sales) {
    const soldDay = utcDay(sale.soldAt);
    add(soldDay, 1);
    if (sale.cancelledAt) add(Math.max(utcDay(sale.cancelledAt), soldDay), -1);
  }
  const firstDaysOut = Math.max(knownDaysOut, ...change.keys());
  const netByDaysOut = new Array<number>(firstDaysOut + 1).fill(0);
  let held = 0;
  for (let d = firstDaysOut; d >= knownDaysOut; d--) {
    held += change.get(d) ?? 0;
    netByDaysOut[d] = held;
  }
  return {
    id: input.id,
    eventDay,
    netByDaysOut,
    knownDaysOut,
    final: today > eventDay ? held : null,
  };
}
