import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { testDb, uniqueOrganization } from "@/tests/db";
import { recordActivity } from "./activity-log";

const db = testDb();

describe("the activity log", () => {
  it("records an agent action with the seed's columns", async () => {
    const org = await uniqueOrganization(db);
    const row = await recordActivity(db, {
      organizationId: org.id,
      agentId: "marketing",
      agentVersion: "1.0.0",
      activityType: "campaign_optimized",
      inputData: { campaign: "early-bird" },
      outputData: { sendHour: 9 },
      reasoning: "Opens peak at 9:00 in the audience's time zone.",
      durationMs: 420,
      llmTokensUsed: 812,
      metricsBefore: { openRate: 0.21 },
      metricsAfter: { openRate: 0.26 },
      performanceImprovement: 23.81,
    });
    expect(row).toMatchObject({ status: "success", autonomous: true, requiredHumanReview: false, durationMs: 420 });
    expect(row.performanceImprovement?.toString()).toBe("23.81");
  });

  it("refuses an activity type of another agent, explains it, and writes nothing", async () => {
    const org = await uniqueOrganization(db);
    const attempt = recordActivity(db, { organizationId: org.id, agentId: "support", activityType: "email_sent" });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      fields: { activityType: [expect.stringContaining("Not an activity of the support agent")] },
    });
    expect(await db.agentActivity.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("requires the reason for an escalation", async () => {
    const org = await uniqueOrganization(db);
    await expect(
      recordActivity(db, {
        organizationId: org.id,
        agentId: "operations",
        activityType: "issue_escalated",
        status: "escalated",
        requiredHumanReview: true,
      }),
    ).rejects.toMatchObject({
      fields: { escalationReason: ["An escalated activity needs the reason it was escalated."] },
    });
  });
});
