import { expect, it } from "vitest";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { pipelineBoard, updateDeal } from "./pipeline";

const db = testDb();

it("a person updates a deal on the board: stage, note and next action, audited, in its organization only", async () => {
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

  await updateDeal(db, by, {
    dealId: deal.id,
    stage: "negotiating",
    note: "Wants the gold booth",
    nextAction: "Send the booth map",
    nextActionOn: "2026-12-01",
  });
  const board = await pipelineBoard(db, org.id, event.id);
  expect(board.find((column) => column.stage === "negotiating")?.deals.map((d) => d.company.name)).toEqual(["Acme"]);
  expect(board.find((column) => column.stage === "negotiating")?.deals[0]?.notes[0]?.body).toBe(
    "Moved to Negotiating, next: Send the booth map (Priya): Wants the gold booth",
  );
  expect(board.find((column) => column.stage === "negotiating")?.deals[0]).toMatchObject({
    nextAction: "Send the booth map",
    nextActionAt: new Date("2026-12-01T09:00:00Z"),
  });
  expect(await db.auditLog.count({ where: { targetId: deal.id, action: "deal.updated" } })).toBe(1);
  await updateDeal(db, by, { dealId: deal.id, stage: "negotiating" });
  expect(await db.dealNote.count({ where: { dealId: deal.id } })).toBe(1);

  const other = await uniqueOrganization(db, "Elsewhere");
  await expect(updateDeal(db, { ...by, organizationId: other.id }, { dealId: deal.id, stage: "won" })).rejects.toThrow(
    /does not exist, or belongs to another organization/,
  );
  await expect(updateDeal(db, by, { dealId: deal.id, stage: "closed" as never })).rejects.toMatchObject({
    code: "validation",
    userMessage: expect.stringMatching(/Pick a stage/),
  });
});
