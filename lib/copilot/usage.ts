/**
 * The model's tokens for one chat turn, recorded on the agent actions the turn made
 * (`agent_activities.llm_tokens_used`), so the cost of an action shows beside it. A turn that made no
 * action (an answer in words, a card waiting for confirmation) has no row to carry its tokens.
 */
import { type BaseEvent, EventType } from "@ag-ui/core";
import type { Db } from "@/lib/db/client";

type UsageEntry = { inputTokens?: number; outputTokens?: number; totalTokens?: number };

/** The tokens a run's RUN_FINISHED events report (CopilotKit's `usage`, one entry per model). */
export function tokensUsed(events: readonly BaseEvent[]): number {
  let total = 0;
  for (const event of events) {
    if (event.type !== EventType.RUN_FINISHED) continue;
    const usage = (event as { usage?: unknown }).usage;
    if (!Array.isArray(usage)) continue;
    for (const entry of usage as UsageEntry[]) {
      total += entry.totalTokens ?? (entry.inputTokens ?? 0) + (entry.outputTokens ?? 0);
    }
  }
  return total;
}

/** Shares the turn's tokens among its actions, the remainder to the first, so they add up to the total. */
export async function recordTokens(db: Db, activityIds: readonly string[], tokens: number) {
  const ids = [...new Set(activityIds)];
  if (ids.length === 0 || tokens <= 0) return;
  const share = Math.floor(tokens / ids.length);
  await db.$transaction(
    ids.map((id, index) =>
      db.agentActivity.update({
        where: { id },
        data: { llmTokensUsed: share + (index === 0 ? tokens - share * ids.length : 0) },
      }),
    ),
  );
}
