import { beforeAll, describe, expect, it } from "vitest";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import { testDb } from "@/tests/db";
import { supportFixture } from "@/tests/support-fixture";
import { handleSupportMessage } from "./conversation";
import { listConversations, supportMetrics } from "./metrics";
import { REOPEN_WINDOW_MS } from "./resolution";

const db = testDb();
const HOUR = 3_600_000;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);

type Fixture = Awaited<ReturnType<typeof supportFixture>>;
let f: Fixture;
let other: Fixture;
let articles: { bags: string; refunds: string };

type Message = { role: "attendee" | "agent" | "staff"; body: string; cited?: string[] };

/** A conversation as the conversation layer stores it, with its messages a second apart. */
async function conversation(
  fixture: Fixture,
  fields: {
    status: ConversationStatus;
    createdAt: Date;
    firstResponseMs?: number;
    resolvedAt?: Date;
    reopenedAt?: Date;
    escalationReason?: string;
    messages: Message[];
  },
) {
  const titles = new Map([
    [articles.bags, "Bag policy"],
    [articles.refunds, "Refund policy"],
  ]);
  const { messages, ...rest } = fields;
  return db.supportConversation.create({
    data: {
      organizationId: fixture.org.id,
      eventId: fixture.event.id,
      channel: "web",
      attendeeEmail: "someone@example.com",
      ...rest,
      messages: {
        create: messages.map((message, i) => ({
          role: message.role,
          body: message.body,
          citations: (message.cited ?? []).map((articleId) => ({ articleId, title: titles.get(articleId) ?? "" })),
          createdAt: new Date(fields.createdAt.getTime() + i * 1000),
        })),
      },
    },
  });
}

beforeAll(async () => {
  f = await supportFixture(db);
  other = await supportFixture(db);
  const [bags, refunds] = await Promise.all(
    ["Bag policy", "Refund policy"].map((title) =>
      db.knowledgeArticle.create({
        data: { organizationId: f.org.id, eventId: f.event.id, title, body: `${title} text.` },
      }),
    ),
  );
  articles = { bags: bags?.id ?? "", refunds: refunds?.id ?? "" };
  const old = ago(5 * 24 * HOUR);
  // Verified: resolved 4 days ago, informational, cited the bag policy (twice in one reply: used once).
  await conversation(f, {
    status: "resolved",
    createdAt: old,
    firstResponseMs: 400,
    resolvedAt: ago(4 * 24 * HOUR),
    messages: [
      { role: "attendee", body: "Can I bring a backpack?" },
      { role: "agent", body: "Small bags are welcome.", cited: [articles.bags, articles.bags] },
    ],
  });
  // Resolved, then reopened an hour later: not verified.
  await conversation(f, {
    status: "open",
    createdAt: old,
    firstResponseMs: 800,
    resolvedAt: ago(4 * 24 * HOUR),
    reopenedAt: ago(4 * 24 * HOUR - HOUR),
    messages: [
      { role: "attendee", body: "I'd like a refund for order X-1001 please" },
      { role: "agent", body: "Refunded.", cited: [articles.refunds] },
      { role: "attendee", body: "The large bags rule, is it per person?" },
      { role: "agent", body: "Yes.", cited: [articles.bags] },
    ],
  });
  // Resolved an hour ago: inside the 72 hours, pending.
  await conversation(f, {
    status: "resolved",
    createdAt: ago(2 * HOUR),
    firstResponseMs: 1200,
    resolvedAt: ago(HOUR),
    messages: [
      { role: "attendee", body: "What is the refund policy?" },
      { role: "agent", body: "Up to 30 days before…", cited: [articles.refunds] },
    ],
  });
  // Handed off: the knowledge base had nothing.
  await conversation(f, {
    status: "handed_off",
    createdAt: ago(3 * HOUR),
    firstResponseMs: 2000,
    escalationReason: "not_in_knowledge_base",
    messages: [
      { role: "attendee", body: "Is there a prayer room at the venue?" },
      { role: "agent", body: "I'll check with the team." },
      { role: "attendee", body: "thanks" },
    ],
  });
  // Handed off: upset.
  await conversation(f, {
    status: "handed_off",
    createdAt: ago(3 * HOUR),
    firstResponseMs: 600,
    escalationReason: "upset_attendee",
    messages: [{ role: "attendee", body: "This is unacceptable, I want to speak to a person" }],
  });
  // Outside a 7-day period.
  await conversation(f, {
    status: "open",
    createdAt: ago(20 * 24 * HOUR),
    messages: [{ role: "attendee", body: "Please resend my ticket" }],
  });
  // Another organization's conversation is never counted.
  await conversation(other, {
    status: "open",
    createdAt: ago(HOUR),
    firstResponseMs: 99_000,
    escalationReason: "legal",
    messages: [{ role: "attendee", body: "Where is the cloakroom?" }],
  });
});

