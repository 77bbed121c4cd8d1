"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { RunActionState } from "@/app/(dashboard)/runs/actions";
import { requestJob } from "@/inngest/client";
import { eventLaunchRequested } from "@/inngest/events";
import { callerFor } from "@/lib/agents/caller";
import { agentModeSchema } from "@/lib/agents/catalog";
import { runTool } from "@/lib/agents/core/gate";
import { describeDailyCheck, runDailyOperations } from "@/lib/agents/operations/daily-check";
import { generateStatusReport } from "@/lib/agents/operations/tools/generate-status-report";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type OperationsState = {
  error?: string;
  actions?: { tool: string; status: string; summary: string }[];
  /** Findings not acted on today because a reminder or follow-up went out recently, in words. */
  skipped?: string[];
  message?: string;
};

const runInput = z.object({
  eventId: z.uuid({ error: "Pick an event." }),
  runMode: agentModeSchema.optional().catch(undefined),
});

async function guarded(work: () => Promise<OperationsState>): Promise<OperationsState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/** The dashboard button for the daily check: the same gate as the chat and the schedule. */
export async function runOperationsCheckAction(_previous: OperationsState, form: FormData): Promise<OperationsState> {
  return guarded(async () => {
    const context = await requireContext("agents:run");
    const input = runInput.safeParse({ eventId: form.get("eventId"), runMode: form.get("runMode") || undefined });
    if (!input.success) return { error: input.error.issues[0]?.message ?? "Pick an event." };
    const result = await runDailyOperations(db, callerFor(context, "ui", input.data.runMode), input.data.eventId);
    revalidatePath("/", "layout");
    const described = describeDailyCheck(result);
    return { actions: result.actions, skipped: described.skippedLines, message: described.message };
  });
}

export async function generateReportAction(_previous: OperationsState, form: FormData): Promise<OperationsState> {
  return guarded(async () => {
    const context = await requireContext("agents:run");
    const input = runInput.safeParse({ eventId: form.get("eventId") });
    if (!input.success) return { error: "Pick an event." };
    const outcome = await runTool(db, callerFor(context, "ui"), generateStatusReport, { eventId: input.data.eventId });
    revalidatePath(`/events/${input.data.eventId}`);
    return {
      message:
        outcome.status === "executed"
          ? "Status report written and emailed to the organizers."
          : outcome.status === "drafted"
            ? "Review only: the report was drafted, not sent."
            : "The report is waiting for approval in the inbox.",
    };
  });
}

/** Starts (or resumes) the event launch graph as a durable run; the Runs page follows it. */
export async function launchEventAction(_previous: RunActionState, form: FormData): Promise<RunActionState> {
  return guarded(async () => {
    const context = await requireContext("agents:run");
    const input = runInput.safeParse({ eventId: form.get("eventId") });
    const event = input.success
      ? await db.event.findFirst({ where: { id: input.data.eventId, organizationId: context.organization.id } })
      : null;
    if (!event) return { error: "That event does not exist, or belongs to another organization." };
    await requestJob(
      eventLaunchRequested.create({
        organizationId: event.organizationId,
        eventId: event.id,
        requestedById: context.user.id,
      }),
    );
    revalidatePath(`/events/${event.id}`);
    return { message: "Launch started. Follow it on the Runs page; this card updates when it is done." };
  });
}
