/**
 * The recurring schedules, as the Runs page shows them. Each is one Inngest function with a cron
 * trigger and a "run now" event; the agents that need a schedule add their task here and in the
 * function. Crons are in UTC; per-event local times are handled inside the task.
 */
export const SCHEDULES = {
  hourly: {
    functionId: "schedules-hourly",
    cron: "0 * * * *",
    label: "Every hour",
    tasks: [
      "Operations: the daily check of each active event, once a day from 08:00 in the event's time zone",
      "Operations: the weekly status report of each active event, emailed to the owners and admins on Mondays from 08:00 in the event's time zone",
    ],
    waitingFor: ["Community health check (the seed's hourly CCO check) joins when that agent lands"],
  },
  "every-4-hours": {
    functionId: "schedules-every-4-hours",
    cron: "0 */4 * * *",
    label: "Every 4 hours",
    tasks: ["Inbox: expire items past their deadline (counted as rejected) and wake the runs waiting on them"],
    waitingFor: ["Marketing optimization loop joins when the Marketing agent lands"],
  },
  "every-10-minutes": {
    functionId: "email-sweep-outbox",
    cron: "*/10 * * * *",
    label: "Every 10 minutes",
    tasks: [
      "Email: deliver messages a crash left queued or sending, retry failed ones with backoff (never sending one twice); what still fails is listed under Needs attention",
    ],
    waitingFor: [],
  },
} as const;

export type ScheduleId = keyof typeof SCHEDULES;
