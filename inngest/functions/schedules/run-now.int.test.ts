import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { localClock } from "@/lib/agents/operations/schedule";
import { createEvent } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { fourHourlySchedule } from "./every-4-hours";
import { hourlySchedule } from "./hourly";

/** "Run now" from the Runs page names the organization that asked: the run does that organization's part only. */
const db = testDb();

// A time zone where today's check is due now (past 08:00 local), whatever the hour this test runs.
const DUE_ZONE =
  ["Pacific/Kiritimati", "Asia/Tokyo", "Asia/Kolkata", "Europe/Lisbon", "America/New_York", "Pacific/Honolulu"].find(
    (zone) => localClock(new Date(), zone).hour >= 9,
  ) ?? "Pacific/Kiritimati";

async function overdueApproval(organizationId: string) {
  return db.approval.create({
    data: {
      organizationId,
      agentId: "operations",
      action: "send_reminder",
      arguments: {},
      reason: "Assisted mode",
      risk: "low",
      expiresAt: new Date(Date.now() - 60_000),
    },
  });
}

describe("run now for one organization", () => {
  it("expires only the asking organization's overdue inbox items", async () => {
    const [mine, theirs] = await Promise.all([uniqueOrganization(db), uniqueOrganization(db)]);
    const [own, foreign] = await Promise.all([overdueApproval(mine.id), overdueApproval(theirs.id)]);
    const { result } = await new InngestTestEngine({
      function: fourHourlySchedule,
      events: [
        { name: "schedules/every-4-hours.requested", data: { requestedById: randomUUID(), organizationId: mine.id } },
      ],
    }).execute({ steps: [{ id: "wake-waiting-runs", handler: () => ({ ids: [] }) }] });
    expect(result).toEqual({ approvalsExpired: 1 });
    expect((await db.approval.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("expired");
    expect((await db.approval.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("pending");
  });

  it("asks for the daily checks of the asking organization's events only", async () => {
    const [mine, theirs] = await Promise.all([uniqueOrganization(db), uniqueOrganization(db)]);
    const spec = testEventSpec(new Date(), { timezone: DUE_ZONE });
    const [own] = await Promise.all([createEvent(db, mine.id, spec), createEvent(db, theirs.id, spec)]);
    const { result, ctx } = await new InngestTestEngine({
      function: hourlySchedule,
      events: [{ name: "schedules/hourly.requested", data: { requestedById: randomUUID(), organizationId: mine.id } }],
    }).execute({ steps: [{ id: "request-daily-checks", handler: () => ({ ids: [] }) }] });
    expect(result).toMatchObject({ dailyChecksRequested: 1 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("request-daily-checks", [
      expect.objectContaining({ data: { organizationId: mine.id, eventId: own.id, reason: "schedule" } }),
    ]);
  });
});
