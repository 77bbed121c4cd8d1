import { ANALYTICS_ANSWERS } from "@/lib/agents/analytics/answers";
import { OPERATIONS_ANSWERS } from "@/lib/agents/operations/answers";
import { SALES_ANSWERS } from "@/lib/agents/sales/answers";
import { SUPPORT_ANSWERS } from "@/lib/agents/support/answers";
import type { Answer } from "./answer";

const ANSWERS = new Map<string, Answer>(
  Object.entries({ ...OPERATIONS_ANSWERS, ...SALES_ANSWERS, ...SUPPORT_ANSWERS, ...ANALYTICS_ANSWERS }),
);

/** The answer that puts a tool's result into words, by the tool's name; undefined for a tool without one. */
export function answerFor(toolName: string): Answer | undefined {
  return ANSWERS.get(toolName);
}
