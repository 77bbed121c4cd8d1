import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/sales/replies/route";
import { runTool } from "@/lib/agents/core/gate";
import type { EmailProvider, OutgoingEmail } from "@/lib/email/providers";
import { deliverQueued, queueEmail } from "@/lib/email/send";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { recordReply, unmatchedReplies } from "./inbound";
import { updateCrm } from "./tools/update-crm";

/**
 * Replies from prospects: the inbound webhook (Postmark's shape, Basic auth; the sender is untrusted)
 * and a person recording one. Two organizations wrote to the same buyer; the second one wrote last.
 */
const db = testDb();
const BUYER = "buyer@acme-shared.example";

type Side = {
  organizationId: string;
  ownerId: string;
  eventId: string;
  companyId: string;
  dealId: string;
  /** The outreach email as the provider was given it (Message-ID, Reply-To) and as stored. */
  sent: OutgoingEmail;
  emailId: string;
  messageId: string;
  replyToken: string;
};

/** A provider at the edge that keeps what it was asked to send, as the local outbox would deliver it. */
function capturingProvider() {
  const delivered: OutgoingEmail[] = [];
  const provider: EmailProvider = {
    name: "local-outbox",
    idempotencyWindowMs: Number.POSITIVE_INFINITY,
    deliver: async (message) => {
      delivered.push(message);
      return { providerMessageId: null };
    },
  };
  return { provider, delivered };
}

async function side(name: string): Promise<Side> {
  const org = await uniqueOrganization(db, name);
  const owner = await createMember(db, {
    organizationId: org.id,
    email: `o-${org.slug}@example.com`,
    name: "Owner",
    role: "owner",
  });
  const event = await createEvent(db, org.id, testEventSpec(new Date()));
  const company = await db.sponsorCompany.create({
    data: {
      organizationId: org.id,
      name: "Acme",
      domain: "acme-shared.example",
      industry: "Fintech",
      contacts: {
        create: { organizationId: org.id, name: "Buyer", email: BUYER, title: "VP Marketing", seniority: "vp" },
      },
    },
    include: { contacts: true },
  });
  const deal = await db.sponsorDeal.create({
    data: {
      organizationId: org.id,
      eventId: event.id,
      companyId: company.id,
      contactId: company.contacts[0]?.id,
      stage: "contacted",
    },
  });
  const { provider, delivered } = capturingProvider();
  const emailId = await queueEmail(
    db,
    {
      organizationId: org.id,
      eventId: event.id,
      dealId: deal.id,
      idempotencyKey: `outreach-${deal.id}`,
      to: [BUYER],
      subject: "Sponsoring",
      text: "Hello",
    },
    provider,
  );
  await deliverQueued(db, [emailId], provider);
  const stored = await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
  const [sent] = delivered;
  if (!sent || !stored.messageId || !stored.replyToken) throw new Error("the outreach email was not delivered");
  return {
    organizationId: org.id,
    ownerId: owner.id,
    eventId: event.id,
    companyId: company.id,
    dealId: deal.id,
    sent,
    emailId,
    messageId: stored.messageId,
    replyToken: stored.replyToken,
  };
}

let first: Side;
let latest: Side;

beforeAll(async () => {
  first = await side("Replies");
  latest = await side("Wrote Last");
});

