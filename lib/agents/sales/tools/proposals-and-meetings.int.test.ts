import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordProposalView } from "@/app/p/[token]/view";
import { durableCaller } from "@/lib/agents/caller";
import { decideApproval } from "@/lib/agents/core/approvals";
import { runTool } from "@/lib/agents/core/gate";
import { findTool } from "@/lib/agents/registry";
import { parseEnv } from "@/lib/env";
import { configuredTextModel } from "@/lib/llm/text-model";
import { testDb } from "@/tests/db";
import { startFakeOpenAI } from "@/tests/fakes/openai";
import { salesOrganization } from "@/tests/sales-fixture";
import { bookMeeting, freeSlots } from "../booking";
import { proposalTool } from "./generate-proposal";
import { scheduleMeeting } from "./schedule-meeting";

/** The Sales agent's proposal and meeting tools through the gate, then the public pages' server code. */
const db = testDb();
const llm = await startFakeOpenAI(() => ({ text: "Dear Nimbus Lead,\n\nA letter the model wrote for Nimbus." }));
afterAll(() => llm.close());

const templateTool = proposalTool(null);
let caller: Parameters<typeof runTool>[1];
let eventId: string;
let hostEmail: string;
let organizationId: string;
const deal: Record<string, string> = {};

beforeAll(async () => {
  const fixture = await salesOrganization(db, "Proposals", {
    event: { category: "technology", audiences: ["developers"], currency: "EUR" },
    packages: true,
  });
  const { org, event } = fixture;
  hostEmail = fixture.ownerEmail;
  organizationId = org.id;
  caller = fixture.caller;
  eventId = event.id;
  for (const [name, unsubscribed] of [
    ["Forge", false],
    ["Nimbus", false],
    ["Quiet", true],
  ] as const) {
    const company = await db.sponsorCompany.create({
      data: {
        organizationId: org.id,
        name,
        domain: `${name.toLowerCase()}-${org.slug}.example`,
        industry: "Developer Tools",
        audiences: ["developers"],
        currency: "EUR",
        pastSponsorships: {
          create: {
            eventName: "DevConf",
            year: 2025,
            tier: "gold",
            amountCents: 1_000_000,
            currency: "EUR",
            eventIndustry: "technology",
          },
        },
      },
    });
    const contact = await db.sponsorContact.create({
      data: {
        organizationId: org.id,
        companyId: company.id,
        name: `${name} Lead`,
        email: `lead@${company.domain}`,
        title: "VP Marketing",
        seniority: "vp",
        unsubscribedAt: unsubscribed ? new Date() : null,
      },
    });
    const created = await db.sponsorDeal.create({
      data: { organizationId: org.id, eventId, companyId: company.id, contactId: contact.id, stage: "engaged" },
    });
    deal[name] = created.id;
  }
});

describe("generate_proposal", () => {
  it("writes one proposal per deal and package, and moves the deal to proposal sent", async () => {
    const first = await runTool(db, caller, templateTool, { eventId, dealId: deal.Forge, packageTier: "gold" });
    if (first.status !== "executed") throw new Error(first.status);
    expect(first.output).toMatchObject({ writtenBy: "template", url: expect.stringMatching(/\/p\/[\w-]{24}$/) });
    const again = await runTool(db, caller, templateTool, { eventId, dealId: deal.Forge, packageTier: "gold" });
    expect(again).toMatchObject({ status: "executed", output: first.output });
    const proposals = await db.proposal.findMany({ where: { dealId: deal.Forge } });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.body).toContain("Gold package at €15,000. It includes Booth.");
    expect(await db.sponsorDeal.findUniqueOrThrow({ where: { id: deal.Forge } })).toMatchObject({
      stage: "proposal_sent",
      valueCents: 1_500_000,
    });
  });

  it("refuses a package the event does not sell, and sends the €65,000 title package to a person", async () => {
    await expect(
      runTool(db, caller, templateTool, { eventId, dealId: deal.Forge, packageTier: "diamond" }),
    ).rejects.toThrow(/has no "diamond" package. Custom packages need a person/);
    const title = await runTool(db, caller, templateTool, { eventId, dealId: deal.Nimbus, packageTier: "title" });
    expect(title).toMatchObject({ status: "escalated", reason: expect.stringMatching(/€65,000 exceeds \$50,000/) });
    expect(await db.proposal.count({ where: { dealId: deal.Nimbus } })).toBe(0);
  });

  it("has the configured model write the text", async () => {
    const modelTool = proposalTool(
      configuredTextModel(
        parseEnv({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: llm.baseUrl, OPENAI_MODEL: "fake-model" }),
      ),
    );
    const outcome = await runTool(db, caller, modelTool, { eventId, dealId: deal.Nimbus, packageTier: "gold" });
    if (outcome.status !== "executed") throw new Error(outcome.status);
    expect(outcome.output.writtenBy).toBe("model");
    const proposal = await db.proposal.findUniqueOrThrow({ where: { id: outcome.output.proposalId } });
    expect(proposal.body).toBe("Dear Nimbus Lead,\n\nA letter the model wrote for Nimbus.");
    const brief = JSON.stringify(llm.requests[0]?.messages);
    expect(brief).toContain("Not pushy.");
    expect(brief).toContain("Gold at €15,000");
  });

  it("counts each view of the proposal page and keeps the first view's time", async () => {
    const proposal = await db.proposal.findFirstOrThrow({ where: { dealId: deal.Forge } });
    const first = new Date("2027-01-04T10:00:00Z");
    const second = new Date("2027-01-05T10:00:00Z");
    expect(await recordProposalView(db, proposal.token, first)).toMatchObject({ deal: { company: { name: "Forge" } } });
    expect(await recordProposalView(db, proposal.token, second)).toMatchObject({
      viewCount: 2,
      firstViewedAt: first,
      lastViewedAt: second,
    });
    expect(await recordProposalView(db, "not-a-token")).toBeNull();
  });
});

