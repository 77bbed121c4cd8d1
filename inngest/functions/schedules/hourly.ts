import { cron } from "inngest";
import { dueDailyChecks } from "@/lib/agents/operations/schedule";
import { db } from "@/lib/db/client";
import { inngest } from "../../client";
import { dailyCheckRequested, hourlyScheduleRequested } from "../../events";
import { SCHEDULES } from "../../schedules";

/**
 * Every hour: asks for the daily operations check of each event on sale whose local time is past 08:00.
 * The event id is the local day, so Inngest (and the local engine) start one check per event per day
 * however many ticks or "run now" clicks see it due. "Run now" does the asking organization's events only.
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
    const due = await step.run("find-due-daily-checks", async () => {
      const events = await db.event.findMany({
        where: { organizationId, status: "on_sale", endsAt: { gt: new Date() } },
        select: { id: true, organizationId: true, timezone: true },
      });
      return dueDailyChecks(events, new Date());
    });
    if (due.length > 0) {
      await step.sendEvent(
        "request-daily-checks",
        due.map(({ organizationId, eventId, dedupeKey }) =>
          dailyCheckRequested.create({ organizationId, eventId, reason: "schedule" }, { id: dedupeKey }),
        ),
      );
    }
    return { dailyChecksRequested: due.length };
  },
);
