/**
 * The chat's server-side time per action: one request to the copilot runtime that makes the model call
 * `check_deliverables` and answer (fake OpenAI-compatible server on loopback, streamed tool call), and
 * the same through the offline planner, against the gate called directly for the same tool in the same
 * run. The difference is what the chat protocol, the agent loop and the model round trips cost.
 */

import { runTool } from "../lib/agents/core/gate";
import { checkDeliverables } from "../lib/agents/operations/tools/check-deliverables";
import type { Db } from "../lib/db/client";
import { parseEnv } from "../lib/env";
import { askCopilot } from "../tests/copilot-client";
import { startFakeOpenAI } from "../tests/fakes/openai";
import { median, report } from "./setup";

export async function benchCopilot(db: Db) {
  const event = await db.event.findFirstOrThrow({ where: { slug: "riverside-jazz-fest" } });
  const owner = await db.user.findFirstOrThrow({ where: { email: "maya@northwind.events" } });
  const caller = {
    organizationId: event.organizationId,
    userId: owner.id,
    role: "owner" as const,
    source: "chat" as const,
  };
  const llm = await startFakeOpenAI((request) =>
    request.messages.some((message) => message.role === "tool")
      ? { text: "Two deliverables are overdue; three are due this week." }
      : { toolCall: { name: "check_deliverables", arguments: { eventId: event.id } } },
  );
  try {
    const config = parseEnv({ OPENAI_API_KEY: "sk-bench", OPENAI_BASE_URL: llm.baseUrl, OPENAI_MODEL: "bench-model" });
    const direct = await median(() => runTool(db, caller, checkDeliverables, { eventId: event.id }));
    const planner = await median(() => askCopilot(db, caller, "What is overdue at Riverside Jazz Fest?"));
    const model = await median(() => askCopilot(db, caller, "What is overdue at Riverside Jazz Fest?", { config }));
    report(
      "Chat action check_deliverables, server side, median of 30 (p50):",
      [
        ["baseline  the gate called directly", direct],
        ["eventos   chat with the offline planner", planner],
        ["eventos   chat with a model (fake LLM, 2 round trips)", model],
      ],
      ["ratio     chat with a model / gate directly", model, direct],
    );
  } finally {
    llm.close();
  }
}
