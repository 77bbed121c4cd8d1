import { expect, it } from "vitest";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { moveDeal, pipelineBoard } from "./pipeline";

const db = testDb();

it("a person moves a deal on the board: stage, a note and an audit entry, in its organization only", async () => {
  const org = await uniqueOrganization(db, "Pipeline");
  const member = await createMember(db, {
    organizationId: org.id,
    email: `m-${org.slug}@example.com`,
    name: "Priya",
    role: "member",
  });
  const event = await createEvent(db, org.id, testEventSpec(new Date()));
  const company = await db.sponsorCompany.create({
    data: { organizationId: org.id, name: "Acme", domain: `acme-${org.slug}.example`, industry: "Fintech" },
  });
  const deal = await db.sponsorDeal.create({
    data: { organizationId: org.id, eventId: event.id, companyId: company.id, stage: "contacted" },
  });
  const by = { organizationId: org.id, userId: member.id, userName: "Priya" };

  await moveDeal(db, by, { dealId: deal.id, stage: "negotiating", note: "Wants the gold booth" });
  const board = await pipelineBoard(db, org.id, event.id);
  expect(board.find((column) => column.stage === "negotiating")?.deals.map((d) => d.company.name)).toEqual(["Acme"]);
  expect(board.find((column) => column.stage === "negotiating")?.deals[0]?.notes[0]?.body).toBe(
    "Moved to Negotiating by Priya: Wants the gold booth",
  );
  expect(await db.auditLog.count({ where: { targetId: deal.id, action: "deal.moved" } })).toBe(1);

  const other = await uniqueOrganization(db, "Elsewhere");
  await expect(moveDeal(db, { ...by, organizationId: other.id }, { dealId: deal.id, stage: "won" })).rejects.toThrow(
    /does not exist, or belongs to another organization/,
  );
  await expect(moveDeal(db, by, { dealId: deal.id, stage: "closed" as never })).rejects.toMatchObject({
    code: "validation",
    userMessage: expect.stringMatching(/Pick a stage/),
  });
});
