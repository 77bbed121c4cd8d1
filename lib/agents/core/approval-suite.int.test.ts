import { beforeAll, describe, expect, it } from "vitest";
import { approvalsFixture } from "@/tests/approvals-fixture";
import { testDb } from "@/tests/db";
import { escalateIssue } from "../operations/tools/escalate-issue";
import { followUpVendor } from "../operations/tools/follow-up-vendor";
import { generateStatusReport } from "../operations/tools/generate-status-report";
import { sendReminder } from "../operations/tools/send-reminder";
import { TOOLS } from "../registry";
import { generateProposal } from "../sales/tools/generate-proposal";
import { scheduleMeeting } from "../sales/tools/schedule-meeting";
import { sendEmail } from "../sales/tools/send-email";
import { startOutreach } from "../sales/tools/start-outreach";
import { updateCrm } from "../sales/tools/update-crm";
import { escalateToHuman } from "../support/tools/escalate-to-human";
import { processRefund } from "../support/tools/process-refund";
import { resendTicket } from "../support/tools/resend-ticket";
import { transferTicket } from "../support/tools/transfer-ticket";
import { bulkApprove } from "./bulk-approve";
import type { AnyTool } from "./tool";

/**
 * The adversarial approval suite: every write tool of the registered agents, asked by a member from
 * the chat in assisted mode, then approved, edited and approved, bulk approved, and approved after its
 * agent was set to review only. Whatever the path, no email, proposal, meeting, report or pipeline
 * change happens outside the policy: an edit that crosses it waits for an admin or owner.
 */
const db = testDb();
type Fixture = Awaited<ReturnType<typeof approvalsFixture>>;
type Args = Record<string, unknown>;

type Case = {
  tool: AnyTool;
  /** What the agent asks for. */
  request: (f: Fixture) => Args;
  /** An edit a person could make that crosses the policy: a threshold, another record, a new recipient. */
  crossing: (f: Fixture, requested: Args) => Args;
  /** The agent's own request is a policy escalation already. */
  critical?: true;
};

const CASES: Case[] = [
  {
    tool: sendReminder,
    request: (f) => ({ eventId: f.event.id, deliverableId: f.deliverables[0]?.id }),
    crossing: (f, args) => ({ ...args, deliverableId: f.deliverables[1]?.id }),
  },
  {
    tool: followUpVendor,
    request: (f) => ({ eventId: f.event.id, vendorId: f.vendors[0]?.id }),
    crossing: (f, args) => ({ ...args, vendorId: f.vendors[3]?.id }),
  },
  {
    tool: generateStatusReport,
    request: (f) => ({ eventId: f.event.id }),
    crossing: (f) => ({ eventId: f.otherEvent.id }),
  },
  {
    tool: escalateIssue,
    critical: true,
    request: (f) => ({
      eventId: f.event.id,
      issue: "The caterer cancelled",
      reason: "Prairie Fire Catering cancelled artist and crew catering",
      severity: "critical",
    }),
    crossing: (f, args) => ({ ...args, eventId: f.otherEvent.id }),
  },
  {
    tool: updateCrm,
    request: (f) => ({
      eventId: f.event.id,
      companyId: f.companies.forge.id,
      packageTier: "gold",
      note: "Call went well",
    }),
    crossing: (_f, args) => ({ ...args, packageTier: "title" }),
  },
  {
    tool: sendEmail,
    request: (f) => ({
      eventId: f.event.id,
      dealId: f.deals.forge.id,
      subject: "Sponsoring Lakeside Blues",
      text: "Hello, would Forge like to sponsor Lakeside Blues Weekend?",
      purpose: "outreach",
    }),
    crossing: (f, args) => ({ ...args, dealId: f.deals.nimbus.id }),
  },
  {
    tool: startOutreach,
    request: (f) => ({
      eventId: f.event.id,
      campaignId: f.campaign.id,
      prospects: [{ companyId: f.companies.forge.id, name: "Forge", score: 88 }],
    }),
    crossing: (f, args) => ({
      ...args,
      prospects: [...(args.prospects as unknown[]), { companyId: f.companies.atlas.id, name: "Atlas", score: 81 }],
    }),
  },
  {
    tool: generateProposal,
    request: (f) => ({ eventId: f.event.id, dealId: f.deals.forge.id, packageTier: "gold" }),
    crossing: (_f, args) => ({ ...args, packageTier: "title" }),
  },
  {
    tool: scheduleMeeting,
    request: (f) => ({ eventId: f.event.id, dealId: f.deals.forge.id }),
    // Another host: a member (a stranger is refused outright), but an address the agent did not name.
    crossing: (f, args) => ({ ...args, hostEmail: f.people.viewer.email }),
  },
  {
    tool: resendTicket,
    request: (f) => ({ eventId: f.event.id, order: f.orders.first.reference }),
    // Another order: its buyer is an address the agent did not name.
    crossing: (f, args) => ({ ...args, order: f.orders.second.reference }),
  },
  {
    tool: transferTicket,
    request: (f) => ({
      eventId: f.event.id,
      order: f.orders.first.reference,
      newHolderName: "Lena Colleague",
      newHolderEmail: `lena-${f.org.slug}@example.com`,
    }),
    crossing: (f, args) => ({ ...args, newHolderEmail: `someone-else-${f.org.slug}@example.com` }),
  },
  {
    tool: processRefund,
    request: (f) => ({ eventId: f.event.id, order: f.orders.first.reference, reason: "Cannot attend any more" }),
    crossing: (f, args) => ({ ...args, order: f.orders.second.reference }),
  },
  {
    tool: escalateToHuman,
    critical: true,
    request: (f) => ({
      eventId: f.event.id,
      reason: "safety",
      summary: "An attendee reports a broken barrier at the entrance",
      order: f.orders.first.reference,
    }),
    crossing: (f, args) => ({ ...args, eventId: f.otherEvent.id, order: undefined }),
  },
];

