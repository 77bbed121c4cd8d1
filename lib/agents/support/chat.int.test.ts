import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/agents/core/gate";
import type { ChatResult } from "@/lib/copilot/answer";
import { bindChatTools } from "@/lib/copilot/chat-tools";
import { confirmChatRequest } from "@/lib/copilot/confirmations";
import type { ChatContext } from "@/lib/copilot/surface";
import { findChatTool } from "@/lib/copilot/surfaces";
import { createEvent } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { US_FORMAT } from "@/tests/format";
import { supportFixture } from "@/tests/support-fixture";

const db = testDb();
let f: Awaited<ReturnType<typeof supportFixture>>;
let context: ChatContext;

const HOUR = 3_600_000;

async function ask(tool: string, args: Record<string, unknown>): Promise<ChatResult> {
  const bound = bindChatTools(context).find((candidate) => candidate.name === tool);
  if (!bound) throw new Error(`no chat tool ${tool}`);
  return bound.execute(args);
}

async function confirmed(result: ChatResult) {
  if (!result.confirmation) throw new Error(`no card: ${result.summary}`);
  const state = await confirmChatRequest(context, result.confirmation.id, findChatTool);
  if (state.status !== "confirmed" || !state.result) throw new Error(`not confirmed: ${state.status}`);
  return state.result;
}

beforeAll(async () => {
  f = await supportFixture(db, { daysToEvent: 40 });
  const caller: Caller = { organizationId: f.org.id, userId: f.people.owner.id, role: "owner", source: "chat" };
  context = { db, caller, format: US_FORMAT };
  const second = await createEvent(
    db,
    f.org.id,
    testEventSpec(new Date(), { name: "Harbour Night Market", slug: `market-${f.org.slug}` }),
  );
  const conversation = (eventId: string, status: "open" | "resolved" | "handed_off", extra = {}) =>
    db.supportConversation.create({
      data: { organizationId: f.org.id, eventId, channel: "email", attendeeEmail: "a@example.com", status, ...extra },
    });
  await conversation(f.event.id, "open", {
    firstResponseMs: 900,
    messages: { create: [{ role: "attendee", body: "Can I bring my dog?" }] },
  });
  await conversation(f.event.id, "open", { firstResponseMs: 1100 });
  await conversation(f.event.id, "handed_off", {
    escalationReason: "not_in_knowledge_base",
    messages: {
      create: [
        { role: "attendee", body: "Is there a quiet room for prayer?" },
        { role: "agent", body: "I'll check with the team." },
      ],
    },
  });
  await conversation(second.id, "resolved", {
    resolvedAt: new Date(Date.now() - 100 * HOUR),
    messages: {
      create: [
        { role: "attendee", body: "Where do I park?" },
        { role: "agent", body: "In the P2 garage.", citations: [{ articleId: "a1", title: "Parking" }] },
      ],
    },
  });
});

