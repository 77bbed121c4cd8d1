import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { columnsOf, compileMetricsQuery, metricsQuerySchema } from "./metrics-query";

const ORG = "00000000-0000-4000-8000-000000000001";

function issuesOf(input: unknown) {
  const result = metricsQuerySchema.safeParse(input);
  if (result.success) throw new Error("expected the query to be refused");
  expect(result.error).toBeInstanceOf(ZodError);
  return result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("the metrics query schema", () => {
  it("refuses an unknown metric, dimension or filter, naming it and what is allowed", () => {
    const [metric] = issuesOf({ metrics: ["profit"] });
    expect(metric?.path).toBe("metrics.0");
    expect(metric?.message).toContain("revenue_cents");
    expect(issuesOf({ metrics: ["orders"], dimensions: ["buyer_email"] })[0]?.path).toBe("dimensions.0");
    expect(issuesOf({ metrics: ["orders"], filters: { organizationId: ORG } })[0]?.message).toMatch(/organizationId/);
    expect(issuesOf({ metrics: ["orders"], sql: "SELECT 1" })[0]?.message).toMatch(/sql/);
  });

  it("refuses an empty or repeated list, a malformed date, and a range that ends before it starts", () => {
    expect(issuesOf({ metrics: [] })[0]?.path).toBe("metrics");
    expect(issuesOf({ metrics: ["orders", "orders"] })[0]?.message).toBe("each metric once");
    expect(issuesOf({ metrics: ["orders"], filters: { from: "last week" } })[0]?.path).toBe("filters.from");
    expect(issuesOf({ metrics: ["orders"], filters: { from: "2027-03-02", to: "2027-03-01" } })[0]?.message).toBe(
      "from is after to",
    );
  });
});

describe("compileMetricsQuery", () => {
  it("puts every value in a parameter, the organization first, and none in the SQL text", () => {
    const query = metricsQuerySchema.parse({
      metrics: ["revenue_cents", "tickets_sold"],
      dimensions: ["ticket_type"],
      filters: { ticketType: "VIP'; DROP TABLE orders; --", from: "2027-03-01", to: "2027-03-31" },
    });
    const compiled = compileMetricsQuery(ORG, query);
    expect(compiled.values).toEqual([ORG, "2027-03-01", "2027-03-31", "VIP'; DROP TABLE orders; --", 200]);
    expect(compiled.sql).not.toContain("DROP");
    expect(compiled.sql).not.toContain("2027");
    expect(compiled.text).toMatch(/e\.organization_id = \$1::uuid/);
    expect(columnsOf(query)).toEqual(["ticket_type", "currency", "revenue_cents", "tickets_sold"]);
  });

  it("adds no currency column when no money is asked for", () => {
    const query = metricsQuerySchema.parse({ metrics: ["orders"], dimensions: ["event", "day"] });
    expect(columnsOf(query)).toEqual(["event_id", "event", "day", "orders"]);
    expect(compileMetricsQuery(ORG, query).sql).not.toContain("currency");
  });
});