describe("schedule_meeting and the booking page", () => {
  async function offer(dealId: string) {
    const outcome = await runTool(db, caller, scheduleMeeting, { eventId, dealId });
    if (outcome.status !== "executed") throw new Error(outcome.status);
    return db.meeting.findUniqueOrThrow({ where: { id: outcome.output.meetingId } });
  }

  it("offers the contact a call with the owner and emails the booking link", async () => {
    const meeting = await offer(deal.Forge as string);
    expect(meeting).toMatchObject({ status: "offered", hostEmail });
    const email = await db.emailMessage.findFirstOrThrow({
      where: { idempotencyKey: { endsWith: `meeting-offer:${meeting.id}` } },
    });
    expect(email.to).toEqual([expect.stringMatching(/^lead@forge-/)]);
    expect(email.text).toContain(`/book/${meeting.token}`);
    expect((await offer(deal.Forge as string)).id).toBe(meeting.id);
  });

  it("refuses a contact who unsubscribed", async () => {
    await expect(runTool(db, caller, scheduleMeeting, { eventId, dealId: deal.Quiet })).rejects.toThrow(
      /Quiet Lead of Quiet unsubscribed/,
    );
  });

  it("books a free slot once, with an invitation to the prospect and the host", async () => {
    const meeting = await offer(deal.Forge as string);
    const [slot] = await freeSlots(db, { organizationId, hostEmail, timezone: "Europe/Lisbon", from: new Date() });
    if (!slot) throw new Error("no free slot");
    await bookMeeting(db, meeting.token, slot.startsAt);

    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "booked",
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
    });
    expect((await db.sponsorDeal.findUniqueOrThrow({ where: { id: deal.Forge } })).stage).toBe("negotiating");
    const emails = await db.emailMessage.findMany({
      where: { idempotencyKey: { startsWith: `meeting-booked:${meeting.id}:` } },
      orderBy: { idempotencyKey: "asc" },
    });
    expect(emails.map((email) => [email.idempotencyKey.split(":").at(-1), email.to])).toEqual([
      ["host", [hostEmail]],
      ["prospect", [expect.stringMatching(/^lead@forge-/)]],
    ]);
    for (const email of emails) {
      const [ics] = email.attachments as { filename: string; content: string }[];
      expect(ics?.filename).toMatch(/\.ics$/);
      expect(ics?.content).toContain("METHOD:REQUEST");
      expect(ics?.content).toContain(`UID:${meeting.id}`);
      expect(ics?.content).toContain(`MAILTO:${hostEmail}`);
      expect(ics?.content.replace(/\r?\n\t/g, "")).toContain(`mailto:lead@forge-`);
    }

    await expect(bookMeeting(db, meeting.token, slot.startsAt)).rejects.toThrow(/already booked for/);
    const other = await offer(deal.Nimbus as string);
    await expect(bookMeeting(db, other.token, slot.startsAt)).rejects.toThrow(/no longer free/);
    expect(
      (await freeSlots(db, { organizationId, hostEmail, timezone: "Europe/Lisbon", from: new Date() }))[0],
    ).not.toEqual(slot);
  });
});

