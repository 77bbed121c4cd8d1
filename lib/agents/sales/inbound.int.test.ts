import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/sales/replies/route";
import { runTool } from "@/lib/agents/core/gate";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { recordReply } from "./inbound";
import { updateCrm } from "./tools/update-crm";

/** Replies from prospects: the inbound webhook (Postmark's shape, Basic auth) and a person recording one. */
const db = testDb();
let fixture: {
  organizationId: string;
  ownerId: string;
  eventId: string;
  companyId: string;
  dealId: string;
  email: string;
};

beforeAll(async () => {
  const org = await uniqueOrganization(db, "Replies");
  const owner = await createMember(db, {
    organizationId: org.id,
    email: `o-${org.slug}@example.com`,
    name: "Owner",
    role: "owner",
  });
  const event = await createEvent(db, org.id, testEventSpec(new Date()));
  const email = `buyer@acme-${org.slug}.example`;
  const company = await db.sponsorCompany.create({
    data: {
      organizationId: org.id,
      name: "Acme",
      domain: `acme-${org.slug}.example`,
      industry: "Fintech",
      contacts: { create: { organizationId: org.id, name: "Buyer", email, title: "VP Marketing", seniority: "vp" } },
    },
  });
  const deal = await db.sponsorDeal.create({
    data: { organizationId: org.id, eventId: event.id, companyId: company.id, stage: "contacted" },
  });
  await db.emailMessage.create({
    data: {
      organizationId: org.id,
      eventId: event.id,
      dealId: deal.id,
      idempotencyKey: `outreach-${deal.id}`,
      provider: "local-outbox",
      fromAddress: "agents@eventos.local",
      to: [email],
      subject: "Sponsoring",
      text: "Hello",
      status: "sent",
    },
  });
  fixture = {
    organizationId: org.id,
    ownerId: owner.id,
    eventId: event.id,
    companyId: company.id,
    dealId: deal.id,
    email,
  };
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

describe("the inbound reply webhook", () => {
  it("stores a reply on the deal of the last outreach email, classified, once per message id", async () => {
    const message = {
      From: `Buyer <${fixture.email.toUpperCase()}>`,
      Subject: "Re: Sponsoring",
      TextBody: "Sounds great, let's set up a call.",
      MessageID: `msg-${fixture.dealId}`,
    };
    const first = await webhook(message);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ stored: true, dealId: fixture.dealId, classification: "interested" });
    expect(await (await webhook(message)).json()).toMatchObject({ duplicate: true });
    expect(await db.sponsorReply.count({ where: { dealId: fixture.dealId } })).toBe(1);
    const deal = await db.sponsorDeal.findUniqueOrThrow({ where: { id: fixture.dealId }, include: { notes: true } });
    expect(deal.stage).toBe("engaged");
    expect(deal.notes.map((note) => note.body)).toContain("Reply (interested): Sounds great, let's set up a call.");
  });

  it("refuses wrong credentials and malformed bodies with clear messages, and drops unknown senders", async () => {
    const wrong = await webhook({ From: fixture.email, TextBody: "hi" }, "guess");
    expect(wrong.status).toBe(401);
    const malformed = await webhook("not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/From, Subject and TextBody/);
    expect(await (await webhook({ From: "stranger@nowhere.example", TextBody: "Hello?" })).json()).toMatchObject({
      stored: false,
    });
  });
});

describe("replies that change the deal", () => {
  it("an unsubscribe reply unsubscribes the sender from the organization", async () => {
    await recordReply(
      db,
      "manual",
      { dealId: fixture.dealId, fromEmail: fixture.email, body: "Please remove me from this list." },
      {
        organizationId: fixture.organizationId,
      },
    );
    const contact = await db.sponsorContact.findFirstOrThrow({ where: { email: fixture.email } });
    expect(contact.unsubscribedAt).not.toBeNull();
  });

  it("a custom-pricing reply sends the answer to the inbox, even in full auto", async () => {
    await db.agentSetting.create({
      data: { organizationId: fixture.organizationId, agent: "sales", mode: "full_auto" },
    });
    const reply = await recordReply(
      db,
      "manual",
      { dealId: fixture.dealId, fromEmail: fixture.email, body: "Could you do a custom package at a discount?" },
      { organizationId: fixture.organizationId },
    );
    expect(reply?.classification).toBe("custom_pricing");
    const caller = { organizationId: fixture.organizationId, userId: null, role: null, source: "campaign" as const };
    const outcome = await runTool(db, caller, updateCrm, {
      eventId: fixture.eventId,
      companyId: fixture.companyId,
      replyId: reply?.replyId,
      stage: "negotiating",
    });
    expect(outcome).toMatchObject({
      status: "escalated",
      reason: expect.stringMatching(/pricing outside the packages/),
    });
  });

  it("refuses to record a reply on another organization's deal", async () => {
    const other = await uniqueOrganization(db, "Other");
    await expect(
      recordReply(
        db,
        "manual",
        { dealId: fixture.dealId, fromEmail: fixture.email, body: "Hi" },
        { organizationId: other.id },
      ),
    ).rejects.toThrow(/does not exist, or belongs to another organization/);
  });
});