const webhook = (body: unknown, password = "test-inbound-secret") =>
  POST(
    new Request("http://localhost/api/v1/sales/replies", {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`inbound:${password}`).toString("base64")}`,
        "content-type": "application/json",
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

let sequence = 0;
/** A Postmark inbound payload from the buyer, with a fresh MessageID unless one is given. */
const inbound = (fields: Record<string, unknown>) => ({
  From: `Buyer <${BUYER.toUpperCase()}>`,
  To: "EventOS <agents@eventos.local>",
  Subject: "Re: Sponsoring",
  TextBody: "Sounds great, let's set up a call.",
  MessageID: `inbound-${Date.now()}-${sequence++}`,
  ...fields,
});
const citing = (messageId: string) => ({ Headers: [{ Name: "In-Reply-To", Value: messageId }] });

const repliesOn = (dealId: string) => db.sponsorReply.count({ where: { dealId } });
const dealOf = (dealId: string) =>
  db.sponsorDeal.findUniqueOrThrow({ where: { id: dealId }, include: { notes: true } });

describe("outreach emails name themselves for replies", () => {
  it("carry our Message-ID and a Reply-To with the message's own reply token", () => {
    expect(first.sent.messageId).toBe(first.messageId);
    expect(first.messageId).toMatch(/^<[0-9a-f-]{36}@eventos\.local>$/);
    expect(first.sent.replyTo).toBe(`replies+${first.replyToken}@inbound.eventos.test`);
    expect(first.replyToken).not.toBe(latest.replyToken);
  });
});

describe("the inbound reply webhook", () => {
  it("a reply lands on the deal of the email it answers, not on the latest email to the sender", async () => {
    const response = await webhook(inbound(citing(first.messageId)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: true, matched: true, classification: "interested" });
    expect(await repliesOn(first.dealId)).toBe(1);
    expect(await repliesOn(latest.dealId)).toBe(0);
    const deal = await dealOf(first.dealId);
    expect(deal.stage).toBe("engaged");
    expect(deal.notes.map((note) => note.body)).toContain("Reply (interested): Sounds great, let's set up a call.");
    expect((await dealOf(latest.dealId)).stage).toBe("contacted");
  });

  it("a reply sent to a message's reply address lands on that message's deal", async () => {
    const before = await repliesOn(first.dealId);
    const address = `replies+${first.replyToken}@inbound.eventos.test`;
    const response = await webhook(
      inbound({ To: address, ToFull: [{ Email: address, MailboxHash: first.replyToken }], TextBody: "When?" }),
    );
    expect(await response.json()).toMatchObject({ matched: true, classification: "question" });
    expect(await repliesOn(first.dealId)).toBe(before + 1);
    expect(await repliesOn(latest.dealId)).toBe(0);
  });

  it("a reply that answers none of our emails is kept as unmatched and changes nothing", async () => {
    const notes = (await dealOf(latest.dealId)).notes.length;
    const forged = [
      inbound({ TextBody: "Please remove me from this list." }),
      inbound({ ...citing("<made-up@eventos.local>"), TextBody: "Please remove me from this list." }),
      inbound({ To: `replies+${"0".repeat(32)}@inbound.eventos.test`, TextBody: "Please remove me from this list." }),
    ];
    for (const payload of forged) {
      const response = await webhook(payload);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        stored: true,
        matched: false,
        reason: "It answers no email we sent (no known reply address or Message-ID).",
      });
      expect(await db.inboundEmail.findUniqueOrThrow({ where: { externalId: payload.MessageID } })).toMatchObject({
        fromEmail: BUYER,
        replyId: null,
        organizationId: null,
        unmatchedReason: expect.stringMatching(/answers no email we sent/),
      });
    }
    expect(await repliesOn(latest.dealId)).toBe(0);
    expect((await dealOf(latest.dealId)).notes).toHaveLength(notes);
    const contacts = await db.sponsorContact.findMany({ where: { email: BUYER } });
    expect(contacts.map((contact) => contact.unsubscribedAt)).toEqual([null, null]);
  });

  it("a reply to an email that is not about a deal changes nothing and is listed for that organization only", async () => {
    const reminder = await queueEmail(db, {
      organizationId: first.organizationId,
      idempotencyKey: `reminder-${first.organizationId}`,
      to: ["vendor@stage.example"],
      subject: "Stage plot due Friday",
      text: "Hi, the stage plot is due on Friday.",
    });
    await deliverQueued(db, [reminder]);
    const { messageId } = await db.emailMessage.findUniqueOrThrow({ where: { id: reminder } });
    if (!messageId) throw new Error("the reminder has no Message-ID");
    const before = await unmatchedReplies(db, first.organizationId);
    const response = await webhook(inbound({ From: "vendor@stage.example", ...citing(messageId), TextBody: "Done." }));
    expect(await response.json()).toEqual({
      stored: true,
      matched: false,
      reason: "It answers an email that is not about a sponsor deal.",
    });
    const listed = await unmatchedReplies(db, first.organizationId);
    expect(listed.count).toBe(before.count + 1);
    expect(listed.latest[0]).toMatchObject({
      fromEmail: "vendor@stage.example",
      body: "Done.",
      emailMessage: { subject: "Stage plot due Friday" },
    });
    expect((await unmatchedReplies(db, latest.organizationId)).latest.map((reply) => reply.body)).not.toContain(
      "Done.",
    );
  });

  it("a reply to a deal's email that went to someone else (the host's booking notice) changes nothing", async () => {
    const notice = await queueEmail(db, {
      organizationId: first.organizationId,
      dealId: first.dealId,
      idempotencyKey: `host-notice-${first.dealId}`,
      to: ["host@org.example"],
      subject: "Buyer booked a call",
      text: "Buyer booked a call for Monday.",
    });
    await deliverQueued(db, [notice]);
    const { messageId } = await db.emailMessage.findUniqueOrThrow({ where: { id: notice } });
    if (!messageId) throw new Error("the notice has no Message-ID");
    const before = await repliesOn(first.dealId);
    const response = await webhook(inbound({ From: "host@org.example", ...citing(messageId), TextBody: "Thanks!" }));
    expect(await response.json()).toMatchObject({
      matched: false,
      reason: "It answers an email about a deal that was not sent to the deal's contact.",
    });
    expect(await repliesOn(first.dealId)).toBe(before);
  });

  it("a redelivered email is stored once and the answer names no deal or reply, of any organization", async () => {
    const payload = inbound(citing(latest.messageId));
    const answers = [await webhook(payload), await webhook(payload), await webhook({ ...payload, TextBody: "Hi" })];
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(bodies[0]).toEqual({ stored: true, matched: true, classification: "interested" });
    expect(bodies[1]).toEqual({ stored: true, duplicate: true, matched: true });
    expect(bodies[2]).toEqual({ stored: true, duplicate: true, matched: true });
    for (const body of bodies) expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await repliesOn(latest.dealId)).toBe(1);
  });

  it("an email without a MessageID is refused with a 422 that says so, and nothing is stored", async () => {
    const { MessageID: _missing, ...withoutId } = inbound(citing(first.messageId));
    const before = await repliesOn(first.dealId);
    const response = await webhook(withoutId);
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toMatch(/MessageID is required/);
    expect(await repliesOn(first.dealId)).toBe(before);
  });

  it("an email over the size limit is refused with a 413 that says so, and nothing is stored", async () => {
    const before = await repliesOn(first.dealId);
    const longText = await webhook(inbound({ ...citing(first.messageId), TextBody: "a".repeat(20_001) }));
    expect(longText.status).toBe(413);
    expect((await longText.json()).error.message).toBe(
      "The reply's text is over 20,000 characters; it was not stored.",
    );
    const attachment = { Name: "deck.pdf", Content: "A".repeat(1_100_000), ContentType: "application/pdf" };
    const huge = await webhook(inbound({ ...citing(first.messageId), Attachments: [attachment] }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toMatch(/over 1 MB/);
    expect(await repliesOn(first.dealId)).toBe(before);
  });

  it("refuses a sender that is not an email address or a reply without text with a 422, storing nothing", async () => {
    const before = await db.inboundEmail.count();
    const notAnAddress = await webhook(inbound({ From: "nobody", ...citing(first.messageId) }));
    expect(notAnAddress.status).toBe(422);
    expect((await notAnAddress.json()).error.fields).toMatchObject({ fromEmail: ["From must be an email address."] });
    const empty = await webhook(inbound({ TextBody: "  ", ...citing(first.messageId) }));
    expect(empty.status).toBe(422);
    expect(await db.inboundEmail.count()).toBe(before);
  });

  it("refuses wrong credentials and bodies that are not JSON with clear messages", async () => {
    const wrong = await webhook(inbound({}), "guess");
    expect(wrong.status).toBe(401);
    const malformed = await webhook("not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/From, Subject, TextBody and MessageID/);
  });
});

describe("replies that change the deal", () => {
  it("an unsubscribe reply unsubscribes the sender from the deal's organization only", async () => {
    await recordReply(
      db,
      "manual",
      { dealId: first.dealId, fromEmail: BUYER, body: "Please remove me from this list." },
      { organizationId: first.organizationId },
    );
    const contact = await db.sponsorContact.findFirstOrThrow({
      where: { email: BUYER, organizationId: first.organizationId },
    });
    expect(contact.unsubscribedAt).not.toBeNull();
    const other = await db.sponsorContact.findFirstOrThrow({
      where: { email: BUYER, organizationId: latest.organizationId },
    });
    expect(other.unsubscribedAt).toBeNull();
  });

  it("a custom-pricing reply sends the answer to the inbox, even in full auto", async () => {
    await db.agentSetting.create({
      data: { organizationId: first.organizationId, agent: "sales", mode: "full_auto" },
    });
    const reply = await recordReply(
      db,
      "manual",
      { dealId: first.dealId, fromEmail: BUYER, body: "Could you do a custom package at a discount?" },
      { organizationId: first.organizationId },
    );
    expect(reply.classification).toBe("custom_pricing");
    const caller = { organizationId: first.organizationId, userId: null, role: null, source: "campaign" as const };
    const outcome = await runTool(db, caller, updateCrm, {
      eventId: first.eventId,
      companyId: first.companyId,
      replyId: reply.replyId,
      stage: "negotiating",
    });
    expect(outcome).toMatchObject({
      status: "escalated",
      reason: expect.stringMatching(/pricing outside the packages/),
    });
  });

  it("refuses to record a reply on another organization's deal", async () => {
    await expect(
      recordReply(
        db,
        "manual",
        { dealId: first.dealId, fromEmail: BUYER, body: "Hi" },
        { organizationId: latest.organizationId },
      ),
    ).rejects.toThrow(/does not exist, or belongs to another organization/);
  });
});
