import { beforeAll, describe, expect, it } from "vitest";
import { durableCaller } from "@/lib/agents/caller";
import { decideApproval } from "@/lib/agents/core/approvals";
import { runTool } from "@/lib/agents/core/gate";
import { findTool } from "@/lib/agents/registry";
import { findChatTool } from "@/lib/copilot/surfaces";
import { createEvent } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { US_FORMAT } from "@/tests/format";
import { salesOrganization } from "@/tests/sales-fixture";
import { scheduleMeeting } from "./tools/schedule-meeting";
import { sendEmail } from "./tools/send-email";
import { updateCrm } from "./tools/update-crm";

/**
 * The reply escalations hold on every path: while a prospect's pricing, legal, objection or red-flag
 * reply waits in the inbox, neither the chat nor a campaign step emails them or moves their deal.
 */
const db = testDb();
let fixture: Awaited<ReturnType<typeof salesOrganization>>;

beforeAll(async () => {
  fixture = await salesOrganization(db, "Holds", { event: { currency: "EUR" }, packages: true });
});

/** A contacted deal whose contact just replied with `body`, classified as `classification`. */
async function dealWithReply(name: string, classification: string, body: string) {
  const { org, event } = fixture;
  const company = await db.sponsorCompany.create({
    data: { organizationId: org.id, name, domain: `${name.toLowerCase()}-${org.slug}.example`, industry: "Fintech" },
  });
  const contact = await db.sponsorContact.create({
    data: {
      organizationId: org.id,
      companyId: company.id,
      name: `${name} Lead`,
      email: `lead@${company.domain}`,
      title: "CMO",
      seniority: "c_level",
    },
  });
  const deal = await db.sponsorDeal.create({
    data: {
      organizationId: org.id,
      eventId: event.id,
      companyId: company.id,
      contactId: contact.id,
      stage: "contacted",
    },
  });
  const reply = await db.sponsorReply.create({
    data: {
      dealId: deal.id,
      fromEmail: contact.email,
      subject: "Re: sponsoring",
      body,
      classification,
      source: "manual",
    },
  });
  return { companyId: company.id, contactId: contact.id, dealId: deal.id, replyId: reply.id };
}

/** What the reply handler does with a reply a person must answer: update_crm, parked in the inbox. */
async function handOver(deal: Awaited<ReturnType<typeof dealWithReply>>) {
  const caller = durableCaller({ organizationId: fixture.org.id, runId: `reply-${deal.replyId}` }, "escalate");
  const outcome = await runTool(db, caller, updateCrm, {
    eventId: fixture.event.id,
    companyId: deal.companyId,
    replyId: deal.replyId,
    stage: "negotiating",
    note: "A person took over the conversation after the prospect's reply.",
  });
  if (outcome.status !== "escalated") throw new Error(`expected an escalation, got ${outcome.status}`);
  return outcome.approvalId;
}

const email = (dealId: string) => ({
  eventId: fixture.event.id,
  dealId,
  subject: "Following up",
  text: "Any thoughts on the proposal?",
  purpose: "follow_up",
});

/** A chat tool as it runs once asked for (an outward one: once its card is confirmed). */
function chat(name: string) {
  const tool = findChatTool(name);
  if (!tool) throw new Error(`no chat tool ${name}`);
  const context = { db, caller: { ...fixture.caller, source: "chat" as const }, format: US_FORMAT };
  return { execute: (args: Record<string, unknown>) => tool.run(context, args) };
}

describe("a reply that waits for a person holds the agent back", () => {
  it("the chat does not email or advance a prospect whose pricing reply waits in the inbox", async () => {
    const deal = await dealWithReply("Haggle", "custom_pricing", "Could you do a custom package at a discount?");
    await handOver(deal);

    const sent = await chat("send_email").execute(email(deal.dealId));
    expect(sent.summary).toMatch(/escalated to the inbox/);
    expect(sent.approvals?.[0]?.summary).toMatch(/Haggle Lead's pricing reply waits in the inbox/);
    const moved = await chat("update_crm").execute({
      eventId: fixture.event.id,
      companyId: deal.companyId,
      stage: "engaged",
    });
    expect(moved.summary).toMatch(/escalated to the inbox/);
    const offered = await chat("schedule_meeting").execute({ eventId: fixture.event.id, dealId: deal.dealId });
    expect(offered.summary).toMatch(/escalated to the inbox/);

    expect(await db.emailMessage.count({ where: { dealId: deal.dealId } })).toBe(0);
    expect(await db.sponsorDeal.findUniqueOrThrow({ where: { id: deal.dealId } })).toMatchObject({
      stage: "contacted",
    });
  });

  it("a campaign step does not email a prospect whose legal, objection or red-flag reply waits", async () => {
    for (const [name, classification, words] of [
      ["Counsel", "legal_review", "legal"],
      ["Nope", "objection", "objection"],
      ["Shady", "red_flag", "red-flag"],
    ] as const) {
      const deal = await dealWithReply(name, classification, "See my reply.");
      await handOver(deal);
      const step = durableCaller({ organizationId: fixture.org.id, runId: `campaign-${name}` }, `email:${deal.dealId}`);
      const outcome = await runTool(db, step, sendEmail, email(deal.dealId));
      expect(outcome).toMatchObject({
        status: "escalated",
        reason: expect.stringContaining(`${name} Lead's ${words} reply waits in the inbox`),
      });
      expect(await db.emailMessage.count({ where: { dealId: deal.dealId } })).toBe(0);
    }
  });

  it("a pricing reply about one event holds the agent's emails to that contact about another", async () => {
    const deal = await dealWithReply("Twice", "custom_pricing", "A discount if we sponsor both?");
    await handOver(deal);
    const other = await createEvent(db, fixture.org.id, testEventSpec(new Date(), { slug: `other-${deal.dealId}` }));
    const second = await db.sponsorDeal.create({
      data: { organizationId: fixture.org.id, eventId: other.id, companyId: deal.companyId, contactId: deal.contactId },
    });
    const outcome = await runTool(db, fixture.caller, sendEmail, { ...email(second.id), eventId: other.id });
    expect(outcome).toMatchObject({
      status: "escalated",
      reason: expect.stringContaining("Twice Lead's pricing reply"),
    });
    expect(await db.emailMessage.count({ where: { dealId: second.id } })).toBe(0);
  });

  it("once a person decides the reply, the agent may write to the prospect again", async () => {
    const deal = await dealWithReply("Decided", "custom_pricing", "Can we negotiate the price?");
    const approvalId = await handOver(deal);
    const by = { ...fixture.caller, userId: fixture.owner.id };
    await decideApproval(db, by, approvalId, { decision: "reject", reason: "We keep the list prices." }, findTool);

    const sent = await runTool(db, fixture.caller, sendEmail, email(deal.dealId));
    expect(sent.status).toBe("executed");
    expect(await db.emailMessage.count({ where: { dealId: deal.dealId } })).toBe(1);
  });

  it("a reply the agent may answer itself holds nothing back", async () => {
    const deal = await dealWithReply("Keen", "interested", "Sounds great, let's talk.");
    const offered = await runTool(db, fixture.caller, scheduleMeeting, {
      eventId: fixture.event.id,
      dealId: deal.dealId,
    });
    expect(offered.status).toBe("executed");
  });
});
