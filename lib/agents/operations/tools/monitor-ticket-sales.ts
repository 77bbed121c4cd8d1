import { daysToEvent as daysToEventOn } from "@/lib/domain/calendar-days";
import { salesPace } from "@/lib/domain/sales-pace";
import { SOLD_STATUSES } from "@/lib/events/queries";
import { defineTool } from "../../core/tool";
import { eventInput, requireEvent } from "../../event";
import { isTicketSalesCritical } from "../rules";

const VELOCITY_WINDOW_DAYS = 14;

export const monitorTicketSales = defineTool({
  name: "monitor_ticket_sales",
  agent: "operations",
  description:
    "Monitor ticket sales velocity against the target and project the total at event day (recent daily pace carried forward).",
  input: eventInput,
  kind: "read",
  activityType: "ticket_sales_monitored",
  async run(deps, { eventId }) {
    const event = await requireEvent(deps, eventId);
    const since = new Date(deps.now.getTime() - VELOCITY_WINDOW_DAYS * 86_400_000);
    // As of the call's clock: a check run at a past time (the demo's history) counts what was sold by then.
    const [sold, recent] = await Promise.all([
      deps.db.ticket.count({
        where: { eventId, status: { in: SOLD_STATUSES }, order: { createdAt: { lte: deps.now } } },
      }),
      deps.db.ticket.count({
        where: { eventId, status: { in: SOLD_STATUSES }, order: { createdAt: { gte: since, lte: deps.now } } },
      }),
    ]);
    const daysToEvent = daysToEventOn(event.startsAt, deps.now, event.timezone);
    const velocityPerDay = recent / VELOCITY_WINDOW_DAYS;
    const remaining = Math.max(event.ticketSalesTarget - sold, 0);
    const pace = salesPace({
      sold,
      target: event.ticketSalesTarget,
      salesOpenedAt: event.salesOpenedAt ?? event.createdAt,
      startsAt: event.startsAt,
      now: deps.now,
      timeZone: event.timezone,
    });
    const shortfall = pace.gap === null ? 0 : Math.max(-pace.gap, 0);
    const projectedTotal = Math.min(event.capacity, Math.round(sold + velocityPerDay * Math.max(daysToEvent, 0)));
    return {
      sold,
      target: event.ticketSalesTarget,
      expectedByNow: pace.expectedByNow,
      shortfall: Math.round(shortfall * 1000) / 1000,
      daysToEvent,
      velocityPerDay: Math.round(velocityPerDay * 10) / 10,
      requiredPerDay: daysToEvent > 0 ? Math.round((remaining / daysToEvent) * 10) / 10 : null,
      projectedTotal,
      projectedShareOfTarget: Math.round((projectedTotal / Math.max(event.ticketSalesTarget, 1)) * 1000) / 1000,
      critical: isTicketSalesCritical(shortfall, daysToEvent),
    };
  },
});
