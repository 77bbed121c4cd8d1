import { eventType } from "inngest";
import { z } from "zod";

/** Every event the product sends or listens to, typed once. Names follow `<domain>/<noun>.<past-verb>`. */

const uuid = z.uuid();

/** Run the operations daily check for one event (a schedule, the event launch or a person asked). */
export const dailyCheckRequested = eventType("operations/daily-check.requested", {
  schema: z.object({ organizationId: uuid, eventId: uuid, reason: z.enum(["schedule", "launch", "manual"]) }),
});

/** Write and email one event's weekly status report for an ISO week ("2026-W49"): the hourly schedule asks. */
export const weeklyReportRequested = eventType("operations/weekly-report.requested", {
  schema: z.object({ organizationId: uuid, eventId: uuid, week: z.string().regex(/^\d{4}-W\d{2}$/) }),
});

/** Start (or resume) the event launch: the seed's orchestration graph for one event. */
export const eventLaunchRequested = eventType("event/launch.requested", {
  schema: z.object({ organizationId: uuid, eventId: uuid, requestedById: uuid.nullable() }),
});

/** A person decided an inbox item; a durable run waiting on it resumes. */
export const approvalDecided = eventType("approval/decision.recorded", {
  schema: z.object({ approvalId: uuid, status: z.enum(["approved", "rejected", "expired", "cancelled"]) }),
});

/**
 * "Run now" for a schedule, next to its cron trigger (see inngest/schedules.ts). From the Runs page it
 * names the organization of the person who asked, and the run does that organization's part only; the
 * cron's own ticks (and `npm run dev`'s catch-up tick) have none and cover every organization.
 */
const scheduleRequest = z.object({ requestedById: uuid.nullable(), organizationId: uuid.optional() });
export const hourlyScheduleRequested = eventType("schedules/hourly.requested", { schema: scheduleRequest });
export const fourHourlyScheduleRequested = eventType("schedules/every-4-hours.requested", { schema: scheduleRequest });
export const outboxSweepRequested = eventType("email/outbox-sweep.requested", { schema: scheduleRequest });

/**
 * Sent by Inngest (and the local engine) when a run is cancelled, with the event that started the run:
 * its organization, if it has one, scopes what the cancellation touches.
 */
export const functionCancelled = eventType("inngest/function.cancelled", {
  schema: z
    .object({
      run_id: z.string(),
      function_id: z.string(),
      event: z
        .object({ data: z.object({ organizationId: z.string().optional() }).loose().optional() })
        .loose()
        .optional(),
    })
    .loose(),
});

const agentMode = z.enum(["full_auto", "assisted", "review_only"]);

/** Run the Sales agent's outreach campaign (the campaign row exists; its mode is already resolved). */
export const salesCampaignRequested = eventType("sales/campaign.requested", {
  schema: z.object({ organizationId: uuid, eventId: uuid, campaignId: uuid, mode: agentMode }),
});

/** A prospect replied (webhook or recorded by a person); the reply is stored and classified. */
export const sponsorReplyReceived = eventType("sales/reply.received", {
  schema: z.object({ organizationId: uuid, dealId: uuid, replyId: uuid, classification: z.string() }),
});
