import "./telemetry-off";
import { randomUUID } from "node:crypto";
import { type BaseEvent, EventType, type RunAgentInput } from "@ag-ui/core";
import { createOpenAI } from "@ai-sdk/openai";
import { BuiltInAgent, CopilotRuntime, createCopilotRuntimeHandler, defineTool } from "@copilotkit/runtime/v2";
import type { Caller } from "@/lib/agents/core/gate";
import { getAgentModes } from "@/lib/agents/settings";
import type { Db } from "@/lib/db/client";
import { type Env, env } from "@/lib/env";
import { bindFormatter } from "@/lib/format";
import { organizationLocale } from "@/lib/organization/format";
import { requestTimeZone } from "@/lib/time-zone";
import { CHOICES_TOOL, type ChatResult } from "./answer";
import { type BoundChatTool, bindChatTools } from "./chat-tools";
import { SCREEN_CONTEXT } from "./context";
import { textOf } from "./message-text";
import { planner, plannerKnowledge, type ScreenContext } from "./planner";
import type { ChatContext } from "./surface";
import { DATA_NOTICE, systemPrompt } from "./system-prompt";
import { ThreadRunner } from "./thread-runner";
import { recordTokens, tokensUsed } from "./usage";

export const COPILOT_PATH = "/api/copilotkit";

function screenOf(input: RunAgentInput): ScreenContext | undefined {
  const entry = input.context.find((item) => item.description === SCREEN_CONTEXT);
  if (!entry) return undefined;
  try {
    const value = JSON.parse(entry.value) as Record<string, unknown>;
    const text = (key: string) => (typeof value[key] === "string" ? (value[key] as string) : undefined);
    return { page: text("page"), eventId: text("eventId") };
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

function* toolCall(name: string, args: Record<string, unknown>, result: ChatResult): Generator<BaseEvent> {
  const toolCallId = randomUUID();
  yield { type: EventType.TOOL_CALL_START, toolCallId, toolCallName: name, parentMessageId: randomUUID() } as BaseEvent;
  yield { type: EventType.TOOL_CALL_ARGS, toolCallId, delta: JSON.stringify(args) } as BaseEvent;
  yield { type: EventType.TOOL_CALL_END, toolCallId } as BaseEvent;
  yield {
    type: EventType.TOOL_CALL_RESULT,
    messageId: randomUUID(),
    toolCallId,
    content: JSON.stringify(result),
    role: "tool",
  } as BaseEvent;
}

/** The offline planner as an agent: decide, run the tool (outward work: ask to confirm), answer in words. */
async function* plannerRun(
  input: RunAgentInput,
  context: ChatContext,
  tools: BoundChatTool[],
): AsyncGenerator<BaseEvent> {
  const lastUser = [...input.messages].reverse().find((message) => message.role === "user");
  const knowledge = await plannerKnowledge(context.db, context.caller.organizationId);
  const decision = await (await planner())(textOf(lastUser), { ...knowledge, screen: screenOf(input) });
  if (decision.kind === "text") {
    yield* say(decision.text);
    // The buttons of a clarifying question travel as the result of a call the chat renders.
    if (decision.choices?.length)
      yield* toolCall(CHOICES_TOOL, {}, { summary: decision.text, choices: decision.choices });
    return;
  }
  const tool = tools.find((candidate) => candidate.name === decision.tool);
  if (!tool) {
    yield* say(`The ${decision.tool} tool is not available.`);
    return;
  }
  const result = await tool.execute(decision.args);
  yield* toolCall(tool.name, decision.args, result);
  yield* say(result.summary);
}

/** The chat's agent for one caller: an OpenAI-compatible model when configured, else the offline planner. */
function createAgent(context: ChatContext, prompt: string, config: Env = env) {
  const tools = bindChatTools(context);
  if (config.OPENAI_API_KEY) {
    const provider = createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL });
    return new BuiltInAgent({
      model: provider.chat(config.OPENAI_MODEL),
      prompt,
      maxSteps: 6,
      temperature: 0.2,
      tools: tools.map((tool) =>
        defineTool({
          name: tool.name,
          description: tool.description,
          parameters: tool.parameters,
          // Everything a tool returns is marked as data, whoever wrote the text in it.
          execute: async (args) => ({ ...(await tool.execute(args)), notice: DATA_NOTICE }),
        }),
      ),
    });
  }
  return new BuiltInAgent({ type: "custom", factory: ({ input }) => plannerRun(input, context, tools) });
}

/** Serves one CopilotKit request (info, agent run, …) for a caller resolved from the session. */
export async function handleCopilotRequest(request: Request, db: Db, caller: Caller, config: Env = env) {
  const modes = await getAgentModes(db, caller.organizationId);
  const prompt = systemPrompt(Object.fromEntries(modes.map(({ agent, mode }) => [agent, mode])));
  // The caller's own conversations, from the database: they survive a restart and no one else can read them.
  const owner = caller.userId ? { organizationId: caller.organizationId, userId: caller.userId } : null;
  // The answers' figures: the organization's locale (read once per request) and the viewer's zone, from
  // the cookie the browser sends with the chat's requests as with the pages'.
  const format = bindFormatter({
    locale: await organizationLocale(db, caller.organizationId),
    timeZone: requestTimeZone(request.headers),
  });
  // One request is one chat turn: the actions it logs carry the model's tokens when it ends.
  const context: ChatContext = { db, caller, format, activities: [] };
  const runtime = new CopilotRuntime({
    agents: { default: createAgent(context, prompt, config) },
    runner: new ThreadRunner(db, owner, (run) => recordTokens(db, context.activities ?? [], tokensUsed(run))),
  });
  return createCopilotRuntimeHandler({ runtime, basePath: COPILOT_PATH })(request);
}