const named = CASES.map((item) => [item.tool.name, item] as const);

it("covers every write tool the registered agents have", () => {
  const writes = Object.values(TOOLS)
    .filter((tool) => tool.kind === "write")
    .map((tool) => tool.name);
  expect(CASES.map((item) => item.tool.name).sort()).toEqual(writes.sort());
});

describe("approve", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await approvalsFixture(db);
  });

  it.each(named)("%s runs once, writing only to the recipients the approver saw", async (_name, item) => {
    const asked = await f.ask(item.tool, item.request(f));
    const shown = await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } });
    const before = await f.effects();
    if (item.critical) {
      await expect(f.decide("member", asked.approvalId, { decision: "approve" })).rejects.toMatchObject({
        status: 403,
      });
      expect(await f.effects()).toEqual(before);
    }
    const approver = item.critical ? "admin" : "member";
    expect(await f.decide(approver, asked.approvalId, { decision: "approve" })).toMatchObject({ status: "approved" });
    const after = await f.effects();
    expect(await f.decide("owner", asked.approvalId, { decision: "approve" })).toMatchObject({
      status: "already_decided",
    });
    expect(await f.effects()).toEqual(after);
    const earlier = new Set(before.emails.map((email) => email.id));
    const sent = after.emails.filter((email) => !earlier.has(email.id)).flatMap((email) => email.to);
    for (const address of sent) expect(shown.recipients).toContain(address);
  });
});

describe("edit and approve", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await approvalsFixture(db);
  });

  it.each(named)("an edit of %s that crosses the policy does nothing until an admin approves it", async (_n, item) => {
    const requested = item.request(f);
    const asked = await f.ask(item.tool, requested);
    const edit = { decision: "approve" as const, editedArguments: item.crossing(f, requested) };
    const before = await f.effects();
    if (item.critical) {
      await expect(f.decide("member", asked.approvalId, edit)).rejects.toMatchObject({ status: 403 });
    } else {
      const held = await f.decide("member", asked.approvalId, edit);
      expect(held).toMatchObject({ status: "escalated", reason: expect.stringMatching(/admin or owner|a person/) });
      expect(await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } })).toMatchObject({
        status: "pending",
        risk: "critical",
      });
      // The member cannot push it through afterwards, with or without the edit, alone or in bulk.
      await expect(f.decide("member", asked.approvalId, { decision: "approve" })).rejects.toMatchObject({
        status: 403,
      });
      const bulk = await bulkApprove(
        db,
        { ...f.caller("owner"), userId: f.people.owner.id },
        [asked.approvalId],
        (name) => TOOLS[name],
      );
      expect(bulk.excluded.map((excluded) => excluded.id)).toEqual([asked.approvalId]);
    }
    expect(await f.effects()).toEqual(before);
    expect(await f.decide("admin", asked.approvalId, { decision: "approve" })).toMatchObject({ status: "approved" });
    const approved = await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } });
    expect(approved).toMatchObject({ status: "approved", decidedById: f.people.admin.id });
    // What ran is the edit the admin saw held, not the agent's original request.
    if (!item.critical) expect(approved.editedArguments).toMatchObject(edit.editedArguments);
  });
});

describe("bulk approve", () => {
  it("runs what is within the policy and leaves every policy escalation in the inbox, untouched", async () => {
    const f = await approvalsFixture(db);
    const asked = [];
    for (const item of CASES) asked.push({ item, outcome: await f.ask(item.tool, item.request(f)) });
    // The agent also asks for the $65,000 title package for Nimbus: a policy escalation from the start.
    const title = await f.ask(generateProposal, {
      eventId: f.event.id,
      dealId: f.deals.nimbus.id,
      packageTier: "title",
    });
    expect(title.status).toBe("escalated");

    const result = await bulkApprove(
      db,
      { ...f.caller("owner"), userId: f.people.owner.id },
      [...asked.map(({ outcome }) => outcome.approvalId), title.approvalId],
      (name) => TOOLS[name],
    );
    const escalations = [
      title.approvalId,
      ...asked.filter(({ item }) => item.critical).map((a) => a.outcome.approvalId),
    ];
    expect(result.excluded.map((item) => item.id).sort()).toEqual(escalations.sort());
    expect(result.problems).toEqual([]);
    expect(result.decided.map(({ outcome }) => outcome.status)).toEqual(
      CASES.filter((item) => !item.critical).map(() => "approved"),
    );
    for (const id of escalations) {
      expect(await db.approval.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending" });
    }
    const nimbus = await db.sponsorDeal.findUniqueOrThrow({ where: { id: f.deals.nimbus.id } });
    expect(nimbus).toMatchObject({ stage: "contacted", valueCents: null });
    expect(await db.proposal.count({ where: { dealId: f.deals.nimbus.id } })).toBe(0);
  });
});

describe("a mode change between request and approval", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await approvalsFixture(db);
  });

  it.each(named)("%s asked in assisted mode does nothing once its agent is set to review only", async (_n, item) => {
    await f.setMode(item.tool.agent, "assisted");
    const asked = await f.ask(item.tool, item.request(f));
    await f.setMode(item.tool.agent, "review_only");
    const before = await f.effects();
    const outcome = await f.decide("owner", asked.approvalId, { decision: "approve" });
    expect(outcome).toMatchObject({ status: "refused", reason: expect.stringMatching(/set to Review only/) });
    expect(await f.effects()).toEqual(before);
    expect(await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } })).toMatchObject({
      status: "rejected",
      executedAt: null,
      decisionReason: expect.stringMatching(/Nothing was sent or changed/),
    });
  });
});