describe("supportMetrics", () => {
  it("counts the organization's conversations by status and event, and the first response times", async () => {
    const metrics = await supportMetrics(db, { organizationId: f.org.id, now });
    expect(metrics.total).toBe(6);
    expect(metrics.byStatus).toEqual({ open: 2, resolved: 2, handed_off: 2 });
    expect(metrics.byEvent).toEqual([
      { eventId: f.event.id, name: "Harbour Tech Day", counts: { open: 2, resolved: 2, handed_off: 2 } },
    ]);
    // 400, 600, 800, 1200, 2000: median 800, p90 between 1200 and 2000.
    expect(metrics.firstResponse).toEqual({ medianMs: 800, p90Ms: 1680, measured: 5 });
  });

  it("verifies resolution: one verified, one pending, the rest known and not resolved", async () => {
    const metrics = await supportMetrics(db, { organizationId: f.org.id, now });
    expect(metrics.resolution).toEqual({ conversations: 6, resolved: 3, verified: 1, rate: 1 / 5, pending: 1 });
    // Once the pending one's 72 hours pass, it counts.
    const later = new Date(now.getTime() + REOPEN_WINDOW_MS);
    const after = await supportMetrics(db, { organizationId: f.org.id, now: later });
    expect(after.resolution).toMatchObject({ verified: 2, pending: 0, rate: 2 / 6 });
  });

  it("lists escalations by reason, the articles cited most and the questions with no answer", async () => {
    const metrics = await supportMetrics(db, { organizationId: f.org.id, now });
    expect(metrics.escalations).toEqual([
      { reason: "not_in_knowledge_base", count: 1 },
      { reason: "upset_attendee", count: 1 },
    ]);
    expect(metrics.topArticles).toEqual([
      { articleId: articles.bags, title: "Bag policy", citations: 2 },
      { articleId: articles.refunds, title: "Refund policy", citations: 2 },
    ]);
    // The attendee's "thanks" in the same conversation is not a question.
    expect(metrics.unanswered.map((item) => item.body)).toEqual(["Is there a prayer room at the venue?"]);
  });

  it("groups what attendees ask about by intent", async () => {
    const metrics = await supportMetrics(db, { organizationId: f.org.id, now });
    expect(metrics.messagesRead).toBe(8);
    expect(metrics.topics).toEqual([
      { kind: "question", label: "Questions about the event", count: 3 },
      { kind: "human", label: "Asked for a person", count: 1 },
      { kind: "refund_question", label: "Questions about refunds", count: 1 },
      { kind: "refund", label: "Refund requests", count: 1 },
      { kind: "resend", label: "Tickets sent again", count: 1 },
    ]);
  });

  it("narrows to a period and an event, and to nothing of another organization's", async () => {
    const week = await supportMetrics(db, { organizationId: f.org.id, period: "7d", now });
    expect(week.total).toBe(5);
    expect(week.topics.find((topic) => topic.kind === "resend")).toBeUndefined();
    const elsewhere = await supportMetrics(db, { organizationId: f.org.id, eventId: other.event.id, now });
    expect(elsewhere).toMatchObject({ total: 0, topArticles: [], unanswered: [], topics: [], escalations: [] });
    expect(elsewhere.resolution.rate).toBeNull();
    expect(elsewhere.firstResponse).toEqual({ medianMs: null, p90Ms: null, measured: 0 });
  });
});

describe("listConversations", () => {
  it("lists newest first with the first attendee message, filtered by status", async () => {
    const all = await listConversations(db, { organizationId: f.org.id, now });
    expect(all.total).toBe(6);
    expect(all.conversations[0]?.firstMessage).toBe("What is the refund policy?");
    const handedOff = await listConversations(db, { organizationId: f.org.id, status: "handed_off", now });
    expect(handedOff.conversations.map((row) => row.escalationReason).sort()).toEqual([
      "not_in_knowledge_base",
      "upset_attendee",
    ]);
    const none = await listConversations(db, { organizationId: other.org.id, eventId: f.event.id, now });
    expect(none).toEqual({ total: 0, conversations: [] });
  });
});

describe("the figures of conversations the Support agent really had", () => {
  it("counts a cited answer, a refund and a question the knowledge base does not answer", async () => {
    const g = await supportFixture(db);
    await db.knowledgeArticle.create({
      data: {
        organizationId: g.org.id,
        eventId: g.event.id,
        title: "Bag policy",
        body: "Small bags are welcome. Backpacks larger than 40 x 30 x 15 cm must go to the cloakroom at the entrance.",
      },
    });
    const send = (from: string, message: string) =>
      handleSupportMessage(
        db,
        { organizationId: g.org.id, eventId: g.event.id, channel: "email", verified: true, from, message },
        { model: null },
      );
    await send("visitor@example.com", "Can I bring a backpack?");
    await send(g.buyers.ben.email, `Please refund order ${g.orders.single.reference}`);
    await send("other@example.com", "Is there a prayer room at the venue?");

    const metrics = await supportMetrics(db, { organizationId: g.org.id });
    expect(metrics.byStatus).toEqual({ open: 0, resolved: 2, handed_off: 1 });
    expect(metrics.firstResponse.measured).toBe(3);
    // Resolved a moment ago: inside the 72 hours, so not counted either way yet.
    expect(metrics.resolution).toMatchObject({ resolved: 2, verified: 0, pending: 2, rate: 0 });
    expect(metrics.topArticles.map((article) => article.title)).toEqual(["Bag policy"]);
    expect(metrics.escalations).toEqual([{ reason: "not_in_knowledge_base", count: 1 }]);
    expect(metrics.unanswered.map((item) => item.body)).toEqual(["Is there a prayer room at the venue?"]);
    const later = await supportMetrics(db, {
      organizationId: g.org.id,
      now: new Date(Date.now() + REOPEN_WINDOW_MS + 1000),
    });
    expect(later.resolution).toMatchObject({ verified: 2, pending: 0, rate: 2 / 3 });
  });
});
