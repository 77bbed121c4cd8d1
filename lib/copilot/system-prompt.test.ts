import { describe, expect, it } from "vitest";
import { TOOLS } from "@/lib/agents/registry";
import { systemPrompt } from "./system-prompt";

describe("the copilot's system prompt", () => {
  it("names every agent that has tools, with its escalation rules", () => {
    const prompt = systemPrompt();
    for (const agent of new Set(Object.values(TOOLS).map((tool) => tool.agent))) {
      expect(prompt.toLowerCase()).toContain(`- ${agent}:`);
    }
    expect(prompt).toContain("a deal over $50,000");
    expect(prompt).toContain("overdue by 3+ days");
  });

  it("says which agents the chat cannot reach yet instead of promising them", () => {
    const operationsOnly = Object.values(TOOLS).filter((tool) => tool.agent === "operations");
    const prompt = systemPrompt(operationsOnly);
    expect(prompt).not.toContain("- Sales:");
    expect(prompt).toMatch(/The Sales, Marketing, Support, Analytics agents are not available in the chat yet/);
  });
});
