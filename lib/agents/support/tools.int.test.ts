import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { supportFixture } from "@/tests/support-fixture";
import { decideApproval } from "../core/approvals";
import { runTool } from "../core/gate";
import { findTool } from "../registry";
import { ORDER_NOT_FOUND } from "./orders";
import { escalateToHuman } from "./tools/escalate-to-human";
import { lookupTicket } from "./tools/lookup-ticket";
import { processRefund } from "./tools/process-refund";
import { resendTicket } from "./tools/resend-ticket";
import { transferTicket } from "./tools/transfer-ticket";

const db = testDb();
type Fixture = Awaited<ReturnType<typeof supportFixture>>;

const emailsOf = (f: Fixture) =>
  db.emailMessage.findMany({ where: { organizationId: f.org.id }, orderBy: { createdAt: "asc" } });

describe("lookup_ticket", () => {
  it("finds an order by reference, external id or the buyer's email, with its tickets", async () => {
    const f = await supportFixture(db);
    const byRef = await runTool(db, f.attendee(), lookupTicket, {
      eventId: f.event.id,
      order: f.orders.pair.reference.toLowerCase(),
      attendeeEmail: f.buyers.ana.email.toUpperCase(),
    });
    expect(byRef.status).toBe("executed");
    if (byRef.status !== "executed") return;
    expect(byRef.output.orders).toHaveLength(1);
    expect(byRef.output.orders[0]).toMatchObject({ reference: f.orders.pair.reference, totalCents: 60_000 });
    expect(byRef.output.orders[0]?.tickets.map((t) => t.holderName).sort()).toEqual(["Ana Lima", "Rui Lima"]);

    const byExternal = await runTool(db, f.attendee(), lookupTicket, {
      eventId: f.event.id,
      order: f.orders.single.externalId,
    });
    expect(byExternal.status === "executed" && byExternal.output.orders[0]?.reference).toBe(f.orders.single.reference);

    const byEmail = await runTool(db, f.caller("member"), lookupTicket, {
      eventId: f.event.id,
      email: f.buyers.cleo.email,
    });
    expect(byEmail.status === "executed" && byEmail.output.orders.map((o) => o.reference)).toEqual([
      f.orders.partial.reference,
    ]);
  });

  it("answers a wrong requester exactly as a missing order, revealing nothing", async () => {
    const f = await supportFixture(db);
    const attempts = [
      { order: f.orders.pair.reference, attendeeEmail: f.buyers.ben.email },
      { order: "NOPE-1", attendeeEmail: f.buyers.ben.email },
      { email: f.buyers.ana.email, attendeeEmail: f.buyers.ben.email },
      { order: f.orders.pair.reference, email: f.buyers.ben.email },
    ];
    for (const attempt of attempts) {
      await expect(runTool(db, f.attendee(), lookupTicket, { eventId: f.event.id, ...attempt })).rejects.toMatchObject({
        code: "not_found",
        message: ORDER_NOT_FOUND,
      });
    }
    // Another organization's caller cannot reach the event at all.
    const other = await supportFixture(db);
    await expect(
      runTool(db, other.attendee(), lookupTicket, { eventId: f.event.id, order: f.orders.pair.reference }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("resend_ticket", () => {
  it("in full auto emails the tickets to the buyer's address only; a retry with the same key sends once", async () => {
    const f = await supportFixture(db);
    const caller = f.attendee("resend-1");
    const args = { eventId: f.event.id, order: f.orders.pair.reference, attendeeEmail: f.buyers.ana.email };
    const first = await runTool(db, caller, resendTicket, args);
    const again = await runTool(db, caller, resendTicket, args);
    expect(first.status).toBe("executed");
    expect(again).toEqual(first);
    const emails = await emailsOf(f);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.to).toEqual([f.buyers.ana.email]);
    expect(emails[0]?.text).toContain("Rui Lima");
  });

  it("files an approval in assisted mode and drafts in review only, sending nothing", async () => {
    const f = await supportFixture(db, { mode: "assisted" });
    const args = { eventId: f.event.id, order: f.orders.single.reference };
    const asked = await runTool(db, f.attendee(), resendTicket, args);
    expect(asked.status).toBe("pending_approval");
    if (asked.status !== "pending_approval") return;
    expect(await db.approval.findUniqueOrThrow({ where: { id: asked.approvalId } })).toMatchObject({
      action: "resend_ticket",
      recipients: [f.buyers.ben.email],
    });
    await f.setMode("review_only");
    const drafted = await runTool(db, f.attendee(), resendTicket, args);
    expect(drafted.status).toBe("drafted");
    expect(await emailsOf(f)).toHaveLength(0);
  });

  it("refuses a requester who is not the buyer, sending nothing", async () => {
    const f = await supportFixture(db);
    await expect(
      runTool(db, f.attendee(), resendTicket, {
        eventId: f.event.id,
        order: f.orders.pair.reference,
        attendeeEmail: "rui-stranger@example.com",
      }),
    ).rejects.toMatchObject({ message: ORDER_NOT_FOUND });
    expect(await emailsOf(f)).toHaveLength(0);
  });
});

describe("transfer_ticket", () => {
  it("voids the old ticket, issues a new one to the new holder and emails both", async () => {
    const f = await supportFixture(db);
    const outcome = await runTool(db, f.attendee(), transferTicket, {
      eventId: f.event.id,
      order: f.orders.single.reference,
      newHolderName: "Dana Silva",
      newHolderEmail: "Dana.Silva@example.com",
      attendeeEmail: f.buyers.ben.email,
    });
    expect(outcome.status).toBe("executed");
    const old = f.orders.single.tickets[0];
    expect(await db.ticket.findUniqueOrThrow({ where: { id: old?.id } })).toMatchObject({ status: "transferred" });
    const issued = await db.ticket.findUniqueOrThrow({ where: { transferredFromId: old?.id } });
    expect(issued).toMatchObject({
      attendeeName: "Dana Silva",
      attendeeEmail: "dana.silva@example.com",
      status: "valid",
    });
    const to = (await emailsOf(f)).map((email) => email.to.join(","));
    expect(to.sort()).toEqual([f.buyers.ben.email, "dana.silva@example.com"].sort());
  });

  it("asks which ticket when an order holds several and none is the buyer's alone", async () => {
    const f = await supportFixture(db);
    const outcome = await runTool(db, f.attendee(), transferTicket, {
      eventId: f.event.id,
      order: f.orders.pair.reference,
      newHolderName: "Dana Silva",
      newHolderEmail: "dana@example.com",
    });
    // Ana bought both; hers is the one she holds herself.
    expect(outcome.status).toBe("executed");
    const ana = f.orders.pair.tickets.find((t) => t.attendeeName === "Ana Lima");
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ana?.id } })).toMatchObject({ status: "transferred" });
  });

  it("refuses outside the window with the rule in words, in every mode, writing nothing", async () => {
    const f = await supportFixture(db, { daysToEvent: 0 });
    const args = {
      eventId: f.event.id,
      order: f.orders.single.reference,
      newHolderName: "Dana Silva",
      newHolderEmail: "dana@example.com",
    };
    for (const mode of ["full_auto", "assisted", "review_only"] as const) {
      await f.setMode(mode);
      await expect(runTool(db, f.attendee(), transferTicket, args)).rejects.toMatchObject({
        code: "conflict",
        message: "Transfers are closed: tickets can be transferred until 1 day before the event.",
      });
    }
    expect(await db.ticket.count({ where: { eventId: f.event.id } })).toBe(4);
    expect(await db.ticket.count({ where: { eventId: f.event.id, status: "transferred" } })).toBe(0);
    expect(await db.approval.count({ where: { organizationId: f.org.id } })).toBe(0);
    expect(await emailsOf(f)).toHaveLength(0);
  });

  it("honours a policy that allows no transfers", async () => {
    const f = await supportFixture(db);
    await db.supportPolicy.create({
      data: { eventId: f.event.id, refundTiers: [], refundProcessing: "Card.", transferAllowed: false },
    });
    await expect(
      runTool(db, f.attendee(), transferTicket, {
        eventId: f.event.id,
        order: f.orders.single.reference,
        newHolderName: "Dana Silva",
        newHolderEmail: "dana@example.com",
      }),
    ).rejects.toMatchObject({ message: "This event's tickets cannot be transferred." });
  });
});

describe("process_refund", () => {
  it("refunds by the tier in full auto: ledger row, order and tickets refunded, buyer emailed", async () => {
    const f = await supportFixture(db, { daysToEvent: 40 });
    const outcome = await runTool(db, f.attendee(), processRefund, {
      eventId: f.event.id,
      order: f.orders.single.reference,
      reason: "Cannot attend",
      attendeeEmail: f.buyers.ben.email,
    });
    expect(outcome).toMatchObject({ status: "executed", output: { amountCents: 30_000, percent: 100 } });
    expect(await db.order.findUniqueOrThrow({ where: { id: f.orders.single.id } })).toMatchObject({
      refundedCents: 30_000,
      status: "refunded",
    });
    expect(await db.ticket.findFirstOrThrow({ where: { orderId: f.orders.single.id } })).toMatchObject({
      status: "refunded",
      refundedCents: 30_000,
    });
    const refunds = await db.refund.findMany({ where: { orderId: f.orders.single.id } });
    expect(refunds).toMatchObject([{ amountCents: 30_000, currency: "EUR", provider: "local-ledger" }]);
    const emails = await emailsOf(f);
    expect(emails.map((email) => email.to)).toEqual([[f.buyers.ben.email]]);
    expect(emails[0]?.text).toContain("€300");
  });

  it("refunds the tier's share of what is left on a partially refunded order", async () => {
    const f = await supportFixture(db, { daysToEvent: 20 });
    const outcome = await runTool(db, f.attendee(), processRefund, {
      eventId: f.event.id,
      order: f.orders.partial.reference,
      reason: "Change of plans",
    });
    expect(outcome).toMatchObject({ status: "executed", output: { amountCents: 15_000, percent: 50 } });
    expect(await db.order.findUniqueOrThrow({ where: { id: f.orders.partial.id } })).toMatchObject({
      refundedCents: 25_000,
      status: "partially_refunded",
    });
  });

  it("sends a refund over the limit to the inbox with the computed amount; an admin's approval refunds it", async () => {
    const f = await supportFixture(db, { daysToEvent: 40 });
    const outcome = await runTool(db, f.attendee(), processRefund, {
      eventId: f.event.id,
      order: f.orders.pair.reference,
      reason: "Both of us are sick",
      attendeeEmail: f.buyers.ana.email,
    });
    expect(outcome.status).toBe("escalated");
    if (outcome.status !== "escalated") return;
    expect(outcome.reason).toMatch(/^refund_over_limit: a refund of €600 on order .* over the €500 limit/);
    const approval = await db.approval.findUniqueOrThrow({ where: { id: outcome.approvalId } });
    expect(approval).toMatchObject({ amountCents: 60_000, currency: "EUR", risk: "critical" });
    expect(await db.refund.count({ where: { orderId: f.orders.pair.id } })).toBe(0);

    const decided = await decideApproval(
      db,
      { ...f.caller("admin"), userId: f.people.admin.id },
      outcome.approvalId,
      { decision: "approve" },
      findTool,
    );
    expect(decided.status).toBe("approved");
    expect(await db.order.findUniqueOrThrow({ where: { id: f.orders.pair.id } })).toMatchObject({
      refundedCents: 60_000,
      status: "refunded",
    });
  });

  it("refunds once when the same request is retried with the same key", async () => {
    const f = await supportFixture(db, { daysToEvent: 40 });
    const caller = f.attendee("refund-retry");
    const args = { eventId: f.event.id, order: f.orders.single.reference, reason: "Cannot attend" };
    const [first, second] = await Promise.all([
      runTool(db, caller, processRefund, args),
      runTool(db, caller, processRefund, args),
    ]);
    expect(second).toEqual(first);
    expect(await runTool(db, caller, processRefund, args)).toEqual(first);
    expect(await db.refund.count({ where: { orderId: f.orders.single.id } })).toBe(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: f.orders.single.id } })).toMatchObject({
      refundedCents: 30_000,
    });
  });

  it("refuses when the policy gives nothing, in its words, writing nothing", async () => {
    const f = await supportFixture(db, { daysToEvent: 3 });
    await expect(
      runTool(db, f.attendee(), processRefund, {
        eventId: f.event.id,
        order: f.orders.single.reference,
        reason: "Sick",
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining(
        "refunds are 100% up to 30 days before the event, 50% up to 14 days before, 25% up to 7 days before; none after that",
      ),
    });
    expect(await db.refund.count({ where: { orderId: f.orders.single.id } })).toBe(0);
    expect(await db.agentActivity.count({ where: { organizationId: f.org.id } })).toBe(0);
  });

  it("files an approval in assisted mode and drafts in review only, moving no money", async () => {
    const f = await supportFixture(db, { daysToEvent: 40, mode: "assisted" });
    const args = { eventId: f.event.id, order: f.orders.single.reference, reason: "Cannot attend" };
    const asked = await runTool(db, f.attendee(), processRefund, args);
    expect(asked).toMatchObject({ status: "pending_approval", preview: { amountCents: 30_000, currency: "EUR" } });
    await f.setMode("review_only");
    expect((await runTool(db, f.attendee(), processRefund, args)).status).toBe("drafted");
    expect(await db.refund.count({ where: { orderId: f.orders.single.id } })).toBe(0);
    expect(await db.order.findUniqueOrThrow({ where: { id: f.orders.single.id } })).toMatchObject({ refundedCents: 0 });
  });

  it("follows the event's own tiers and limit", async () => {
    const f = await supportFixture(db, { daysToEvent: 10 });
    await db.supportPolicy.create({
      data: {
        eventId: f.event.id,
        refundTiers: [{ minDaysBefore: 5, percent: 80 }],
        refundProcessing: "Back on your card within 3 days.",
        refundLimitCents: 20_000,
      },
    });
    const outcome = await runTool(db, f.attendee(), processRefund, {
      eventId: f.event.id,
      order: f.orders.single.reference,
      reason: "Cannot attend",
    });
    // 80% of €300 = €240, over the event's €200 limit.
    expect(outcome).toMatchObject({ status: "escalated", preview: { amountCents: 24_000 } });
  });
});

