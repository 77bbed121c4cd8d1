import { cron } from "inngest";
import { dueDailyChecks, dueWeeklyReports } from "@/lib/agents/operations/schedule";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { dailyCheckRequested, hourlyScheduleRequested, weeklyReportRequested } from "../../events";
import { SCHEDULES } from "../../schedules";

/** The events the schedules look after: on sale and not over yet (of one organization, when given). */
function activeEvents(organizationId?: string) {
  return db.event.findMany({
    where: { organizationId, status: "on_sale", endsAt: { gt: new Date() } },
    select: { id: true, organizationId: true, timezone: true },
  });
}

/**
 * Every hour: asks for the daily operations check of each event on sale whose local time is past 08:00,
 * and on Mondays from 08:00 local time for its weekly status report. The event id is the local day (the
 * ISO week for the report), so Inngest (and the local engine) start one check per event per day and one
 * report per event per week however many ticks or "run now" clicks see it due. "Run now" does the asking
 * organization's events only.
 */
export const hourlySchedule = inngest.createFunction(
  {
    id: SCHEDULES.hourly.functionId,
    name: "Schedule: every hour",
    triggers: [cron(SCHEDULES.hourly.cron), hourlyScheduleRequested],
  },
  async ({ event, step }) => {
    // "Run now" from the Runs page names one organization; a cron tick covers them all.
    const organizationId = "organizationId" in event.data ? event.data.organizationId : undefined;
    const due = await step.run("find-due-daily-checks", async () =>
      dueDailyChecks(await activeEvents(organizationId), new Date()),
    );
    if (due.length > 0) {
      await step.sendEvent(
        "request-daily-checks",
        due.map(({ organizationId, eventId, dedupeKey }) =>
          dailyCheckRequested.create({ organizationId, eventId, reason: "schedule" }, { id: dedupeKey }),
        ),
      );
    }
    const reports = await step.run("find-due-weekly-reports", async () =>
      dueWeeklyReports(await activeEvents(organizationId), new Date()),
    );
    if (reports.length > 0) {
      await step.sendEvent(
        "request-weekly-reports",
        reports.map(({ organizationId, eventId, week, dedupeKey }) =>
          weeklyReportRequested.create({ organizationId, eventId, week }, { id: dedupeKey }),
        ),
      );
    }
    return { dailyChecksRequested: due.length, weeklyReportsRequested: reports.length };
  },
);
