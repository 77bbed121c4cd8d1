import { beforeAll, describe, expect, it } from "vitest";
import { approvalDecided, salesCampaignRequested } from "@/inngest/events";
import { testDb } from "@/tests/db";
import { operationsFixture } from "@/tests/operations-fixture";
import { describeTrigger, stepOutputInWords } from "./run-words";

const db = testDb();
let ours: Awaited<ReturnType<typeof operationsFixture>>;
let theirs: Awaited<ReturnType<typeof operationsFixture>>;

beforeAll(async () => {
  [ours, theirs] = await Promise.all([operationsFixture(db), operationsFixture(db)]);
});

async function campaignRun(fixture: typeof ours, organizationId: string) {
  const campaign = await db.outreachCampaign.create({
    data: { eventId: fixture.event.id, mode: "assisted", requestedById: fixture.people.owner.id },
  });
  const eventData = { organizationId, eventId: fixture.event.id, campaignId: campaign.id, mode: "assisted" };
  return { eventName: salesCampaignRequested.name, eventData, system: false };
}

describe("a run in words", () => {
  it("says what started a campaign: its mode and who asked", async () => {
    expect(await describeTrigger(db, ours.org.id, await campaignRun(ours, ours.org.id))).toEqual({
      what: "Sponsor outreach",
      details: ["assisted mode", "requested by Owner Person"],
    });
  });

  it("looks nobody up in another organization", async () => {
    const trigger = await describeTrigger(db, ours.org.id, await campaignRun(theirs, ours.org.id));
    expect(trigger).toEqual({ what: "Sponsor outreach", details: ["assisted mode"] });
  });

  it("says a step's events sent and a decision received", () => {
    expect(stepOutputInWords({ kind: "sendEvent", data: { ids: ["a", "b"] } })).toBe("Sent 2 requests");
    const decided = { name: approvalDecided.name, data: { approvalId: ours.org.id, status: "approved" } };
    expect(stepOutputInWords({ kind: "waitForEvent", data: decided })).toBe("The inbox item was approved");
    expect(stepOutputInWords({ kind: "run", data: [{ companyId: ours.org.id, name: "Acme" }] })).toBe("1 item (Acme)");
  });
});
