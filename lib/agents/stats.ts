import type { DbOrTx } from "@/lib/db/client";
import type { AgentId } from "@/lib/db/generated/enums";
import { AGENT_IDS } from "./catalog";

/**
 * Per agent, over the window: how many actions it logged and the share completed without a person
 * (the specification's autonomy rate). Null rate when the agent has not acted.
 */
export async function autonomyByAgent(db: DbOrTx, organizationId: string, since: Date) {
  const rows = await db.agentActivity.groupBy({
    by: ["agentId", "requiredHumanReview"],
    where: { organizationId, createdAt: { gte: since }, status: { not: "failed" } },
    _count: { _all: true },
  });
  return Object.fromEntries(
    AGENT_IDS.map((agent) => {
      const mine = rows.filter((row) => row.agentId === agent);
      const total = mine.reduce((sum, row) => sum + row._count._all, 0);
      const autonomous = mine.find((row) => !row.requiredHumanReview)?._count._all ?? 0;
      return [agent, { total, rate: total > 0 ? autonomous / total : null }];
    }),
  ) as Record<AgentId, { total: number; rate: number | null }>;
}
