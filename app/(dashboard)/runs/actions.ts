"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type inngest, requestJob } from "@/inngest/client";
import { fourHourlyScheduleRequested, hourlyScheduleRequested, outboxSweepRequested } from "@/inngest/events";
import { cancelRun, rerun } from "@/inngest/local/store";
import { SCHEDULES, type ScheduleId } from "@/inngest/schedules";
import { type OrgContext, requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { controllableRun, isActive, isRerunnable, runScope, scheduleIdSchema } from "@/lib/jobs/runs";

export type RunActionState = { error?: string; message?: string };

const runInput = z.object({ runId: z.uuid() });

type RunNowRequest = { requestedById: string; organizationId: string };
const RUN_NOW: Record<ScheduleId, (request: RunNowRequest) => Parameters<typeof inngest.send>[0]> = {
  hourly: (request) => hourlyScheduleRequested.create(request),
  "every-4-hours": (request) => fourHourlyScheduleRequested.create(request),
  "every-10-minutes": (request) => outboxSweepRequested.create(request),
};

async function guarded(work: () => Promise<RunActionState>): Promise<RunActionState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/** The run named by the form, if it is the caller's organization's own (never a shared schedule run). */
async function ownRun(context: OrgContext, form: FormData) {
  const input = runInput.safeParse({ runId: form.get("runId") });
  if (!input.success) throw new AppError("not_found", "That run does not exist, or belongs to another organization.");
  return controllableRun(db, input.data.runId, runScope(context));
}

export async function cancelRunAction(_previous: RunActionState, form: FormData): Promise<RunActionState> {
  return guarded(async () => {
    const context = await requireContext("agents:run");
    const run = await ownRun(context, form);
    if (!isActive(run.status)) return { error: `This run has already ended (${run.status}).` };
    const cancelled = await cancelRun(db, run.id, `Cancelled by ${context.user.name} from the Runs page`);
    revalidatePath("/runs", "layout");
    return cancelled ? { message: "Run cancelled." } : { error: "This run ended before it could be cancelled." };
  });
}

/** Starts the function again with the same event and opens the new run. */
export async function rerunAction(_previous: RunActionState, form: FormData): Promise<RunActionState> {
  return guarded(async () => {
    const context = await requireContext("agents:run");
    const run = await ownRun(context, form);
    if (!isRerunnable(run.status)) return { error: "Only a failed or cancelled run can run again." };
    if (!run.served) return { error: "The app no longer serves this function, so it cannot run again." };
    const newRunId = await rerun(db, run.id);
    revalidatePath("/runs", "layout");
    redirect(`/runs/${newRunId}`);
  });
}

/**
 * Sends a schedule's "run now" event for the caller's organization (admins only): the run does this
 * organization's part of the schedule and is its own run; the cron's shared runs stay untouched.
 */
export async function runScheduleNowAction(_previous: RunActionState, form: FormData): Promise<RunActionState> {
  return guarded(async () => {
    const context = await requireContext("agents:configure");
    const scheduleId = scheduleIdSchema.safeParse(form.get("scheduleId"));
    if (!scheduleId.success) return { error: "Pick a schedule to run." };
    await requestJob(
      RUN_NOW[scheduleId.data]({ requestedById: context.user.id, organizationId: context.organization.id }),
    );
    revalidatePath("/runs");
    return {
      message: `${SCHEDULES[scheduleId.data].label}: started for ${context.organization.name}. The run appears below in a moment.`,
    };
  });
}
