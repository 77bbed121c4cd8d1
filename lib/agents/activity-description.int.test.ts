import { beforeAll, describe, expect, it } from "vitest";
import { answerFor } from "@/lib/copilot/answers";
import { testDb } from "@/tests/db";
import { US_FORMAT } from "@/tests/format";
import { operationsFixture } from "@/tests/operations-fixture";
import { describeActivity } from "./activity-description";
import { recordActivity } from "./activity-log";
import { type Caller, runTool } from "./core/gate";
import { sendReminder } from "./operations/tools/send-reminder";

/** Real reminders through the gate, described as the activity page shows them. */
const db = testDb();
let ours: Awaited<ReturnType<typeof operationsFixture>>;
let theirs: Awaited<ReturnType<typeof operationsFixture>>;

beforeAll(async () => {
  [ours, theirs] = await Promise.all([operationsFixture(db), operationsFixture(db)]);
  await db.event.update({ where: { id: theirs.event.id }, data: { name: "Their Secret Festival" } });
  await db.deliverable.updateMany({ where: { eventId: theirs.event.id }, data: { title: "Their secret deliverable" } });
});

/** An open deliverable of the fixture's event: the `nth`, as one reminder a day each is allowed. */
async function reminderInput(fixture: typeof ours, nth = 0) {
  const deliverable = await db.deliverable.findFirstOrThrow({
    where: { eventId: fixture.event.id, status: { in: ["pending", "in_progress"] } },
    orderBy: { id: "asc" },
    skip: nth,
  });
  return { eventId: fixture.event.id, deliverableId: deliverable.id };
}

async function described(activityId: string) {
  const activity = await db.agentActivity.findUniqueOrThrow({ where: { id: activityId }, include: { approval: true } });
  return describeActivity(db, activity, US_FORMAT);
}

function remind(caller: Caller, input: unknown) {
  return runTool(db, caller, sendReminder, input);
}

describe("an activity in words", () => {
  it("names the event and the deliverable, and says the result in the chat's words", async () => {
    const input = await reminderInput(ours);
    const outcome = await remind(ours.caller("member"), input);
    if (outcome.status !== "executed") throw new Error(`send_reminder did not run: ${outcome.status}`);
    const said = await described(outcome.activityId);
    const title = (await db.deliverable.findUniqueOrThrow({ where: { id: input.deliverableId } })).title;

    expect(said.asked).toContainEqual({
      label: "Event",
      value: "Lakeside Blues Weekend",
      href: `/events/${ours.event.id}`,
    });
    expect(said.asked).toContainEqual(
      expect.objectContaining({ label: "Deliverable", value: expect.stringContaining(title) }),
    );
    expect(JSON.stringify(said.asked)).not.toContain(input.deliverableId);
    const answer = await answerFor("send_reminder")?.(
      { db, organizationId: ours.org.id, now: new Date(), format: US_FORMAT },
      input,
      outcome.output,
    );
    expect(said.outcome).toEqual({ summary: answer?.summary, link: answer?.link });
    expect(said.outcome.summary).toContain(`about "${title}" (Lakeside Blues Weekend)`);
  });

  it("says what a review-only run drafted, without claiming it was done", async () => {
    const outcome = await remind({ ...ours.caller("member"), runMode: "review_only" }, await reminderInput(ours, 1));
    expect(outcome.status).toBe("drafted");
    const said = await described(outcome.activityId);
    expect(said.outcome.summary).toMatch(
      /^Drafted, not done \(review only\): Remind .+ about ".+" \(due .+\)\. To: .+@/,
    );
  });

  it("says what waits in the inbox, and links it", async () => {
    const outcome = await remind({ ...ours.caller("member"), runMode: "assisted" }, await reminderInput(ours, 2));
    expect(outcome.status).toBe("pending_approval");
    const said = await described(outcome.activityId);
    expect(said.outcome.summary).toMatch(/^Waits in the inbox for a person to decide: Remind /);
    expect(said.outcome.link?.href).toBe("/inbox");
  });

  it("never looks another organization's ids up", async () => {
    // The gate refuses their ids (not found) and logs nothing; a row naming them is still described safely.
    await expect(remind(ours.caller("member"), await reminderInput(theirs))).rejects.toThrow(/does not exist/);
    const row = await recordActivity(db, {
      organizationId: ours.org.id,
      agentId: "operations",
      activityType: "reminder_sent",
      inputData: await reminderInput(theirs),
      outputData: { emailId: null, to: "someone@example.com", deliverable: "Their secret deliverable" },
    });
    const said = await described(row.id);
    expect(JSON.stringify(said.asked)).not.toMatch(/their secret/i);
    expect(said.asked.map((field) => field.value)).toEqual([
      "Not found in this organization (deleted?)",
      "Not found in this organization (deleted?)",
    ]);
    expect(said.outcome.summary).toMatch(/can no longer be said in words/);
  });

  it("falls back to a plain sentence when what the answer names was deleted", async () => {
    const outcome = await remind(theirs.caller("member"), await reminderInput(theirs));
    if (outcome.status !== "executed") throw new Error(`send_reminder did not run: ${outcome.status}`);
    await db.event.delete({ where: { id: theirs.event.id } });
    const said = await described(outcome.activityId);
    expect(said.outcome.summary).toBe(
      "Reminder sent: done. Its result can no longer be said in words, as something it names has been deleted since.",
    );
  });
});
