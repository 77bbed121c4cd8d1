import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/*
 * The core of query_database: a metric question is a declared query (metrics, dimensions, filters), never
 * SQL. The compiler writes only the SQL fragments declared below, joined by code; every value a person or a
 * model supplied travels as a parameter, and the organization comes from the caller, not the query.
 *
 * What a row is: one seat someone bought, i.e. the ticket its current holder has (a transfer voids the
 * old ticket and issues a new one on the same order, so counting both would count the seat twice). A seat
 * is dated by its order: the day is the calendar day of the purchase in the event's time zone.
 */

/** `cents` are the event's minor units: money metrics are split by currency. */
type DeclaredMetric = { sql: Prisma.Sql; unit: "count" | "cents"; description: string };

const NET_CENTS = "COALESCE(sum(t.price_paid_cents - t.refunded_cents), 0)";

export const METRICS = {
  tickets_sold: {
    sql: Prisma.sql`count(*) FILTER (WHERE t.status IN ('valid', 'checked_in'))::int`,
    unit: "count",
    description: "Seats sold and still held (refunded and cancelled ones do not count).",
  },
  revenue_cents: {
    sql: Prisma.raw(`${NET_CENTS}::float8`),
    unit: "cents",
    description: "Net revenue in the event's minor units: prices paid less refunds.",
  },
  refunds_cents: {
    sql: Prisma.sql`COALESCE(sum(t.refunded_cents), 0)::float8`,
    unit: "cents",
    description: "Refunded amount, in minor units, of the seats sold in the period.",
  },
  orders: {
    sql: Prisma.sql`count(DISTINCT o.id)::int`,
    unit: "count",
    description: "Orders placed, refunded ones included.",
  },
  refunded_orders: {
    sql: Prisma.sql`count(DISTINCT o.id) FILTER (WHERE o.status IN ('refunded', 'partially_refunded'))::int`,
    unit: "count",
    description: "Orders refunded in full or in part.",
  },
  average_order_cents: {
    sql: Prisma.raw(`round(${NET_CENTS}::numeric / NULLIF(count(DISTINCT o.id), 0))::float8`),
    unit: "cents",
    description: "Net revenue per order, in minor units (of the grouped seats, when grouped by ticket type).",
  },
} as const satisfies Record<string, DeclaredMetric>;

const LOCAL_PURCHASE = "(o.created_at AT TIME ZONE e.timezone)";

/** Each dimension's output columns (name → expression); the name is also the column's alias. */
export const DIMENSIONS = {
  ticket_type: {
    columns: { ticket_type: Prisma.sql`tt.name` },
    description: "The ticket type's name (same-named types of two events share a row unless grouped by event too).",
  },
  day: {
    columns: { day: Prisma.raw(`to_char(${LOCAL_PURCHASE}, 'YYYY-MM-DD')`) },
    description: "Purchase day in the event's time zone (YYYY-MM-DD).",
  },
  week: {
    columns: { week: Prisma.raw(`to_char(date_trunc('week', ${LOCAL_PURCHASE}), 'YYYY-MM-DD')`) },
    description: "The Monday starting the purchase week, in the event's time zone.",
  },
  event: {
    columns: { event_id: Prisma.sql`e.id::text`, event: Prisma.sql`e.name` },
    description: "The event (its id and name).",
  },
  order_status: {
    columns: { order_status: Prisma.sql`o.status::text` },
    description: "The order's status: paid, partially_refunded, refunded or cancelled.",
  },
} as const satisfies Record<string, { columns: Record<string, Prisma.Sql>; description: string }>;

export type MetricName = keyof typeof METRICS;
export type DimensionName = keyof typeof DIMENSIONS;
const METRIC_NAMES = Object.keys(METRICS) as [MetricName, ...MetricName[]];
const DIMENSION_NAMES = Object.keys(DIMENSIONS) as [DimensionName, ...DimensionName[]];

const calendarDate = z.iso.date({ error: "a calendar date, YYYY-MM-DD" });
const distinct = <T>(items: T[]) => new Set(items).size === items.length;

