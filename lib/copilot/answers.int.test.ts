import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, runTool } from "@/lib/agents/core/gate";
import type { AnyTool } from "@/lib/agents/core/tool";
import { checkDeliverables } from "@/lib/agents/operations/tools/check-deliverables";
import { checkVendorConfirmations } from "@/lib/agents/operations/tools/check-vendor-confirmations";
import { monitorTicketSales } from "@/lib/agents/operations/tools/monitor-ticket-sales";
import { trackBudget } from "@/lib/agents/operations/tools/track-budget";
import { SOLD_STATUSES } from "@/lib/events/queries";
import { formatMoney, formatNumber } from "@/lib/format";
import { testDb } from "@/tests/db";
import { US_FORMAT } from "@/tests/format";
import { operationsFixture } from "@/tests/operations-fixture";
import type { ChatAnswer } from "./answer";
import { answerFor } from "./answers";

/** Real tools through the gate on a Riverside-like event, put into words: the figures are the database's. */
const db = testDb();
let fixture: Awaited<ReturnType<typeof operationsFixture>>;
let caller: Caller;

beforeAll(async () => {
  fixture = await operationsFixture(db);
  caller = fixture.caller("member");
});

async function answered(tool: AnyTool): Promise<ChatAnswer> {
  const input = { eventId: fixture.event.id };
  const outcome = await runTool(db, caller, tool, input);
  if (outcome.status !== "executed") throw new Error(`${tool.name} did not run: ${outcome.status}`);
  const answer = answerFor(tool.name);
  if (!answer) throw new Error(`${tool.name} has no answer`);
  return answer({ db, organizationId: fixture.org.id, now: new Date(), format: US_FORMAT }, input, outcome.output);
}

describe("answers of real tools", () => {
  it("monitor_ticket_sales says the tickets sold as the database counts them, and charts them", async () => {
    const sold = await db.ticket.count({ where: { eventId: fixture.event.id, status: { in: SOLD_STATUSES } } });
    const said = await answered(monitorTicketSales);
    expect(said.summary).toContain(`Lakeside Blues Weekend: ${formatNumber(sold)} of 3,500 tickets`);
    expect(said.summary).toContain("20 days out");
    expect(said.chart?.kind).toBe("ticket_sales");
    if (said.chart?.kind !== "ticket_sales") return;
    expect(said.chart.series.at(-1)?.sold).toBe(sold);
  });

  it("track_budget says the spend as the database sums it, and charts it", async () => {
    const spent = await db.expense.aggregate({
      where: { budgetLine: { eventId: fixture.event.id }, incurredAt: { lte: new Date() } },
      _sum: { amountCents: true },
    });
    const spentCents = spent._sum.amountCents ?? 0;
    expect(spentCents).toBeGreaterThan(0);
    const said = await answered(trackBudget);
    expect(said.summary).toContain(`${formatMoney(spentCents, "USD")} of $310,000 spent`);
    expect(said.link?.href).toBe(`/events/${fixture.event.id}#budget`);
    if (said.chart?.kind !== "budget") throw new Error("no budget chart");
    expect(said.chart.burn.at(-1)?.spentCents).toBe(spentCents);
  });

  it("check_deliverables and check_vendor_confirmations count what the database holds", async () => {
    const overdue = await db.deliverable.count({
      where: { eventId: fixture.event.id, status: { in: ["pending", "in_progress"] }, dueAt: { lt: new Date() } },
    });
    expect(overdue).toBeGreaterThan(0);
    expect((await answered(checkDeliverables)).summary).toContain(
      `Lakeside Blues Weekend: ${overdue} deliverables overdue`,
    );

    const vendors = await db.vendor.groupBy({
      by: ["confirmation"],
      where: { eventId: fixture.event.id },
      _count: { _all: true },
    });
    const of = (confirmation: string) => vendors.find((row) => row.confirmation === confirmation)?._count._all ?? 0;
    const total = vendors.reduce((sum, row) => sum + row._count._all, 0);
    expect((await answered(checkVendorConfirmations)).summary).toContain(
      `${of("confirmed")} of ${total} vendors confirmed, ${of("pending")} still to confirm, ${of("cancelled")} cancelled:`,
    );
  });
});
