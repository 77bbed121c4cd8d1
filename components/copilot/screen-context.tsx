"use client";

import { useAgentContext, useConfigureSuggestions } from "@copilotkit/react-core/v2";
import { SCREEN_CONTEXT } from "@/lib/copilot/context";
import type { ScreenContext } from "@/lib/copilot/planner";

/**
 * Tells the chat what is on screen, so "what is overdue?" needs no event name, and offers the questions
 * that fit this page as buttons. The server checks every id against the session's organization.
 */
export function ScreenChatContext({ screen, suggestions }: { screen: ScreenContext; suggestions: string[] }) {
  useAgentContext({ description: SCREEN_CONTEXT, value: screen });
  useConfigureSuggestions(
    { suggestions: suggestions.map((message) => ({ title: message, message })), available: "always" },
    [suggestions.join("\n")],
  );
  return null;
}
