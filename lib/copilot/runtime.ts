import "./telemetry-off";
import { randomUUID } from "node:crypto";
import { type BaseEvent, EventType, type RunAgentInput } from "@ag-ui/core";
import { createOpenAI } from "@ai-sdk/openai";
import { BuiltInAgent, CopilotRuntime, createCopilotRuntimeHandler, defineTool } from "@copilotkit/runtime/v2";
import type { Caller } from "@/lib/agents/core/gate";
import type { Db } from "@/lib/db/client";
import { type Env, env } from "@/lib/env";
import { type ChatTool, chatTools } from "./chat-tools";
import { EVENT_CONTEXT } from "./context";
import { textOf } from "./message-text";
import { type KnownEvent, plan } from "./planner";
import { systemPrompt } from "./system-prompt";
import { ThreadRunner } from "./thread-runner";

export const COPILOT_PATH = "/api/copilotkit";

function eventOnScreen(input: RunAgentInput): string | undefined {
  const entry = input.context.find((item) => item.description === EVENT_CONTEXT);
  if (!entry) return undefined;
  try {
    const value = JSON.parse(entry.value) as { eventId?: unknown };
    return typeof value.eventId === "string" ? value.eventId : undefined;
  } catch {
    return undefined;
  }
}

function* say(text: string): Generator<BaseEvent> {
  const messageId = randomUUID();
  yield { type: EventType.TEXT_MESSAGE_START, messageId, role: "assistant" } as BaseEvent;
  yield { type: EventType.TEXT_MESSAGE_CONTENT, messageId, delta: text } as BaseEvent;
  yield { type: EventType.TEXT_MESSAGE_END, messageId } as BaseEvent;
}

/** The offline planner as an agent: decide, run the tool through the gate, report. */
async function* plannerRun(input: RunAgentInput, tools: ChatTool[], events: KnownEvent[]): AsyncGenerator<BaseEvent> {
  const lastUser = [...input.messages].reverse().find((message) => message.role === "user");
  const decision = plan(textOf(lastUser), events, eventOnScreen(input));
  if (decision.kind === "text") {
    yield* say(decision.text);
    return;
  }
  const tool = tools.find((candidate) => candidate.name === decision.tool);
  if (!tool) {
    yield* say(`The ${decision.tool} tool is not available.`);
    return;
  }
  const toolCallId = randomUUID();
  const parentMessageId = randomUUID();
  yield { type: EventType.TOOL_CALL_START, toolCallId, toolCallName: tool.name, parentMessageId } as BaseEvent;
  yield { type: EventType.TOOL_CALL_ARGS, toolCallId, delta: JSON.stringify(decision.args) } as BaseEvent;
  yield { type: EventType.TOOL_CALL_END, toolCallId } as BaseEvent;
  const result = await tool.execute(decision.args);
  yield {
    type: EventType.TOOL_CALL_RESULT,
    messageId: randomUUID(),
    toolCallId,
    content: JSON.stringify(result),
    role: "tool",
  } as BaseEvent;
  yield* say(result.summary);
}

/** The chat's agent for one caller: an OpenAI-compatible model when configured, else the offline planner. */
export function createAgent(db: Db, caller: Caller, events: KnownEvent[], config: Env = env) {
  const tools = chatTools(db, caller);
  if (config.OPENAI_API_KEY) {
    const provider = createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL });
    return new BuiltInAgent({
      model: provider.chat(config.OPENAI_MODEL),
      prompt: systemPrompt(),
      maxSteps: 6,
      temperature: 0.2,
      tools: tools.map((tool) =>
        defineTool({
          name: tool.name,
          description: tool.description,
          parameters: tool.parameters,
          execute: tool.execute,
        }),
      ),
    });
  }
  return new BuiltInAgent({ type: "custom", factory: ({ input }) => plannerRun(input, tools, events) });
}

/** Serves one CopilotKit request (info, agent run, …) for a caller resolved from the session. */
export async function handleCopilotRequest(request: Request, db: Db, caller: Caller, config: Env = env) {
  const events = await db.event.findMany({
    where: { organizationId: caller.organizationId },
    select: { id: true, name: true },
  });
  // The caller's own conversations, from the database: they survive a restart and no one else can read them.
  const owner = caller.userId ? { organizationId: caller.organizationId, userId: caller.userId } : null;
  const runtime = new CopilotRuntime({
    agents: { default: createAgent(db, caller, events, config) },
    runner: new ThreadRunner(db, owner),
  });
  return createCopilotRuntimeHandler({ runtime, basePath: COPILOT_PATH })(request);
}