describe("the Support agent in the chat", () => {
  it('"how many support requests are open?" answers with the counts by status and event', async () => {
    const said = await ask("support_requests", {});
    expect(said.summary).toContain("Support requests for your events: 2 open, 1 resolved, 1 handed off (4 in all).");
    expect(said.summary).toContain("- Harbour Tech Day: 2 open, 0 resolved, 1 handed off");
    expect(said.summary).toContain("- Harbour Night Market: 0 open, 1 resolved, 0 handed off");
    expect(said.summary).toContain("Handed off: 1 for a question the knowledge base does not answer.");
    expect(said.summary).toContain("Verified resolution 25% (1 conversations; the target is 95%)");
    expect(said.summary).toContain("median first response 1 s");
    const one = await ask("support_requests", { eventId: f.event.id });
    expect(one.summary).toMatch(/^Support requests for Harbour Tech Day: 2 open, 0 resolved, 1 handed off/);
    expect(one.link).toEqual({ href: `/support?event=${f.event.id}`, label: "Open Support" });
  });

  it('"what are attendees asking about?" answers the topics, the articles cited and the unanswered questions', async () => {
    const said = await ask("support_topics", {});
    expect(said.summary).toContain("What attendees asked about for your events in the last 30 days (3 messages):");
    expect(said.summary).toContain("- Questions about the event: 3");
    expect(said.summary).toContain("Articles cited most: Parking (1).");
    expect(said.summary).toContain(
      '1 question the knowledge base could not answer (articles to write):\n- "Is there a quiet room for prayer?"',
    );
  });

  it('"run the support agent for X" indexes its knowledge base and reports readiness and the queue', async () => {
    const empty = await ask("supportAgent", { eventId: f.event.id });
    expect(empty.summary).toContain("Harbour Tech Day has no knowledge-base articles yet");
    await db.knowledgeArticle.createMany({
      data: ["Parking", "Bags"].map((title) => ({
        organizationId: f.org.id,
        eventId: f.event.id,
        title,
        body: `${title}: what to know.`,
      })),
    });
    const said = await ask("supportAgent", { eventId: f.event.id });
    expect(said.summary.split("\n")).toEqual([
      "Support agent for Harbour Tech Day is running.",
      "2 articles of 2 searchable by full-text search (no embedding model configured).",
      "Default policy: refunds 100% from 30 days before, 50% from 14 days before, 25% from 7 days before; up to €500 without a person; transfers until 1 day before.",
      "Last 30 days: 2 open, 0 resolved, 1 handed off; 1 question with no answer in the knowledge base.",
    ]);
    expect(said.link).toEqual({ href: `/support?event=${f.event.id}`, label: "Open Support" });
    await db.knowledgeArticle.deleteMany({ where: { eventId: f.event.id } });
  });

  it("answers another organization's event with a 404 in words", async () => {
    const other = await supportFixture(db);
    expect(await ask("support_requests", { eventId: other.event.id })).toMatchObject({ error: "not_found" });
  });
});

describe('"refund order X" from the chat', () => {
  it("shows the card with the policy's amount first, then refunds through the gate once confirmed", async () => {
    const card = await ask("process_refund", { order: f.orders.single.reference });
    expect(card.confirmation?.title).toContain(`Refund €300 (100%`);
    expect(card.confirmation?.lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Full auto/), `1 recipient: ${f.buyers.ben.email}.`]),
    );
    expect(await db.refund.count({ where: { orderId: f.orders.single.id } })).toBe(0);

    const done = await confirmed(card);
    expect(done.summary).toContain(
      `Refunded €300 on order ${f.orders.single.reference} (Harbour Tech Day): 100% by the policy`,
    );
    const refunds = await db.refund.findMany({ where: { orderId: f.orders.single.id } });
    expect(refunds.map((refund) => [refund.amountCents, refund.reason])).toEqual([
      [30_000, "Asked for in the chat by Owner Person."],
    ]);
    const activity = await db.agentActivity.findFirstOrThrow({
      where: { organizationId: f.org.id, activityType: "refund_processed" },
    });
    expect(activity).toMatchObject({ status: "success", eventId: f.event.id });
  });

  it("over the limit, the refund waits in the inbox with the computed amount", async () => {
    const card = await ask("process_refund", { order: f.orders.pair.reference, eventId: f.event.id });
    expect(card.confirmation?.lines.join("\n")).toMatch(/The policy sends it to a person first: refund_over_limit/);
    const waiting = await confirmed(card);
    expect(waiting.summary).toMatch(/escalated to the inbox/);
    const [approval] = waiting.approvals ?? [];
    expect(approval).toMatchObject({ action: "process_refund" });
    expect(await db.approval.findUniqueOrThrow({ where: { id: approval?.id } })).toMatchObject({
      status: "pending",
      risk: "critical",
      amountCents: 60_000,
    });
    expect(await db.refund.count({ where: { orderId: f.orders.pair.id } })).toBe(0);
  });

  it("in assisted mode, waits for an approval after the card", async () => {
    await f.setMode("assisted");
    const card = await ask("process_refund", { order: f.orders.partial.externalId });
    expect(card.confirmation?.lines[0]).toMatch(/^Assisted/);
    const waiting = await confirmed(card);
    expect(waiting.summary).toMatch(/waiting for your approval/);
    expect(waiting.approvals?.[0]).toMatchObject({ action: "process_refund" });
    expect(await db.refund.count({ where: { orderId: f.orders.partial.id } })).toBe(0);
    await f.setMode("full_auto");
  });

  it("an order no event of the organization has is answered in words and nothing runs", async () => {
    expect(await ask("process_refund", { order: "NOPE-0000" })).toMatchObject({
      error: "not_found",
      summary: "No order NOPE-0000 in this organization's events.",
    });
  });
});
