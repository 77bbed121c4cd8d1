import { afterAll, describe, expect, it, vi } from "vitest";
import { setAgentMode } from "@/lib/agents/settings";
import { parseEnv } from "@/lib/env";
import { askCopilot } from "@/tests/copilot-client";
import { testDb } from "@/tests/db";
import { type ChatRequest, startFakeOpenAI } from "@/tests/fakes/openai";
import { operationsFixture } from "@/tests/operations-fixture";
import { EVENT_CONTEXT } from "./context";
import { COPILOT_PATH, handleCopilotRequest } from "./runtime";

const db = testDb();
const consoleInfo = vi.spyOn(console, "info");

function toolResult(reply: Awaited<ReturnType<typeof askCopilot>>) {
  const event = reply.events.find((item) => item.type === "TOOL_CALL_RESULT");
  return event ? JSON.parse(String(event.content)) : undefined;
}

describe("the copilot runtime with the offline planner", () => {
  it("runs the operations check for a named event through the gate and reports it", async () => {
    const { org, caller } = await operationsFixture(db);
    const reply = await askCopilot(db, caller("member"), "Run the operations check for Lakeside Blues Weekend");
    expect(reply.status).toBe(200);
    const types = reply.events.map((event) => event.type);
    expect(types[0]).toBe("RUN_STARTED");
    expect(types.at(-1)).toBe("RUN_FINISHED");
    expect(reply.events.find((event) => event.type === "TOOL_CALL_START")).toMatchObject({
      toolCallName: "operationsAgent",
    });
    expect(toolResult(reply).approvals).toHaveLength(4);
    expect(reply.text).toContain("Escalate lagging ticket sales: escalated to the inbox");
    expect(await db.approval.count({ where: { organizationId: org.id, status: "pending" } })).toBe(4);
  });

  it("answers about the event on screen", async () => {
    const { event, caller } = await operationsFixture(db);
    const reply = await askCopilot(db, caller("viewer"), "What is overdue?", {
      context: [{ description: EVENT_CONTEXT, value: JSON.stringify({ eventId: event.id, name: event.name }) }],
    });
    expect(reply.events.find((item) => item.type === "TOOL_CALL_START")).toMatchObject({
      toolCallName: "check_deliverables",
    });
    expect(toolResult(reply).data.overdue.map((item: { title: string }) => item.title)).toEqual([
      "Stage plot and backline rider",
      "Food truck permits filed with the city",
    ]);
  });

  it("lets a run be stricter, never looser, than the configured mode", async () => {
    const { org, people, caller } = await operationsFixture(db);
    await setAgentMode(
      db,
      { organizationId: org.id, userId: people.owner.id, agent: "operations", mode: "assisted" },
      {},
    );
    const looser = await askCopilot(db, caller("member"), "run the ops check for lakeside blues in full auto");
    expect(looser.text).toContain("a run can be stricter than that, not looser");
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(0);
    const stricter = await askCopilot(db, caller("member"), "run the ops check for lakeside blues, review only");
    expect(stricter.text).toContain("drafted only (review only)");
    expect(await db.approval.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("changes a mode only for owners and admins", async () => {
    const { org, caller } = await operationsFixture(db);
    expect((await askCopilot(db, caller("member"), "Set marketing to review only")).text).toBe(
      "Only owners and admins can change an agent's mode.",
    );
    expect((await askCopilot(db, caller("admin"), "Set marketing to review only")).text).toContain(
      "The Marketing agent is now Review only",
    );
    expect(await db.agentSetting.findFirst({ where: { organizationId: org.id, agent: "marketing" } })).toMatchObject({
      mode: "review_only",
    });
  });

  it("lists what is waiting, and explains what it can do when it does not understand", async () => {
    const { caller } = await operationsFixture(db);
    expect((await askCopilot(db, caller("member"), "What is waiting for my approval?")).text).toBe(
      "Nothing is waiting for your approval.",
    );
    const help = await askCopilot(db, caller("member"), "Book me a table for two");
    expect(help.text).toContain("I did not understand that.");
    expect(help.text).toContain("Run the operations check");
  });
});

let eventId = "";
const llm = await startFakeOpenAI((request: ChatRequest) => {
  const answered = request.messages.some((message) => message.role === "tool");
  return answered
    ? { text: "I ran the daily check: 4 issues are escalated to your inbox and 5 emails went out." }
    : {
        toolCall: {
          name: "operationsAgent",
          arguments: { eventId, mode: "full_auto", organizationId: "someone-else" },
        },
      };
});
afterAll(() => llm.close());

describe("the copilot runtime with an OpenAI-compatible model", () => {
  it("lets the model call the same tools through the gate, over the chat-completions protocol", async () => {
    const { org, event, caller } = await operationsFixture(db);
    eventId = event.id;
    const config = parseEnv({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: llm.baseUrl, OPENAI_MODEL: "fake-model" });
    const result = await askCopilot(db, caller("member"), "Run the operations check for Lakeside Blues Weekend", {
      config,
    });
    expect(result.status).toBe(200);
    expect(result.events.find((item) => item.type === "TOOL_CALL_START")).toMatchObject({
      toolCallName: "operationsAgent",
    });
    expect(result.text).toBe("I ran the daily check: 4 issues are escalated to your inbox and 5 emails went out.");
    const first = llm.requests.at(-2);
    expect(first?.model).toBe("fake-model");
    expect(first?.tools?.map((tool) => tool.function.name)).toContain("check_deliverables");
    expect(await db.approval.count({ where: { organizationId: org.id, status: "pending" } })).toBe(4);
    // 5 reminders and follow-ups, and the admins' alert for each of the 4 critical escalations.
    expect(await db.emailMessage.count({ where: { organizationId: org.id } })).toBe(9);
  });
});

describe("the copilot runtime's telemetry", () => {
  it("is off: no usage report and no notice about one", () => {
    expect(process.env.COPILOTKIT_TELEMETRY_DISABLED).toBe("true");
    expect(consoleInfo.mock.calls.flat().join(" ")).not.toContain("telemetry enabled");
  });
});

describe("the copilot endpoint with bad input", () => {
  it("answers a malformed request with a 4xx, not a crash", async () => {
    const { caller } = await operationsFixture(db);
    for (const body of ["not json", JSON.stringify({ messages: "nope" })]) {
      const response = await handleCopilotRequest(
        new Request(`http://localhost${COPILOT_PATH}/agent/default/run`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
        db,
        caller("member"),
      );
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    const unknown = await handleCopilotRequest(
      new Request(`http://localhost${COPILOT_PATH}/nowhere`),
      db,
      caller("member"),
    );
    expect(unknown.status).toBe(404);
  });
});