export const metricsQuerySchema = z.strictObject({
  metrics: z.array(z.enum(METRIC_NAMES)).min(1, "ask for at least one metric").refine(distinct, "each metric once"),
  dimensions: z.array(z.enum(DIMENSION_NAMES)).max(3).refine(distinct, "each dimension once").default([]),
  filters: z
    .strictObject({
      eventId: z.uuid().optional(),
      /** First and last purchase day, inclusive, in each event's time zone. */
      from: calendarDate.optional(),
      to: calendarDate.optional(),
      ticketType: z.string().trim().min(1).max(200).optional(),
    })
    .refine(({ from, to }) => !from || !to || from <= to, { message: "from is after to", path: ["from"] })
    .default({}),
  limit: z.number().int().min(1).max(1000).default(200),
});

export type MetricsQueryInput = z.input<typeof metricsQuerySchema>;
export type MetricsQuery = z.output<typeof metricsQuerySchema>;
export type MetricsRow = Record<string, string | number | null>;

/** The columns a query's rows have, in order: dimensions, the currency when money is asked for, metrics. */
export function columnsOf(query: MetricsQuery) {
  const dimensionColumns = query.dimensions.flatMap((name) => Object.keys(DIMENSIONS[name].columns));
  const currency = hasMoney(query) ? ["currency"] : [];
  return [...dimensionColumns, ...currency, ...query.metrics];
}

/**
 * The parameterized SQL of a validated query, scoped to `organizationId`. Money metrics are split by
 * currency: two events in different currencies are never summed together.
 */
export function compileMetricsQuery(organizationId: string, query: MetricsQuery): Prisma.Sql {
  const groups: Prisma.Sql[] = query.dimensions.flatMap((name) =>
    Object.entries(DIMENSIONS[name].columns).map(([alias, sql]) => Prisma.sql`${sql} AS ${identifier(alias)}`),
  );
  if (hasMoney(query)) groups.push(Prisma.sql`e.currency AS "currency"`);
  const measures = query.metrics.map((name) => Prisma.sql`${METRICS[name].sql} AS ${identifier(name)}`);

  const { eventId, from, to, ticketType } = query.filters;
  const conditions = [
    Prisma.sql`e.organization_id = ${organizationId}::uuid`,
    Prisma.sql`t.status <> 'transferred'`,
    ...(eventId ? [Prisma.sql`e.id = ${eventId}::uuid`] : []),
    ...(from ? [Prisma.sql`${Prisma.raw(LOCAL_PURCHASE)}::date >= ${from}::date`] : []),
    ...(to ? [Prisma.sql`${Prisma.raw(LOCAL_PURCHASE)}::date <= ${to}::date`] : []),
    ...(ticketType ? [Prisma.sql`tt.name = ${ticketType}`] : []),
  ];
  // Grouped and ordered by position: the ordinals are counted here, never read from the query.
  const ordinals = Prisma.raw(groups.map((_, i) => i + 1).join(", "));
  const grouping = groups.length > 0 ? Prisma.sql`GROUP BY ${ordinals} ORDER BY ${ordinals}` : Prisma.empty;
  return Prisma.sql`
    SELECT ${Prisma.join([...groups, ...measures])}
    FROM tickets t
    JOIN events e ON e.id = t.event_id
    JOIN orders o ON o.id = t.order_id AND o.event_id = e.id
    JOIN ticket_types tt ON tt.id = t.ticket_type_id AND tt.event_id = e.id
    WHERE ${Prisma.join(conditions, " AND ")}
    ${grouping}
    LIMIT ${query.limit}`;
}

/**
 * Validates `input` (a ZodError names what is wrong) and returns the organization's rows, at most
 * `limit` of them; `truncated` says when there were more.
 */
export async function runMetricsQuery(db: DbOrTx, organizationId: string, input: MetricsQueryInput) {
  const query = metricsQuerySchema.parse(input);
  const rows = await db.$queryRaw<MetricsRow[]>(
    compileMetricsQuery(organizationId, { ...query, limit: query.limit + 1 }),
  );
  return { columns: columnsOf(query), rows: rows.slice(0, query.limit), truncated: rows.length > query.limit };
}

function hasMoney(query: MetricsQuery) {
  return query.metrics.some((name) => METRICS[name].unit === "cents");
}

/** A declared column name as a quoted identifier; only names from the maps above reach here. */
function identifier(name: string) {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`not a declared column name: ${name}`);
  return Prisma.raw(`"${name}"`);
}
