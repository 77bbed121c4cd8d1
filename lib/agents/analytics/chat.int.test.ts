import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/agents/core/gate";
import { bindChatTools } from "@/lib/copilot/chat-tools";
import type { ChatContext } from "@/lib/copilot/surface";
import { createEvent, createSalesHistory } from "@/prisma/seed/factories";
import { memberInEveryRole, testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { US_FORMAT } from "@/tests/format";

const db = testDb();

async function organizationWithEvent() {
  const org = await uniqueOrganization(db);
  const people = await memberInEveryRole(db, org);
  const spec = testEventSpec(new Date(), { slug: `tech-day-${org.slug}` });
  const event = await createEvent(db, org.id, spec);
  await createSalesHistory(db, event.id, spec.ticketTypes, {
    tickets: 90,
    until: new Date(),
    refundRate: 0,
    orderPrefix: org.slug,
    seed: 7,
  });
  const caller: Caller = { organizationId: org.id, userId: people.viewer.id, role: "viewer", source: "chat" };
  const context: ChatContext = { db, caller, format: US_FORMAT, activities: [] };
  const ask = (tool: string, args: Record<string, unknown>) => {
    const bound = bindChatTools(context).find((candidate) => candidate.name === tool);
    if (!bound) throw new Error(`no chat tool ${tool}`);
    return bound.execute(args);
  };
  return { org, event, context, ask };
}

describe("the Analytics agent in the chat", () => {
  it('"run the analytics agent for X" says the forecast, the unusual days and the revenue, each through the gate', async () => {
    const { event, context, ask } = await organizationWithEvent();
    const said = await ask("analyticsAgent", { eventId: event.id });
    const [head, forecast, anomalies, revenue] = said.summary.split("\n\n");
    expect(head).toBe("Analytics for Harbour Tech Day:");
    expect(forecast).toMatch(
      /^Harbour Tech Day is forecast to end at \d+ attendees \(P10 \d+, P90 \d+\), with 90 seats held/,
    );
    expect(anomalies).toMatch(/Harbour Tech Day/);
    expect(revenue).toMatch(/^Harbour Tech Day: €9,000 net revenue from 90 seats held/);
    // Three reads, three activities, all the viewer's own organization's.
    expect(context.activities).toHaveLength(3);
    const logged = await db.agentActivity.findMany({ where: { id: { in: context.activities } } });
    expect(logged.map((row) => row.activityType).sort()).toEqual([
      "anomalies_identified",
      "attendance_predicted",
      "revenue_analyzed",
    ]);
  });

  it('"will X sell out?" answers with the range and the chances, and another organization\'s event is a 404', async () => {
    const { event, ask } = await organizationWithEvent();
    const said = await ask("predict_attendance", { eventId: event.id });
    expect(said.summary).toMatch(/Reaching the target is .+ Selling out is /);
    const other = await organizationWithEvent();
    expect(await ask("analyticsAgent", { eventId: other.event.id })).toMatchObject({ error: "not_found" });
  });
});
