import { z } from "zod";
import { defineTool } from "../../core/tool";
import { metricsQuerySchema, runMetricsQuery } from "../metrics-query";

const input = z.object({ query: metricsQuerySchema });

/**
 * A metric question as a declared query (metrics, dimensions, filters; metrics-query.ts), never SQL text.
 * The organization is the caller's (ToolDeps), never the input's: an organization id in the query is
 * refused as an unknown key, and one beside it is dropped by the gate.
 */
export const queryDatabase = defineTool({
  name: "query_database",
  agent: "analytics",
  description:
    "Answer a metric question (tickets sold, revenue, refunds, orders by ticket type, day, week, event or order status) through the declared metrics layer; no SQL text is run.",
  input,
  kind: "read",
  activityType: "database_queried",
  async run(deps, { query }) {
    const result = await runMetricsQuery(deps.db, deps.organizationId, query);
    return { query, ...result };
  },
});
