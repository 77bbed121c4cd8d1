import { beforeAll, describe, expect, it } from "vitest";
import { approvalsFixture } from "@/tests/approvals-fixture";
import { testDb } from "@/tests/db";
import { escalateIssue } from "../operations/tools/escalate-issue";
import { sendReminder } from "../operations/tools/send-reminder";
import { findTool } from "../registry";
import { generateProposal } from "../sales/tools/generate-proposal";
import { sendEmail } from "../sales/tools/send-email";
import { updateCrm } from "../sales/tools/update-crm";
import { bulkApprove } from "./bulk-approve";

/** What an approver notices when approving re-applies the gate, and who may decide a policy escalation. */
const db = testDb();
let f: Awaited<ReturnType<typeof approvalsFixture>>;

beforeAll(async () => {
  f = await approvalsFixture(db);
});

const email = () => ({
  eventId: f.event.id,
  dealId: f.deals.forge.id,
  subject: "Sponsoring Lakeside Blues",
  text: "Hello, would Forge like to sponsor Lakeside Blues Weekend?",
  purpose: "outreach",
});

describe("approving re-applies the gate", () => {
  it("an edited approval that raises the package above $50,000 stays with an admin", async () => {
    const requested = { eventId: f.event.id, dealId: f.deals.forge.id, packageTier: "gold" };
    const asked = await f.ask(generateProposal, requested);
    expect(asked.status).toBe("pending_approval");

    const held = await f.decide("member", asked.approvalId, {
      decision: "approve",
      editedArguments: { ...requested, packageTier: "title" },
    });
    expect(held).toEqual({
      status: "escalated",
      reason: "Deal value $65,000 exceeds $50,000: a person negotiates it.",
    });
    expect(await db.proposal.count({ where: { dealId: f.deals.forge.id } })).toBe(0);
    expect(await db.sponsorDeal.findUniqueOrThrow({ where: { id: f.deals.forge.id } })).toMatchObject({
      stage: "contacted",
      valueCents: null,
    });
    // The inbox now shows the edit, its money at stake, and the policy's reason, as a policy escalation.
    expect(await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } })).toMatchObject({
      status: "pending",
      risk: "critical",
      reason: "Deal value $65,000 exceeds $50,000: a person negotiates it.",
      amountCents: 6_500_000,
      arguments: requested,
      editedArguments: { ...requested, packageTier: "title" },
    });
    expect(await db.agentActivity.findFirstOrThrow({ where: { approvalId: asked.approvalId } })).toMatchObject({
      status: "escalated",
      escalationReason: "Deal value $65,000 exceeds $50,000: a person negotiates it.",
    });
    expect(
      await db.auditLog.count({
        where: { targetId: asked.approvalId, action: "approval.escalated", actorId: f.people.member.id },
      }),
    ).toBe(1);

    await expect(f.decide("member", asked.approvalId, { decision: "approve" })).rejects.toThrow(
      "This is a policy escalation: only an admin or owner of your organization can decide it.",
    );
    expect(await f.decide("admin", asked.approvalId, { decision: "approve" })).toMatchObject({ status: "approved" });
    expect(await db.sponsorDeal.findUniqueOrThrow({ where: { id: f.deals.forge.id } })).toMatchObject({
      stage: "proposal_sent",
      valueCents: 6_500_000,
    });
  });

  it("approving without edits applies today's policy: a package repriced above $50,000 since the request waits for an admin", async () => {
    const asked = await f.ask(updateCrm, {
      eventId: f.event.id,
      companyId: f.companies.nimbus.id,
      packageTier: "gold",
    });
    expect(asked.status).toBe("pending_approval");
    await db.sponsorshipPackage.update({
      where: { eventId_tier: { eventId: f.event.id, tier: "gold" } },
      data: { priceCents: 5_500_000 },
    });
    try {
      expect(await f.decide("member", asked.approvalId, { decision: "approve" })).toMatchObject({
        status: "escalated",
        reason: expect.stringContaining("$55,000 exceeds $50,000"),
      });
      expect(await db.sponsorDeal.findUniqueOrThrow({ where: { id: f.deals.nimbus.id } })).toMatchObject({
        packageId: null,
        valueCents: null,
      });
    } finally {
      await db.sponsorshipPackage.update({
        where: { eventId_tier: { eventId: f.event.id, tier: "gold" } },
        data: { priceCents: 1_500_000 },
      });
    }
  });

  it("while one member's edit sends an item to an admin, another member's approval at the same moment does not slip through", async () => {
    const atlas = await db.sponsorDeal.create({
      data: {
        organizationId: f.org.id,
        eventId: f.event.id,
        companyId: f.companies.atlas.id,
        contactId: f.companies.atlas.contacts[0]?.id,
      },
    });
    const requested = { eventId: f.event.id, dealId: atlas.id, packageTier: "gold" };
    const asked = await f.ask(generateProposal, requested);
    const settle = (promise: Promise<unknown>) =>
      promise.then(
        (value) => (value as { status: string }).status,
        (error: { status?: number }) => `error ${error.status}`,
      );
    const [edit, plain] = await Promise.all([
      settle(
        f.decide("member", asked.approvalId, {
          decision: "approve",
          editedArguments: { ...requested, packageTier: "title" },
        }),
      ),
      settle(f.decide("member", asked.approvalId, { decision: "approve" })),
    ]);
    const approval = await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } });
    if (edit === "escalated") {
      // The plain approval lost the race: refused (409/403), never run.
      expect(plain).toMatch(/^error 40[39]$/);
      expect(approval).toMatchObject({ status: "pending", risk: "critical" });
      expect(await db.proposal.count({ where: { dealId: atlas.id } })).toBe(0);
    } else {
      // The plain approval won: the gold proposal the agent asked for ran, and the edit found it decided.
      expect([edit, plain]).toEqual(["already_decided", "approved"]);
      expect(approval).toMatchObject({ status: "approved", editedArguments: null });
    }
  });

  it("an edited email pointed at another sponsor is not sent, and waits for an admin", async () => {
    const asked = await f.ask(sendEmail, email());
    const before = await db.emailMessage.count({ where: { organizationId: f.org.id } });
    const outcome = await f.decide("member", asked.approvalId, {
      decision: "approve",
      editedArguments: { ...email(), dealId: f.deals.nimbus.id },
    });
    expect(outcome).toMatchObject({ status: "escalated", reason: expect.stringContaining("dealId changed") });
    expect(await db.emailMessage.count({ where: { organizationId: f.org.id } })).toBe(before);
    // The item now names the recipient the edit would write to.
    expect((await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } })).recipients).toEqual([
      f.companies.nimbus.contacts[0]?.email,
    ]);
  });

  it("a reworded email is approved by a member and sent once, to the recipient shown", async () => {
    const asked = await f.ask(sendEmail, { ...email(), key: "reworded" });
    const outcome = await f.decide("member", asked.approvalId, {
      decision: "approve",
      editedArguments: { ...email(), key: "reworded", subject: "A shorter subject" },
    });
    expect(outcome).toMatchObject({ status: "approved" });
    const sent = await db.emailMessage.findMany({ where: { organizationId: f.org.id, subject: "A shorter subject" } });
    expect(sent.map((message) => message.to)).toEqual([[f.companies.forge.contacts[0]?.email]]);
  });

  it("an item asked in assisted mode is not run once the agent is set to review only, and the approver is told why", async () => {
    const asked = await f.ask(sendReminder, { eventId: f.event.id, deliverableId: f.deliverables[0]?.id });
    await f.setMode("operations", "review_only");
    try {
      const before = await db.emailMessage.count({ where: { organizationId: f.org.id } });
      expect(await f.decide("member", asked.approvalId, { decision: "approve" })).toEqual({
        status: "refused",
        reason:
          "Not run: the Operations agent has been set to Review only since this was asked, so it only drafts. Nothing was sent or changed.",
      });
      expect(await db.emailMessage.count({ where: { organizationId: f.org.id } })).toBe(before);
      const approval = await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } });
      // Rejected by policy, not by a person: no decider, the reason in the record.
      expect(approval).toMatchObject({ status: "rejected", decidedById: null, executedAt: null, result: null });
      const draft = await db.agentActivity.findFirstOrThrow({
        where: { approvalId: asked.approvalId, idempotencyKey: `approval:${asked.approvalId}` },
      });
      expect(draft).toMatchObject({ status: "success", autonomous: false });
      expect(draft.outputData).toMatchObject({ draft: { summary: expect.stringContaining("Remind") } });
      expect(
        await db.auditLog.count({
          where: { targetId: asked.approvalId, action: "approval.refused", actorId: f.people.member.id },
        }),
      ).toBe(1);
      expect(await f.decide("owner", asked.approvalId, { decision: "approve" })).toEqual({
        status: "already_decided",
        decided: "rejected",
      });
    } finally {
      await f.setMode("operations", "assisted");
    }
  });
});

