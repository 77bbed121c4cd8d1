import { beforeAll, describe, expect, it } from "vitest";
import { runTool } from "@/lib/agents/core/gate";
import { testDb, uniqueOrganization } from "@/tests/db";
import { salesOrganization } from "@/tests/sales-fixture";
import { analyzeEngagementTool } from "./analyze-engagement";
import { qualifyLead } from "./qualify-lead";
import { searchLinkedin } from "./search-linkedin";
import { searchSponsors } from "./search-sponsors";
import { updateCrm } from "./update-crm";

/** The Sales agent's CRM tools through the gate, on a small fixed CRM with known fits. */
const db = testDb();
let caller: Parameters<typeof runTool>[1];
let eventId: string;
const company: Record<string, string> = {};

beforeAll(async () => {
  const fixture = await salesOrganization(db, "Sales", {
    event: { category: "technology", audiences: ["developers", "engineering leaders"], country: "PT", currency: "EUR" },
    packages: true,
  });
  const { org } = fixture;
  caller = fixture.caller;
  eventId = fixture.event.id;
  const add = async (
    key: string,
    fields: { industry: string; audiences: string[]; budgetMaxCents: number; country: string; past: string[] },
  ) => {
    const created = await db.sponsorCompany.create({
      data: {
        organizationId: org.id,
        name: key,
        domain: `${key.toLowerCase()}-${org.slug}.example`,
        industry: fields.industry,
        audiences: fields.audiences,
        country: fields.country,
        budgetMinCents: 500_000,
        budgetMaxCents: fields.budgetMaxCents,
        currency: "EUR",
        contacts: {
          create: {
            organizationId: org.id,
            name: `${key} Lead`,
            email: `lead@${key.toLowerCase()}-${org.slug}.example`,
            title: "VP Marketing",
            seniority: "vp",
          },
        },
        pastSponsorships: {
          create: fields.past.map((eventIndustry, i) => ({
            eventName: `Past ${i}`,
            year: 2025 - i,
            tier: "gold",
            amountCents: 1_000_000,
            currency: "EUR",
            eventIndustry,
          })),
        },
      },
    });
    company[key] = created.id;
  };
  await add("Forge", {
    industry: "Developer Tools",
    audiences: ["developers", "engineering leaders"],
    budgetMaxCents: 3_000_000,
    country: "PT",
    past: ["technology", "technology"],
  });
  await add("Fizz", {
    industry: "Beverages",
    audiences: ["music fans"],
    budgetMaxCents: 3_000_000,
    country: "PT",
    past: ["music"],
  });
  await add("Corner", { industry: "Local Retail", audiences: [], budgetMaxCents: 100_000, country: "US", past: [] });
});

