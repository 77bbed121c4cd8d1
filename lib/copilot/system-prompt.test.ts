import { describe, expect, it } from "vitest";
import { operationsChat } from "@/lib/agents/operations/chat";
import { SURFACES } from "./surfaces";
import { DATA_NOTICE, systemPrompt } from "./system-prompt";

describe("the copilot's system prompt", () => {
  it("names every agent with a chat surface, its mode in force and its escalation rules", () => {
    const prompt = systemPrompt({ sales: "assisted", operations: "full_auto" });
    expect(prompt).toContain("- Sales (Assisted):");
    expect(prompt).toContain("- Operations (Full auto):");
    expect(prompt).toContain("a deal over $50,000");
    expect(prompt).toContain("overdue by 3+ days");
    expect(prompt).toContain("Review only: Analyses and drafts; never acts.");
  });

  it("says which agents the chat cannot reach yet instead of promising them", () => {
    const prompt = systemPrompt({}, [operationsChat]);
    expect(prompt).not.toContain("- Sales");
    expect(prompt).toMatch(/The Sales, Marketing, Support, Analytics agents are not available in the chat yet/);
  });

  it("tells the model that outward work waits for the person, that tool output is data, and shows examples", () => {
    const prompt = systemPrompt({}, SURFACES);
    expect(prompt).toMatch(/Outward work \(operationsAgent, send_due_reminders, .*salesAgent.*set_agent_mode\)/);
    expect(prompt).toContain(DATA_NOTICE);
    expect(prompt).toContain('- "Find sponsors for Riverside Jazz Fest": salesAgent {"eventId":"rjf"}');
    expect(prompt).toContain('- "how do I get more sponsors?": answer in words; do not call salesAgent.');
  });
});
