"use server";

import { z } from "zod";
import { callerFor } from "@/lib/agents/caller";
import { requireContext } from "@/lib/auth/context";
import {
  type ChatRequestState,
  cancelChatRequest,
  chatRequestState,
  confirmChatRequest,
} from "@/lib/copilot/confirmations";
import { findChatTool } from "@/lib/copilot/surfaces";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatterFor } from "@/lib/format-context";

export type ChatRequestView = { state?: ChatRequestState; error?: string };

const requestId = z.uuid({ error: "That request does not exist." });

/** The card's actions: who confirms is the session's user, and only the one who asked. */
async function withContext(
  id: unknown,
  act: (context: Parameters<typeof chatRequestState>[0], id: string) => Promise<ChatRequestState>,
) {
  try {
    const session = await requireContext();
    const context = { db, caller: callerFor(session, "chat"), format: await formatterFor(session) };
    return { state: await act(context, requestId.parse(id)) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    if (error instanceof z.ZodError) return { error: "That request does not exist." };
    throw error;
  }
}

export async function chatRequestAction(id: string): Promise<ChatRequestView> {
  return withContext(id, chatRequestState);
}

export async function confirmChatRequestAction(id: string): Promise<ChatRequestView> {
  const view = await withContext(id, (context, requestId) => confirmChatRequest(context, requestId, findChatTool));
  return view;
}

export async function cancelChatRequestAction(id: string): Promise<ChatRequestView> {
  return withContext(id, async (context, requestId) => {
    await cancelChatRequest(context, requestId);
    return chatRequestState(context, requestId);
  });
}
