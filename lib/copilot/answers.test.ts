import { describe, expect, it } from "vitest";
import { TOOLS } from "@/lib/agents/registry";
import { ANALYTICS_ANSWERS } from "../agents/analytics/answers";
import { OPERATIONS_ANSWERS } from "../agents/operations/answers";
import { SALES_ANSWERS } from "../agents/sales/answers";
import { SUPPORT_ANSWERS } from "../agents/support/answers";
import { answerFor } from "./answers";

describe("answerFor", () => {
  it("has an answer for every read tool, so a new read tool cannot answer with a bare 'done'", () => {
    const reads = Object.values(TOOLS).filter((tool) => tool.kind === "read");
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((tool) => !answerFor(tool.name)).map((tool) => tool.name)).toEqual([]);
  });

  it("answers only tools that exist, by their registered names", () => {
    const named = Object.keys({ ...OPERATIONS_ANSWERS, ...SALES_ANSWERS, ...SUPPORT_ANSWERS, ...ANALYTICS_ANSWERS });
    expect(named.filter((name) => !TOOLS[name])).toEqual([]);
  });

  it("has none for a name that is not a tool", () => {
    expect(answerFor("constructor")).toBeUndefined();
  });
});
