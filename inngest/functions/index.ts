import { cancelWithRun } from "./approvals/cancel-with-run";
import { sweepOutboxFunction } from "./email/sweep-outbox";
import { dailyCheck } from "./operations/daily-check";
import { weeklyReport } from "./operations/weekly-report";
import { launchEvent } from "./orchestrator/launch-event";
import { handleReply } from "./sales/handle-reply";
import { outreachCampaign } from "./sales/outreach-campaign";
import { fourHourlySchedule } from "./schedules/every-4-hours";
import { hourlySchedule } from "./schedules/hourly";

/** Every function the app serves at /api/inngest. */
export const functions = [
  dailyCheck,
  weeklyReport,
  launchEvent,
  hourlySchedule,
  fourHourlySchedule,
  cancelWithRun,
  outreachCampaign,
  handleReply,
  sweepOutboxFunction,
];
