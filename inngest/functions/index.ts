import { cancelWithRun } from "./approvals/cancel-with-run";
import { dailyCheck } from "./operations/daily-check";
import { launchEvent } from "./orchestrator/launch-event";
import { fourHourlySchedule } from "./schedules/every-4-hours";
import { hourlySchedule } from "./schedules/hourly";

/** Every function the app serves at /api/inngest. */
export const functions = [dailyCheck, launchEvent, hourlySchedule, fourHourlySchedule, cancelWithRun];
