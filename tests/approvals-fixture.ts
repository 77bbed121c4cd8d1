import { type DecisionOptions, decideApproval } from "@/lib/agents/core/approvals";
import { runTool } from "@/lib/agents/core/gate";
import type { AnyTool } from "@/lib/agents/core/tool";
import { findTool } from "@/lib/agents/registry";
import { setAgentMode } from "@/lib/agents/settings";
import type { AgentId, AgentMode, Role } from "@/lib/db/generated/enums";
import { createEvent } from "@/prisma/seed/factories";
import type { testDb } from "./db";
import { testEventSpec } from "./event-spec";
import { operationsFixture } from "./operations-fixture";

type TestDb = ReturnType<typeof testDb>;

/**
 * One organization with a person in every role, where both registered agents have work to propose:
 * the Operations plan of Riverside Jazz Fest (deliverables, vendors) and a sponsor pipeline with a
 * $15,000 gold and a $65,000 title package, two deals with contacts, a company without a deal, an
 * outreach campaign, two attendees' orders for Support, and a second event. The agents start in
 * assisted mode, so every write waits.
 */
export async function approvalsFixture(db: TestDb) {
  const ops = await operationsFixture(db);
  const { org, event, people } = ops;
  const otherEvent = await createEvent(
    db,
    org.id,
    testEventSpec(new Date(), { slug: "second-event", currency: "USD" }),
  );
  await db.sponsorshipPackage.createMany({
    data: [
      { eventId: event.id, tier: "gold", name: "Gold", priceCents: 1_500_000, currency: "USD", benefits: [], spots: 6 },
      {
        eventId: event.id,
        tier: "title",
        name: "Title",
        priceCents: 6_500_000,
        currency: "USD",
        benefits: [],
        spots: 1,
      },
    ],
  });
  const company = async (name: string) =>
    db.sponsorCompany.create({
      data: {
        organizationId: org.id,
        name,
        domain: `${name.toLowerCase()}-${org.slug}.example`,
        industry: "Developer Tools",
        audiences: ["music fans"],
        currency: "USD",
        contacts: {
          create: {
            organizationId: org.id,
            name: `${name} Lead`,
            email: `lead@${name.toLowerCase()}-${org.slug}.example`,
            title: "VP Marketing",
            seniority: "vp",
          },
        },
      },
      include: { contacts: true },
    });
  const forge = await company("Forge");
  const nimbus = await company("Nimbus");
  const atlas = await company("Atlas");
  const deal = async (of: typeof forge) =>
    db.sponsorDeal.create({
      data: {
        organizationId: org.id,
        eventId: event.id,
        companyId: of.id,
        contactId: of.contacts[0]?.id,
        stage: "contacted",
        score: 88,
      },
    });
  const deals = { forge: await deal(forge), nimbus: await deal(nimbus) };
  const campaign = await db.outreachCampaign.create({ data: { eventId: event.id, mode: "assisted" } });
  const deliverables = await db.deliverable.findMany({
    where: { eventId: event.id, status: { not: "done" } },
    orderBy: { dueAt: "asc" },
  });
  const vendors = await db.vendor.findMany({ where: { eventId: event.id }, orderBy: { name: "asc" } });

  // Two attendees' orders for the Support agent (the event is 20 days out: refunds are 50%).
  const dayPass = await db.ticketType.findFirstOrThrow({ where: { eventId: event.id } });
  const attendeeOrder = (suffix: string, name: string) => {
    const email = `${name.toLowerCase()}-${org.slug}@example.com`;
    return db.order.create({
      data: {
        eventId: event.id,
        reference: `${org.slug.toUpperCase()}-SUP-${suffix}`,
        buyerName: `${name} Attendee`,
        buyerEmail: email,
        totalCents: dayPass.priceCents,
        tickets: {
          create: {
            eventId: event.id,
            ticketTypeId: dayPass.id,
            attendeeName: `${name} Attendee`,
            attendeeEmail: email,
            pricePaidCents: dayPass.priceCents,
          },
        },
      },
    });
  };
  const orders = { first: await attendeeOrder("1", "Maya"), second: await attendeeOrder("2", "Omar") };

  const setMode = (agent: AgentId, mode: AgentMode) =>
    setAgentMode(db, { organizationId: org.id, userId: people.owner.id, agent, mode }, {});
  await setMode("operations", "assisted");
  await setMode("sales", "assisted");
  await setMode("support", "assisted");

  /** The member asks an agent from the chat; returns the inbox item. */
  async function ask(tool: AnyTool, args: Record<string, unknown>, role: Role = "member") {
    const outcome = await runTool(db, { ...ops.caller(role), source: "chat" }, tool, args);
    if (outcome.status !== "pending_approval" && outcome.status !== "escalated") {
      throw new Error(`${tool.name} did not wait for a person: ${outcome.status}`);
    }
    return outcome;
  }

  function decide(
    role: Role,
    approvalId: string,
    decision: Parameters<typeof decideApproval>[3],
    options: DecisionOptions = {},
  ) {
    return decideApproval(
      db,
      { ...ops.caller(role), userId: people[role].id },
      approvalId,
      decision,
      findTool,
      options,
    );
  }

  /** Every side effect an agent write can have in this organization, to compare before and after. */
  async function effects() {
    const [emails, proposals, meetings, reports, pipeline, notes, refunds, tickets] = await Promise.all([
      db.emailMessage.findMany({
        where: { organizationId: org.id },
        select: { id: true, to: true, subject: true },
        orderBy: { id: "asc" },
      }),
      db.proposal.count({ where: { deal: { organizationId: org.id } } }),
      db.meeting.count({ where: { deal: { organizationId: org.id } } }),
      db.statusReport.count({ where: { event: { organizationId: org.id } } }),
      db.sponsorDeal.findMany({
        where: { organizationId: org.id },
        select: { companyId: true, stage: true, valueCents: true, packageId: true },
        orderBy: { companyId: "asc" },
      }),
      db.dealNote.count({ where: { deal: { organizationId: org.id } } }),
      db.refund.count({ where: { organizationId: org.id } }),
      db.ticket.findMany({
        where: { orderId: { in: [orders.first.id, orders.second.id] } },
        select: { attendeeEmail: true, status: true },
        orderBy: [{ attendeeEmail: "asc" }, { status: "asc" }],
      }),
    ]);
    return { emails, proposals, meetings, reports, pipeline, notes, refunds, tickets };
  }

  return {
    ...ops,
    otherEvent,
    companies: { forge, nimbus, atlas },
    deals,
    campaign,
    orders,
    deliverables,
    vendors,
    setMode,
    ask,
    decide,
    effects,
  };
}