describe("one meeting offer per deal and invitation, whichever path sends it", () => {
  /** A fresh engaged deal with a reachable contact, so each test starts with no offer. */
  async function freshDeal(name: string) {
    const { organizationId } = caller;
    const company = await db.sponsorCompany.create({
      data: { organizationId, name, domain: `${name.toLowerCase()}-${organizationId}.example`, industry: "Fintech" },
    });
    const contact = await db.sponsorContact.create({
      data: {
        organizationId,
        companyId: company.id,
        name: `${name} Lead`,
        email: `lead@${company.domain}`,
        title: "CMO",
        seniority: "c_level",
      },
    });
    const created = await db.sponsorDeal.create({
      data: { organizationId, eventId, companyId: company.id, contactId: contact.id, stage: "engaged" },
    });
    return created.id;
  }
  const offers = (dealId: string) =>
    db.emailMessage.findMany({ where: { dealId, subject: { startsWith: "A call about sponsoring" } } });
  const replyHandler = (dealId: string) =>
    durableCaller({ organizationId: caller.organizationId, runId: `reply-${dealId}` }, "meeting");
  const dayThreeStep = (dealId: string) =>
    durableCaller({ organizationId: caller.organizationId, runId: `campaign-${dealId}` }, `meeting:${dealId}`);

  it("the reply handler and the campaign's day-3 step one after the other send the prospect one offer", async () => {
    const dealId = await freshDeal("Sequel");
    const first = await runTool(db, replyHandler(dealId), scheduleMeeting, { eventId, dealId });
    const second = await runTool(db, dayThreeStep(dealId), scheduleMeeting, { eventId, dealId });
    expect(first).toMatchObject({ status: "executed", output: { sent: true } });
    expect(second).toMatchObject({
      status: "executed",
      output: { sent: false, meetingId: first.status === "executed" ? first.output.meetingId : "" },
    });
    expect(await offers(dealId)).toHaveLength(1);
    expect(await db.meeting.count({ where: { dealId } })).toBe(1);
  });

  it("two paths offering at the same moment send one offer", async () => {
    const dealId = await freshDeal("Racer");
    const outcomes = await Promise.all([
      runTool(db, replyHandler(dealId), scheduleMeeting, { eventId, dealId }),
      runTool(db, dayThreeStep(dealId), scheduleMeeting, { eventId, dealId }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["executed", "executed"]);
    expect(await offers(dealId)).toHaveLength(1);
    expect(await db.meeting.count({ where: { dealId, status: "offered" } })).toBe(1);
  });

  it("approving an offer that waited in the inbox after another path sent one sends nothing more", async () => {
    const dealId = await freshDeal("Waiter");
    const parked = await runTool(db, { ...replyHandler(dealId), runMode: "assisted" }, scheduleMeeting, {
      eventId,
      dealId,
    });
    if (parked.status !== "pending_approval") throw new Error(parked.status);
    await runTool(db, dayThreeStep(dealId), scheduleMeeting, { eventId, dealId });
    const approved = await decideApproval(
      db,
      { ...caller, userId: caller.userId ?? "" },
      parked.approvalId,
      { decision: "approve" },
      findTool,
    );
    expect(approved).toMatchObject({ status: "approved", output: { sent: false } });
    expect(await offers(dealId)).toHaveLength(1);
  });

  it("offers no new call while one is booked ahead, and a new one after that call took place", async () => {
    const dealId = await freshDeal("Booker");
    const first = await runTool(db, replyHandler(dealId), scheduleMeeting, { eventId, dealId });
    if (first.status !== "executed") throw new Error(first.status);
    await db.meeting.update({
      where: { id: first.output.meetingId },
      data: { status: "booked", startsAt: new Date(Date.now() + 86_400_000), bookedAt: new Date() },
    });
    const again = await runTool(db, dayThreeStep(dealId), scheduleMeeting, { eventId, dealId });
    expect(again).toMatchObject({ status: "executed", output: { sent: false, meetingId: first.output.meetingId } });
    await db.meeting.update({
      where: { id: first.output.meetingId },
      data: { startsAt: new Date(Date.now() - 86_400_000) },
    });
    const later = await runTool(db, { ...caller, idempotencyKey: `later-${dealId}` }, scheduleMeeting, {
      eventId,
      dealId,
    });
    expect(later).toMatchObject({ status: "executed", output: { sent: true } });
    expect(await offers(dealId)).toHaveLength(2);
  });
});