describe("critical items need the right person", () => {
  it("a member can neither approve nor reject a policy escalation; an admin can", async () => {
    const asked = await f.ask(escalateIssue, {
      eventId: f.event.id,
      issue: "The caterer cancelled",
      reason: "Prairie Fire Catering cancelled",
    });
    expect(asked.status).toBe("escalated");
    for (const decision of [{ decision: "approve" as const }, { decision: "reject" as const, reason: "Not now" }]) {
      await expect(f.decide("member", asked.approvalId, decision)).rejects.toMatchObject({
        status: 403,
        message: "This is a policy escalation: only an admin or owner of your organization can decide it.",
      });
    }
    await expect(f.decide("viewer", asked.approvalId, { decision: "approve" })).rejects.toMatchObject({ status: 403 });
    expect((await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } })).status).toBe("pending");
    expect(await f.decide("admin", asked.approvalId, { decision: "approve" })).toMatchObject({ status: "approved" });
    // The admin decided over the policy's reason; the record keeps it.
    expect(
      await db.agentActivity.findFirstOrThrow({ where: { idempotencyKey: `approval:${asked.approvalId}` } }),
    ).toMatchObject({ status: "success", escalationReason: "Prairie Fire Catering cancelled" });
  });

  it("the admin who asked for a $65,000 proposal cannot approve it themselves; another admin or owner does", async () => {
    const asked = await f.ask(
      generateProposal,
      { eventId: f.event.id, dealId: f.deals.nimbus.id, packageTier: "title" },
      "admin",
    );
    expect(asked.status).toBe("escalated");
    await expect(f.decide("admin", asked.approvalId, { decision: "approve" })).rejects.toMatchObject({
      status: 403,
      message: "You asked for this action yourself, and it is a policy escalation: another admin or owner approves it.",
    });
    expect(await db.proposal.count({ where: { dealId: f.deals.nimbus.id } })).toBe(0);
    expect(await f.decide("owner", asked.approvalId, { decision: "approve" })).toMatchObject({ status: "approved" });
    expect(await db.proposal.count({ where: { dealId: f.deals.nimbus.id } })).toBe(1);
  });

  it("bulk approve leaves policy escalations out, even for an owner, and says how many", async () => {
    const ordinary = await f.ask(sendReminder, { eventId: f.event.id, deliverableId: f.deliverables[1]?.id });
    const critical = await f.ask(escalateIssue, {
      eventId: f.event.id,
      issue: "Security short-staffed",
      reason: "Windy City Security has not confirmed",
    });
    const result = await bulkApprove(
      db,
      { ...f.caller("owner"), userId: f.people.owner.id },
      [ordinary.approvalId, critical.approvalId],
      findTool,
    );
    expect(result.excluded).toEqual([{ id: critical.approvalId, action: "escalate_issue" }]);
    expect(result.decided).toEqual([
      { id: ordinary.approvalId, outcome: expect.objectContaining({ status: "approved" }) },
    ]);
    expect((await db.approval.findUniqueOrThrow({ where: { id: critical.approvalId } })).status).toBe("pending");
    // The single-item path refuses a critical item marked as part of a bulk approval too (a race with the list).
    await expect(f.decide("owner", critical.approvalId, { decision: "approve" }, { bulk: true })).rejects.toMatchObject(
      { status: 409, message: expect.stringContaining("not in bulk") },
    );
  });
});
