import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { Event } from "@/lib/db/generated/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import { cumulativeSeries, type DailySales, salesPace } from "@/lib/domain/sales-pace";

/** Tickets that count as sold: refunded and cancelled ones do not. */
export const SOLD_STATUSES: TicketStatus[] = ["valid", "checked_in", "transferred"];

export const eventIdSchema = z.uuid();

/** Every event of the organization with its sales so far, soonest first, finished events last. */
export async function listEventSummaries(db: DbOrTx, organizationId: string, now = new Date()) {
  const events = await db.event.findMany({ where: { organizationId }, orderBy: { startsAt: "asc" } });
  const summaries = await summarize(db, events, now);
  const upcoming = summaries.filter((event) => event.endsAt >= now);
  const past = summaries.filter((event) => event.endsAt < now).reverse();
  return [...upcoming, ...past];
}

/** Adds tickets sold, net revenue and the pace against target to each event, in two queries. */
async function summarize(db: DbOrTx, events: Event[], now: Date) {
  const ids = events.map((event) => event.id);
  const [sold, revenue] = await Promise.all([
    db.ticket.groupBy({
      by: ["eventId"],
      where: { eventId: { in: ids }, status: { in: SOLD_STATUSES } },
      _count: { _all: true },
    }),
    db.ticket.groupBy({
      by: ["eventId"],
      where: { eventId: { in: ids } },
      _sum: { pricePaidCents: true, refundedCents: true },
    }),
  ]);
  const soldBy = new Map(sold.map((row) => [row.eventId, row._count._all]));
  const revenueBy = new Map(
    revenue.map((row) => [row.eventId, (row._sum.pricePaidCents ?? 0) - (row._sum.refundedCents ?? 0)]),
  );
  return events.map((event) => {
    const ticketsSold = soldBy.get(event.id) ?? 0;
    return {
      ...event,
      ticketsSold,
      revenueCents: revenueBy.get(event.id) ?? 0,
      pace: salesPace({
        sold: ticketsSold,
        target: event.ticketSalesTarget,
        salesOpenedAt: event.salesOpenedAt ?? event.createdAt,
        startsAt: event.startsAt,
        now,
        timeZone: event.timezone,
      }),
    };
  });
}

export type EventSummary = Awaited<ReturnType<typeof listEventSummaries>>[number];

/** One event of the organization with ticket types and its daily sales curve; null if not found there. */
export async function getEventDetail(db: DbOrTx, organizationId: string, eventId: string, now = new Date()) {
  if (!eventIdSchema.safeParse(eventId).success) return null;
  const event = await db.event.findFirst({ where: { id: eventId, organizationId } });
  if (!event) return null;
  const [summary] = await summarize(db, [event], now);
  if (!summary) return null;
  const [ticketTypes, soldByType, daily] = await Promise.all([
    db.ticketType.findMany({ where: { eventId }, orderBy: { priceCents: "asc" } }),
    db.ticket.groupBy({
      by: ["ticketTypeId"],
      where: { eventId, status: { in: SOLD_STATUSES } },
      _count: { _all: true },
    }),
    dailySales(db, eventId, summary.timezone),
  ]);
  const soldOf = new Map(soldByType.map((row) => [row.ticketTypeId, row._count._all]));
  const localDay = (date: Date) => date.toLocaleDateString("en-CA", { timeZone: summary.timezone });
  const opened = localDay(summary.salesOpenedAt ?? summary.createdAt);
  const lastDay = localDay(now < summary.startsAt ? now : summary.startsAt);
  return {
    ...summary,
    ticketTypes: ticketTypes.map((type) => ({ ...type, sold: soldOf.get(type.id) ?? 0 })),
    series: cumulativeSeries(daily, opened, lastDay, summary.ticketSalesTarget, localDay(summary.startsAt)),
  };
}

/** Tickets sold per day of the event's own calendar, counted in the database. */
export function dailySales(db: DbOrTx, eventId: string, timezone: string) {
  return db.$queryRaw<DailySales[]>`
    SELECT to_char(date_trunc('day', created_at AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS day,
           count(*)::int AS tickets
    FROM tickets
    WHERE event_id = ${eventId}::uuid AND status::text = ANY(${SOLD_STATUSES})
    GROUP BY 1 ORDER BY 1`;
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEventDetail>>>;
