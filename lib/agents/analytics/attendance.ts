/**
 * predict_attendance's data: an event's booking curve from its seats (seats.ts), the organization's
 * past events as history, and the forecaster's answer at the event's current horizon. Days are UTC
 * calendar days, as the forecaster's booking curves count them (forecast/booking-curve.ts): the horizon
 * is the event's UTC start day minus today's UTC day.
 */

import type { Numbers } from "@/lib/copilot/words";
import type { Event } from "@/lib/db/generated/client";
import type { ToolDeps } from "../core/tool";
import { type BookingCurve, buildBookingCurve, firstSaleDaysOut, netAt } from "./forecast/booking-curve";
import { type AttendanceForecast, forecastAttendance } from "./forecast/forecaster";
import { loadSeats, seatsByEvent } from "./seats";

export type CurvePoint = { daysBefore: number; sold: number };

/**
 * The organization's past events as booking curves built as of `now`: events that started before `now`,
 * neither drafts nor cancelled, with at least one seat sold (an event with no sales recorded has nothing
 * to teach). The forecaster itself keeps only those whose outcome was known on the forecast day.
 */
export async function pastEventCurves(
  deps: Pick<ToolDeps, "db" | "organizationId" | "now">,
  options: { except?: string } = {},
): Promise<BookingCurve[]> {
  const events = await deps.db.event.findMany({
    where: {
      organizationId: deps.organizationId,
      startsAt: { lt: deps.now },
      status: { notIn: ["draft", "cancelled"] },
      ...(options.except ? { id: { not: options.except } } : {}),
    },
    select: { id: true, startsAt: true },
  });
  const seats = seatsByEvent(
    await loadSeats(
      deps.db,
      deps.organizationId,
      events.map((event) => event.id),
    ),
  );
  return events.flatMap((event) => {
    const sales = seats.get(event.id);
    if (!sales) return [];
    return [buildBookingCurve({ id: event.id, sales, startsAt: event.startsAt, asOf: deps.now })];
  });
}

/** The curve as points a page can draw: net seats held by days before the event, from the first sale on. */
export function curvePoints(curve: BookingCurve): CurvePoint[] {
  const first = firstSaleDaysOut(curve) ?? curve.knownDaysOut;
  const points: CurvePoint[] = [];
  for (let d = first; d >= curve.knownDaysOut; d--) points.push({ daysBefore: d, sold: netAt(curve, d) });
  return points;
}

export type Likelihood = "very_likely" | "likely" | "unlikely" | "very_unlikely";

/** Where a level (the target, the capacity) sits in the forecast's range, in words. */
export type Outlook = { level: number; likelihood: Likelihood; statement: string };

/**
 * The chance, read off the range, that attendance reaches `level`: P10 at or above it means about 90% or
 * more, P50 about half or more, P90 about 10% or more. For the uncalibrated fallback it says so.
 */
export function outlook(
  format: Numbers,
  forecast: Pick<AttendanceForecast, "p10" | "p50" | "p90" | "method">,
  level: number,
  what: string,
): Outlook {
  const n = format.number;
  const [likelihood, words]: [Likelihood, string] =
    forecast.p10 >= level
      ? ["very_likely", `very likely (about 90% or more): even the P10 (${n(forecast.p10)}) reaches ${what}`]
      : forecast.p50 >= level
        ? [
            "likely",
            `likely (about 50-90%): the P50 (${n(forecast.p50)}) reaches ${what}, the P10 (${n(forecast.p10)}) does not`,
          ]
        : forecast.p90 >= level
          ? [
              "unlikely",
              `unlikely (about 10-50%): the P50 (${n(forecast.p50)}) falls short of ${what}, only the P90 (${n(forecast.p90)}) reaches it`,
            ]
          : ["very_unlikely", `very unlikely (under 10%): even the P90 (${n(forecast.p90)}) falls short of ${what}`];
  const caveat = forecast.method === "linear-pace" ? "; the range is a stated ±50%, not calibrated" : "";
  return { level, likelihood, statement: `${words}${caveat}.` };
}

type EventFields = Pick<Event, "id" | "startsAt" | "ticketSalesTarget" | "capacity">;

export type AttendancePrediction =
  | ({
      status: "forecast";
      eventId: string;
      sold: number;
      target: number;
      capacity: number;
      targetOutlook: Outlook;
      capacityOutlook: Outlook;
      curve: CurvePoint[];
    } & AttendanceForecast)
  | {
      status: "over";
      eventId: string;
      /** Net seats held at the end of the event day (so far, while it is under way). */
      finalAttendance: number;
      sold: number;
      target: number;
      capacity: number;
      note: string;
      curve: CurvePoint[];
    };

/** The event's forecast as of `deps.now`, or its outcome once it has started. */
export async function predictEventAttendance(
  deps: Pick<ToolDeps, "db" | "organizationId" | "now">,
  event: EventFields,
  format: Numbers,
): Promise<AttendancePrediction> {
  const [seats, history] = await Promise.all([
    loadSeats(deps.db, deps.organizationId, [event.id]),
    pastEventCurves(deps, { except: event.id }),
  ]);
  const curve = buildBookingCurve({ id: event.id, sales: seats, startsAt: event.startsAt, asOf: deps.now });
  const sold = netAt(curve, curve.knownDaysOut);
  const base = { eventId: event.id, sold, target: event.ticketSalesTarget, capacity: event.capacity };
  if (deps.now >= event.startsAt) {
    const finalAttendance = curve.final ?? sold;
    return {
      ...base,
      status: "over",
      finalAttendance,
      note: `The event has ${curve.final === null ? "started" : "taken place"}: ${format.number(finalAttendance)} seats held against a target of ${format.number(event.ticketSalesTarget)}, so there is nothing left to forecast.`,
      curve: curvePoints(curve),
    };
  }
  const forecast = forecastAttendance({
    eventDay: curve.eventDay,
    horizonDays: curve.knownDaysOut,
    sold,
    salesOpenedDaysOut: firstSaleDaysOut(curve),
    history,
  });
  return {
    ...base,
    status: "forecast",
    ...forecast,
    targetOutlook: outlook(
      format,
      forecast,
      event.ticketSalesTarget,
      `the target of ${format.number(event.ticketSalesTarget)}`,
    ),
    capacityOutlook: outlook(
      format,
      forecast,
      event.capacity,
      `the capacity of ${format.number(event.capacity)} (a sell-out)`,
    ),
    curve: curvePoints(curve),
  };
}
