import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type DecisionOptions, type DecisionOutcome, decideApproval } from "./approvals";
import type { Caller } from "./gate";
import type { AnyTool } from "./tool";

export type BulkApproval = {
  decided: { id: string; outcome: DecisionOutcome }[];
  /** Policy escalations: left for an admin or owner to decide one by one. */
  excluded: { id: string; action: string }[];
  problems: string[];
};

/**
 * Approves several items through the same single-item path (each re-applies the gate). Policy
 * escalations are left out, and an item that turns into one on approval is held, not run.
 */
export async function bulkApprove(
  db: Db,
  caller: Caller & { userId: string },
  approvalIds: string[],
  findTool: (name: string) => AnyTool | undefined,
  options: Omit<DecisionOptions, "bulk"> = {},
): Promise<BulkApproval> {
  const ids = z.array(z.uuid()).parse(approvalIds);
  const critical = await db.approval.findMany({
    where: { id: { in: ids }, organizationId: caller.organizationId, status: "pending", risk: "critical" },
    select: { id: true, action: true },
  });
  const excluded = new Set(critical.map((item) => item.id));
  const result: BulkApproval = { decided: [], excluded: critical, problems: [] };
  for (const id of ids) {
    if (excluded.has(id)) continue;
    try {
      result.decided.push({
        id,
        outcome: await decideApproval(db, caller, id, { decision: "approve" }, findTool, { ...options, bulk: true }),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.problems.push(error.userMessage);
    }
  }
  return result;
}
