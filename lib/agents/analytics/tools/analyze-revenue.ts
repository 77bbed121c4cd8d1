import { localDate } from "@/lib/domain/calendar-days";
import { defineTool } from "../../core/tool";
import { eventFormatter, eventInput, requireEvent } from "../../event";
import { predictEventAttendance } from "../attendance";
import { type MetricsRow, runMetricsQuery } from "../metrics-query";

export const NO_CHANNEL =
  "Orders record no sales channel, so revenue cannot be split by channel; it is split by ticket type only.";

const cents = (row: MetricsRow | undefined, column: string) => Number(row?.[column] ?? 0);

/**
 * Revenue to date by ticket type (the declared metrics, so the figures are query_database's), refunds,
 * net revenue, and the final revenue's range: P10/P50/P90 attendance, capped at capacity, times the
 * average net price per seat held so far. Money is in the event's minor units and currency.
 */
export const analyzeRevenue = defineTool({
  name: "analyze_revenue",
  agent: "analytics",
  description:
    "Revenue to date by ticket type, refunds, net revenue and a projection of final revenue with a P10-P90 range.",
  input: eventInput,
  kind: "read",
  activityType: "revenue_analyzed",
  async run(deps, { eventId }) {
    const event = await requireEvent(deps, eventId);
    const format = await eventFormatter(deps, event);
    const filters = { eventId, to: localDate(deps.now, event.timezone) };
    const [byType, totals, types, prediction] = await Promise.all([
      runMetricsQuery(deps.db, deps.organizationId, {
        metrics: ["tickets_sold", "revenue_cents", "refunds_cents"],
        dimensions: ["ticket_type"],
        filters,
      }),
      runMetricsQuery(deps.db, deps.organizationId, {
        metrics: ["tickets_sold", "revenue_cents", "refunds_cents", "orders", "refunded_orders"],
        filters,
      }),
      deps.db.ticketType.findMany({ where: { eventId }, orderBy: [{ priceCents: "asc" }, { name: "asc" }] }),
      predictEventAttendance(deps, event, format),
    ]);
    const byTicketType = types.map((type) => {
      const row = byType.rows.find((candidate) => candidate.ticket_type === type.name);
      const netCents = cents(row, "revenue_cents");
      const refundsCents = cents(row, "refunds_cents");
      return {
        ticketType: type.name,
        listPriceCents: type.priceCents,
        seatsHeld: cents(row, "tickets_sold"),
        grossCents: netCents + refundsCents,
        refundsCents,
        netCents,
      };
    });
    const total = totals.rows[0];
    const netCents = cents(total, "revenue_cents");
    const refundsCents = cents(total, "refunds_cents");
    const seatsHeld = cents(total, "tickets_sold");
    const base = {
      eventId,
      currency: event.currency,
      throughDay: filters.to,
      seatsHeld,
      orders: cents(total, "orders"),
      refundedOrders: cents(total, "refunded_orders"),
      grossCents: netCents + refundsCents,
      refundsCents,
      netCents,
      byTicketType,
      byChannel: null,
      channelNote: NO_CHANNEL,
    };
    if (prediction.status === "over") {
      return {
        ...base,
        projection: null,
        projectionNote: "The event has started: the net revenue to date is its revenue.",
      };
    }
    if (seatsHeld === 0) {
      return {
        ...base,
        projection: null,
        projectionNote: "No seats are held yet, so there is no price per seat to project from.",
      };
    }
    const averageNetPriceCents = netCents / seatsHeld;
    const at = (attendance: number) => Math.round(Math.min(attendance, event.capacity) * averageNetPriceCents);
    return {
      ...base,
      projection: {
        p10Cents: at(prediction.p10),
        p50Cents: at(prediction.p50),
        p90Cents: at(prediction.p90),
        attendance: { p10: prediction.p10, p50: prediction.p50, p90: prediction.p90, method: prediction.method },
        averageNetPriceCents: Math.round(averageNetPriceCents),
      },
      projectionNote: `The P10/P50/P90 attendance (${prediction.method}, capped at the capacity of ${format.number(event.capacity)}) times the average net price per seat held so far (net revenue ÷ ${format.number(seatsHeld)} seats).`,
    };
  },
});