describe("escalate_to_human", () => {
  it("always files an inbox item with the reason, the order and the last messages, and hands the conversation off", async () => {
    const f = await supportFixture(db);
    const conversation = await db.supportConversation.create({
      data: {
        organizationId: f.org.id,
        eventId: f.event.id,
        channel: "email",
        attendeeEmail: f.buyers.ana.email,
        messages: {
          create: [
            { role: "attendee", body: "My father passed away, can I get a full refund even though it is late?" },
            { role: "agent", body: "I am sorry for your loss. I'll check with the team." },
          ],
        },
      },
    });
    const outcome = await runTool(db, f.attendee(), escalateToHuman, {
      eventId: f.event.id,
      reason: "exception_request",
      summary: "Bereavement: asks for a full refund outside the policy",
      conversationId: conversation.id,
      order: f.orders.pair.reference,
    });
    expect(outcome.status).toBe("escalated");
    if (outcome.status !== "escalated") return;
    const approval = await db.approval.findUniqueOrThrow({ where: { id: outcome.approvalId } });
    expect(approval.reason).toMatch(/^exception_request: Bereavement/);
    expect(approval.reason).toContain(`Order ${f.orders.pair.reference}`);
    expect(approval.reason).toContain("attendee: My father passed away");
    expect(await db.supportConversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      status: "handed_off",
      escalationReason: "exception_request",
      approvalId: outcome.approvalId,
    });
    const alerts = await emailsOf(f);
    expect(alerts.flatMap((email) => email.to).sort()).toEqual([f.people.admin.email, f.people.owner.email].sort());
  });

  it("refuses a conversation of another event", async () => {
    const f = await supportFixture(db);
    const other = await supportFixture(db);
    const conversation = await db.supportConversation.create({
      data: { organizationId: other.org.id, eventId: other.event.id, channel: "web", attendeeEmail: "x@example.com" },
    });
    await expect(
      runTool(db, f.attendee(), escalateToHuman, {
        eventId: f.event.id,
        reason: "safety",
        summary: "Reports a broken barrier",
        conversationId: conversation.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
