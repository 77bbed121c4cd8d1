import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { Event } from "@/lib/db/generated/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import { localDate, nextDay, startOfLocalDay } from "@/lib/domain/calendar-days";
import { cumulativeSeries, type DailySales, salesPace, straightLinePace } from "@/lib/domain/sales-pace";

/**
 * Tickets that count as sold: refunded and cancelled ones do not, nor a transferred one, which its new
 * holder's ticket replaced (that one is valid and carries the price paid: the seat counts once). A sale
 * is dated by its order, so a transfer does not move it to the day of the transfer.
 */
export const SOLD_STATUSES: TicketStatus[] = ["valid", "checked_in"];

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
  const [sold, revenue, spent] = await Promise.all([
    db.ticket.groupBy({
      by: ["eventId"],
      where: { eventId: { in: ids }, status: { in: SOLD_STATUSES } },
      _count: { _all: true },
    }),
    db.ticket.groupBy({
      by: ["eventId"],
      where: { eventId: { in: ids }, status: { not: "transferred" } },
      _sum: { pricePaidCents: true, refundedCents: true },
    }),
    spendByEvent(db, ids),
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
      spentCents: spent.get(event.id) ?? 0,
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
  const [ticketTypes, soldByType, series] = await Promise.all([
    db.ticketType.findMany({ where: { eventId }, orderBy: { priceCents: "asc" } }),
    db.ticket.groupBy({
      by: ["ticketTypeId"],
      where: { eventId, status: { in: SOLD_STATUSES } },
      _count: { _all: true },
    }),
    salesSeries(db, summary, now),
  ]);
  const soldOf = new Map(soldByType.map((row) => [row.ticketTypeId, row._count._all]));
  return {
    ...summary,
    ticketTypes: ticketTypes.map((type) => ({ ...type, sold: soldOf.get(type.id) ?? 0 })),
    series,
  };
}

/**
 * The sales chart's curve: tickets sold per day, cumulative, from the day sales opened to today (or the
 * event's start), each day against the straight-line pace.
 */
export async function salesSeries(
  db: DbOrTx,
  event: Pick<Event, "id" | "timezone" | "ticketSalesTarget" | "salesOpenedAt" | "createdAt" | "startsAt">,
  now = new Date(),
) {
  const daily = await dailySales(db, event.id, event.timezone);
  const salesOpenedAt = event.salesOpenedAt ?? event.createdAt;
  const lastDay = localDate(now < event.startsAt ? now : event.startsAt, event.timezone);
  const line = straightLinePace(event.ticketSalesTarget, salesOpenedAt, event.startsAt);
  // Each day's point is the line at that day's end, today's at this moment: the pace card's figure.
  const expectedBy = (day: string) => {
    const endOfDay = startOfLocalDay(nextDay(day), event.timezone);
    return line(endOfDay < now ? endOfDay : now);
  };
  return cumulativeSeries(daily, localDate(salesOpenedAt, event.timezone), lastDay, expectedBy);
}

/** Tickets sold per day of the event's own calendar, counted in the database. */
export function dailySales(db: DbOrTx, eventId: string, timezone: string) {
  return db.$queryRaw<DailySales[]>`
    SELECT to_char(date_trunc('day', o.created_at AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS day,
           count(*)::int AS tickets
    FROM tickets t JOIN orders o ON o.id = t.order_id
    WHERE t.event_id = ${eventId}::uuid AND t.status::text = ANY(${SOLD_STATUSES})
    GROUP BY 1 ORDER BY 1`;
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEventDetail>>>;

/** Expenses booked against each event's budget lines. */
async function spendByEvent(db: DbOrTx, eventIds: string[]) {
  if (eventIds.length === 0) return new Map<string, number>();
  const rows = await db.$queryRaw<{ eventId: string; spentCents: number }[]>`
    SELECT line.event_id::text AS "eventId", COALESCE(sum(expense.amount_cents), 0)::int AS "spentCents"
    FROM budget_lines line JOIN expenses expense ON expense.budget_line_id = line.id
    WHERE line.event_id = ANY(${eventIds}::uuid[])
    GROUP BY line.event_id`;
  return new Map(rows.map((row) => [row.eventId, row.spentCents]));
}

export type BudgetPoint = { day: string; spentCents: number };

/**
 * An event's budget: each line planned against spent, and the cumulative spend per day of the event's
 * calendar from the first expense to today (or the event's last day), for the burn chart.
 */
export async function getEventBudget(db: DbOrTx, event: Pick<Event, "id" | "timezone" | "endsAt">, now = new Date()) {
  const [lines, daily] = await Promise.all([
    db.budgetLine.findMany({
      where: { eventId: event.id },
      include: { expenses: { select: { amountCents: true } } },
      orderBy: { plannedCents: "desc" },
    }),
    db.$queryRaw<{ day: string; spentCents: number }[]>`
      SELECT to_char(date_trunc('day', expense.incurred_at AT TIME ZONE ${event.timezone}), 'YYYY-MM-DD') AS day,
             sum(expense.amount_cents)::int AS "spentCents"
      FROM expenses expense JOIN budget_lines line ON line.id = expense.budget_line_id
      WHERE line.event_id = ${event.id}::uuid
      GROUP BY 1 ORDER BY 1`,
  ]);
  const burn: BudgetPoint[] = [];
  const first = daily[0]?.day;
  if (first) {
    const byDay = new Map(daily.map((row) => [row.day, row.spentCents]));
    const last = localDate(now < event.endsAt ? now : event.endsAt, event.timezone);
    let spentCents = 0;
    for (let day = first; day <= last; day = nextDay(day)) {
      spentCents += byDay.get(day) ?? 0;
      burn.push({ day, spentCents });
    }
  }
  return {
    lines: lines.map((line) => ({
      id: line.id,
      category: line.category,
      plannedCents: line.plannedCents,
      spentCents: line.expenses.reduce((sum, expense) => sum + expense.amountCents, 0),
    })),
    burn,
  };
}
