import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { POST as salesWebhook } from "@/app/api/v1/sales/replies/route";
import { POST as supportWebhook } from "@/app/api/v1/support/email/route";
import { replyToAddress } from "@/lib/email/reply-address";
import { supportAddress } from "@/lib/email/support-address";
import { call, orgWithKey, sampleImport } from "@/tests/api-client";
import { testDb } from "@/tests/db";

/**
 * The support inbox by email: Postmark's inbound webhook (HTTP Basic), an event imported by its
 * ticketing system (more than 30 days out: full refunds up to the €500 limit). Maria bought ord_1.
 */
const db = testDb();
const INBOX = "replies@inbound.eventos.test";
let eventId: string;
let address: string;

beforeAll(async () => {
  const { key } = await orgWithKey(db, ["import"]);
  const imported = await call(importRoute, { path: "/api/v1/import", key, body: sampleImport() });
  eventId = imported.json.eventId as string;
  address = supportAddress(eventId, INBOX) ?? "";
});

type Handler = (request: Request) => Promise<Response>;
async function deliver(
  payload: Record<string, unknown>,
  handler: Handler = supportWebhook,
  password = "test-inbound-secret",
) {
  const response = await handler(
    new Request("http://localhost/api/v1/support/email", {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`postmark:${password}`).toString("base64")}`,
        "content-type": "application/json",
      },
      body: JSON.stringify(payload),
    }),
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** An email as Postmark posts it, to the event's support address unless `To` is given. */
const email = (fields: Record<string, unknown>) => ({
  From: "Maria Silva <Maria@Example.com>",
  To: address,
  ToFull: [{ Email: address, MailboxHash: eventId }],
  Subject: "Refund",
  TextBody: "Hello, please refund my order ord_1.",
  MessageID: randomUUID(),
  Headers: [{ Name: "Received-SPF", Value: "pass (example.com: domain of maria@example.com designates ...)" }],
  ...fields,
});

const repliesTo = (person: string) =>
  db.emailMessage.findMany({
    where: { eventId, to: { has: person }, idempotencyKey: { startsWith: "support-email:" } },
    orderBy: { createdAt: "asc" },
  });
const order1 = () => db.order.findFirstOrThrow({ where: { eventId, externalId: "ord_1" } });

describe("the support inbox by email", () => {
  it("refunds the buyer's order and emails the answer back, once however often the email is redelivered", async () => {
    const payload = email({
      Headers: [
        { Name: "Received-SPF", Value: "pass (example.com: domain of maria@example.com designates ...)" },
        { Name: "Message-ID", Value: "<refund-question@mail.example.com>" },
      ],
    });
    const first = await deliver(payload);
    expect(first).toEqual({ status: 200, json: { stored: true, matched: true, support: true } });
    const again = await deliver(payload);
    expect(again).toEqual(first);

    expect(await order1()).toMatchObject({ refundedCents: 49_800, status: "refunded" });
    expect(await db.refund.count({ where: { order: { eventId } } })).toBe(1);
    const conversations = await db.supportConversation.findMany({ where: { eventId } });
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ channel: "email", attendeeEmail: "maria@example.com" });
    expect(conversations[0]?.verifiedAt).not.toBeNull();

    const replies = await repliesTo("maria@example.com");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ to: ["maria@example.com"], subject: "Re: Refund", status: "sent" });
    expect(replies[0]?.text).toContain("Lisbon Data Summit 2027 support");
    expect(replies[0]?.replyToken).toMatch(/^[0-9a-f]{32}$/);
    // The answer threads under the attendee's email in their mail client.
    expect(replies[0]?.inReplyTo).toBe("<refund-question@mail.example.com>");
  });

  it("continues the conversation when the attendee answers the reply, through the shared inbound webhook", async () => {
    const [reply] = await repliesTo("maria@example.com");
    if (!reply?.replyToken || !reply.messageId) throw new Error("the first test's reply is missing");
    const [conversation] = await db.supportConversation.findMany({ where: { eventId } });
    const messagesBefore = await db.supportMessage.count({ where: { conversationId: conversation?.id } });
    const replyAddress = replyToAddress(INBOX, reply.replyToken);
    const answer = await deliver(
      email({
        To: replyAddress,
        ToFull: [{ Email: replyAddress, MailboxHash: reply.replyToken }],
        Subject: "Re: Refund",
        TextBody: "Thank you! And can I bring a backpack?",
        Headers: [{ Name: "In-Reply-To", Value: reply.messageId }],
      }),
      salesWebhook,
    );
    expect(answer.json).toEqual({ stored: true, matched: true, support: true });
    expect(await db.supportConversation.count({ where: { eventId } })).toBe(1);
    expect(await db.supportMessage.count({ where: { conversationId: conversation?.id } })).toBeGreaterThan(
      messagesBefore,
    );
    const replies = await repliesTo("maria@example.com");
    expect(replies).toHaveLength(2);
    expect(replies[1]?.subject).toBe("Re: Refund");
    expect(replies[1]?.text).toMatch(/backpack/i);
    expect(await db.inboundEmail.count({ where: { fromEmail: "maria@example.com" } })).toBe(0);

    // Forwarded to someone else who answers it: their own conversation, nothing of Maria's.
    const forwarded = await deliver(
      email({
        From: "lee@example.com",
        To: replyAddress,
        ToFull: [{ Email: replyAddress, MailboxHash: reply.replyToken }],
        Subject: "Re: Refund",
        TextBody: "What did you refund on that order? Refund mine too.",
      }),
      salesWebhook,
    );
    expect(forwarded.json).toMatchObject({ matched: true });
    expect(await db.supportConversation.count({ where: { eventId, attendeeEmail: "lee@example.com" } })).toBe(1);
    const [toLee] = await repliesTo("lee@example.com");
    for (const secret of ["Maria", "Silva", "498", "ord_1"]) expect(toLee?.text).not.toContain(secret);
  });

  it("does not act on another person's order for a wrong sender, nor tell them about it", async () => {
    const { key } = await orgWithKey(db, ["import"]);
    const other = await call(importRoute, { path: "/api/v1/import", key, body: sampleImport("evt_2") });
    const otherId = other.json.eventId as string;
    const to = supportAddress(otherId, INBOX);
    const response = await deliver(
      email({ From: "someone@example.org", To: to, ToFull: [{ Email: to, MailboxHash: otherId }] }),
    );
    expect(response.json).toMatchObject({ matched: true });
    expect(await db.order.findFirstOrThrow({ where: { eventId: otherId, externalId: "ord_1" } })).toMatchObject({
      refundedCents: 0,
    });
    const [reply] = await db.emailMessage.findMany({ where: { eventId: otherId, to: { has: "someone@example.org" } } });
    for (const secret of ["Maria", "Silva", "498", "49,80"]) expect(reply?.text).not.toContain(secret);
  });

  it("leaves forged, automatic and misaddressed emails unanswered, and refuses a wrong secret", async () => {
    const conversations = await db.supportConversation.count({ where: { eventId } });
    const replies = (await repliesTo("maria@example.com")).length;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ Headers: [{ Name: "Received-SPF", Value: "fail (example.com: domain does not designate ...)" }] }, /SPF/],
      [{ Headers: [{ Name: "Auto-Submitted", Value: "auto-replied" }] }, /automatic/],
      [{ To: supportAddress(randomUUID(), INBOX), ToFull: [] }, /does not exist/],
      [{ To: "someone@inbound.eventos.test", ToFull: [] }, /not sent to a support address/],
    ];
    for (const [fields, reason] of cases) {
      const response = await deliver(email(fields));
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ stored: false, matched: false, support: true, reason });
    }
    expect(await db.supportConversation.count({ where: { eventId } })).toBe(conversations);
    expect(await repliesTo("maria@example.com")).toHaveLength(replies);
    expect(await db.refund.count({ where: { order: { eventId } } })).toBe(1);
    expect((await deliver(email({}), supportWebhook, "wrong")).status).toBe(401);
  });
});
