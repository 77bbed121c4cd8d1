"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { callerFor } from "@/lib/agents/caller";
import { agentModeSchema } from "@/lib/agents/catalog";
import { runTool } from "@/lib/agents/core/gate";
import { runDailyOperations } from "@/lib/agents/operations/daily-check";
import { generateStatusReport } from "@/lib/agents/operations/tools/generate-status-report";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type OperationsState = {
  error?: string;
  actions?: { tool: string; status: string; summary: string }[];
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
    return {
      actions: result.actions,
      message:
        result.actions.length === 0
          ? "All clear: nothing overdue, sales and budget within limits, vendors confirmed."
          : `${result.actions.length} action(s).`,
    };
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
