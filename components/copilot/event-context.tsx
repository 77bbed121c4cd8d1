"use client";

import { useAgentContext } from "@copilotkit/react-core/v2";
import { EVENT_CONTEXT } from "@/lib/copilot/context";

/** Tells the chat which event is on screen, so "what is overdue?" needs no event name. */
export function EventChatContext({ eventId, name }: { eventId: string; name: string }) {
  useAgentContext({ description: EVENT_CONTEXT, value: { eventId, name } });
  return null;
}
