"use server";

import { revalidatePath } from "next/cache";
import { agentModeInput, setAgentMode } from "@/lib/agents/settings";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";

export type AgentModeState = { error?: string; saved?: boolean };

export async function setAgentModeAction(_previous: AgentModeState, form: FormData): Promise<AgentModeState> {
  try {
    const context = await requireContext("agents:configure");
    const parsed = agentModeInput.safeParse({
      agent: form.get("agent"),
      mode: form.get("mode"),
      eventId: form.get("eventId") || undefined,
    });
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Choose a valid mode." };
    await setAgentMode(
      db,
      { organizationId: context.organization.id, userId: context.user.id, ...parsed.data },
      await requestMeta(),
    );
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
  revalidatePath("/", "layout");
  return { saved: true };
}
