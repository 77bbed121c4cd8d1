"use server";

import { requireContext } from "@/lib/auth/context";
import { recentThreads, type ThreadSummary } from "@/lib/copilot/thread-store";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** The signed-in person's recent copilot conversations in the current organization (the chat's history). */
export async function recentChatThreadsAction(): Promise<{ threads?: ThreadSummary[]; error?: string }> {
  try {
    const context = await requireContext();
    return { threads: await recentThreads(db, { organizationId: context.organization.id, userId: context.user.id }) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}