describe("the Sales agent's CRM tools", () => {
  it("search_sponsors ranks the organization's companies for the event, with reasons", async () => {
    const outcome = await runTool(db, caller, searchSponsors, { eventId, limit: 2 });
    if (outcome.status !== "executed") throw new Error(outcome.status);
    expect(outcome.output.considered).toBe(3);
    expect(outcome.output.prospects.map((prospect) => prospect.name)).toEqual(["Forge", "Fizz"]);
    expect(outcome.output.prospects[0]).toMatchObject({ score: 83, bestPackage: "Gold" });
    expect(outcome.output.prospects[0]?.reasons).toContain("Developer Tools companies sponsor technology events");
  });

  it("qualify_lead scores one company and says whether it reaches 80", async () => {
    const outcome = await runTool(db, caller, qualifyLead, { eventId, companyId: company.Fizz });
    if (outcome.status !== "executed") throw new Error(outcome.status);
    expect(outcome.output).toMatchObject({ name: "Fizz", qualified: false });
    expect(outcome.output.factors.fit).toBeLessThan(15);
  });

  it("update_crm opens the deal, moves it and keeps the note and next action", async () => {
    const first = await runTool(db, caller, updateCrm, {
      eventId,
      companyId: company.Forge,
      stage: "contacted",
      packageTier: "gold",
      note: "Sent the Gold proposal",
      nextAction: "Follow up",
      nextActionAt: "2026-12-01T09:00:00Z",
    });
    expect(first.status).toBe("executed");
    const deal = await db.sponsorDeal.findFirstOrThrow({
      where: { eventId, companyId: company.Forge },
      include: { notes: true, contact: true },
    });
    expect(deal).toMatchObject({ stage: "contacted", valueCents: 1_500_000, nextAction: "Follow up" });
    expect(deal.contact?.title).toBe("VP Marketing");
    expect(deal.notes.map((note) => note.body)).toEqual(["Sent the Gold proposal"]);
  });

  it("sends a deal over $50,000 to the inbox, even in full auto", async () => {
    const outcome = await runTool(db, caller, updateCrm, { eventId, companyId: company.Fizz, packageTier: "title" });
    expect(outcome).toMatchObject({ status: "escalated", reason: expect.stringMatching(/€65,000 exceeds \$50,000/) });
    expect(await db.sponsorDeal.count({ where: { eventId, companyId: company.Fizz } })).toBe(0);
  });

  it("marking a €65,000 deal won goes to a person; a note on it or a €15,000 deal won does not", async () => {
    const title = await db.sponsorshipPackage.findUniqueOrThrow({
      where: { eventId_tier: { eventId, tier: "title" } },
    });
    const gold = await db.sponsorshipPackage.findUniqueOrThrow({ where: { eventId_tier: { eventId, tier: "gold" } } });
    const { organizationId } = caller;
    const deal = async (name: string, data: { packageId?: string; valueCents: number }) => {
      const created = await db.sponsorCompany.create({
        data: { organizationId, name, domain: `${name.toLowerCase()}-${organizationId}.example`, industry: "Fintech" },
      });
      await db.sponsorDeal.create({
        data: { organizationId, eventId, companyId: created.id, stage: "negotiating", ...data },
      });
      return created.id;
    };
    const vault = await deal("Vault", { packageId: title.id, valueCents: title.priceCents });
    const won = await runTool(db, caller, updateCrm, { eventId, companyId: vault, stage: "won" });
    expect(won).toMatchObject({
      status: "escalated",
      reason: expect.stringMatching(/€65,000 exceeds \$50,000/),
      preview: { amountCents: 6_500_000, currency: "EUR" },
    });
    expect(await db.sponsorDeal.findFirstOrThrow({ where: { eventId, companyId: vault } })).toMatchObject({
      stage: "negotiating",
    });
    const noted = await runTool(db, caller, updateCrm, { eventId, companyId: vault, note: "Legal is reading it" });
    expect(noted.status).toBe("executed");

    // A value without a package is in the event's currency: €46,000 is about $50,600.
    const ledger = await deal("Ledger", { valueCents: 4_600_000 });
    expect(await runTool(db, caller, updateCrm, { eventId, companyId: ledger, stage: "lost" })).toMatchObject({
      status: "escalated",
      reason: expect.stringMatching(/€46,000 exceeds/),
    });
    const small = await deal("Small", { packageId: gold.id, valueCents: gold.priceCents });
    expect(await runTool(db, caller, updateCrm, { eventId, companyId: small, stage: "won" })).toMatchObject({
      status: "executed",
    });
  });

  it("refuses a package the event does not sell, and a company of another organization", async () => {
    await expect(
      runTool(db, caller, updateCrm, { eventId, companyId: company.Forge, packageTier: "diamond" }),
    ).rejects.toThrow(/no "diamond" package. Custom packages need a person/);
    const other = await uniqueOrganization(db, "Other");
    const stranger = await db.sponsorCompany.create({
      data: {
        organizationId: other.id,
        name: "Stranger",
        domain: `stranger-${other.slug}.example`,
        industry: "Fintech",
      },
    });
    await expect(runTool(db, caller, qualifyLead, { eventId, companyId: stranger.id })).rejects.toThrow(
      /not in this organization/,
    );
  });

  it("search_linkedin finds decision makers in the contact book and says where the data comes from", async () => {
    const forge = await db.sponsorCompany.findUniqueOrThrow({ where: { id: company.Forge } });
    await db.sponsorContact.createMany({
      data: [
        {
          organizationId: forge.organizationId,
          companyId: forge.id,
          name: "Dev",
          email: `dev@${forge.domain}`,
          title: "Engineer",
          seniority: "individual",
        },
        {
          organizationId: forge.organizationId,
          companyId: forge.id,
          name: "Ceo",
          email: `ceo@${forge.domain}`,
          title: "CEO",
          seniority: "c_level",
          unsubscribedAt: new Date(),
        },
      ],
    });
    const outcome = await runTool(db, caller, searchLinkedin, { companyId: company.Forge });
    if (outcome.status !== "executed") throw new Error(outcome.status);
    expect(outcome.output.source).toMatch(/contact book \(no LinkedIn access\)/);
    expect(outcome.output.decisionMakers.map((person) => [person.title, person.mayEmail])).toEqual([
      ["CEO", false],
      ["VP Marketing", true],
    ]);
  });

  it("analyze_engagement turns the deal's signals into a score and a next action", async () => {
    const deal = await db.sponsorDeal.findFirstOrThrow({ where: { eventId, companyId: company.Forge } });
    await db.sponsorReply.create({
      data: {
        dealId: deal.id,
        fromEmail: "lead@x.example",
        subject: "Re",
        body: "Tell me more",
        classification: "interested",
        source: "manual",
      },
    });
    const outcome = await runTool(db, caller, analyzeEngagementTool, { eventId, dealId: deal.id });
    if (outcome.status !== "executed") throw new Error(outcome.status);
    expect(outcome.output).toMatchObject({
      company: "Forge",
      score: 30,
      nextAction: "Answer the reply and offer a meeting.",
    });
  });
});
