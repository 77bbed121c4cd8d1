import { randomUUID } from "node:crypto";
import type { Caller } from "@/lib/agents/core/gate";
import { COPILOT_PATH, handleCopilotRequest } from "@/lib/copilot/runtime";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";

export type SseEvent = { type: string; [key: string]: unknown };

/** Sends one user message to the copilot runtime over its HTTP protocol and collects the SSE events. */
export async function askCopilot(
  db: Db,
  caller: Caller,
  text: string,
  options: { context?: { description: string; value: string }[]; config?: Env } = {},
) {
  const body = {
    threadId: randomUUID(),
    runId: randomUUID(),
    state: {},
    messages: [{ id: randomUUID(), role: "user", content: text }],
    tools: [],
    context: options.context ?? [],
    forwardedProps: {},
  };
  const request = new Request(`http://localhost${COPILOT_PATH}/agent/default/run`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(body),
  });
  const response = await handleCopilotRequest(request, db, caller, options.config);
  const raw = await response.text();
  const events: SseEvent[] = raw
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => JSON.parse(line.slice(6)) as SseEvent);
  const text$ = events
    .filter((event) => event.type === "TEXT_MESSAGE_CONTENT")
    .map((event) => String(event.delta))
    .join("");
  return { status: response.status, events, text: text$, raw };
}
