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
  options: {
    context?: { description: string; value: string }[];
    config?: Env;
    /** Continue this conversation (the browser sends its whole history with each message). */
    threadId?: string;
    history?: { id: string; role: string; content: string }[];
  } = {},
) {
  const body = {
    threadId: options.threadId ?? randomUUID(),
    runId: randomUUID(),
    state: {},
    messages: [...(options.history ?? []), { id: randomUUID(), role: "user", content: text }],
    tools: [],
    context: options.context ?? [],
    forwardedProps: {},
  };
  return readEvents(await post(db, caller, "run", body, options.config));
}

/** Asks for a thread's history as the browser does on load or on switching threads (agent/connect). */
export async function connectCopilot(db: Db, caller: Caller, threadId: string) {
  const body = { threadId, runId: randomUUID(), state: {}, messages: [], tools: [], context: [], forwardedProps: {} };
  return readEvents(await post(db, caller, "connect", body));
}

function post(db: Db, caller: Caller, verb: "run" | "connect", body: unknown, config?: Env) {
  const request = new Request(`http://localhost${COPILOT_PATH}/agent/default/${verb}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(body),
  });
  return handleCopilotRequest(request, db, caller, config);
}

async function readEvents(response: Response) {
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
