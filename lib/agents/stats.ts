import type { DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { AgentId, ApprovalStatus } from "@/lib/db/generated/enums";
import { AGENT_IDS } from "./catalog";
import { TOOLS } from "./registry";

/**
 * The autonomy rate, honestly counted: of the write actions an agent attempted, the share it completed
 * without a person. Each logical action counts once, in the bucket of where it stands now:
 * - executed: done with no person deciding (full auto, no policy rule fired);
 * - approved: done once a person approved it (its inbox item, or the plan it belongs to);
 * - rejected: a person rejected it, or it expired (which counts as rejected);
 * - escalated: waiting for a person because a policy rule fired;
 * - pending: waiting for a person because the agent runs in assisted mode.
 * Reads change nothing and review-only drafts do nothing, so neither is an attempted action; neither
 * are failed calls, nor items whose run was cancelled (the action was withdrawn).
 */
export type AutonomyBucket = "executed" | "approved" | "rejected" | "escalated" | "pending";

export type AutonomyCounts = Record<AutonomyBucket, number>;
export type Autonomy = { counts: AutonomyCounts; attempted: number; autonomous: number; rate: number | null };

/** One activity row as the rate reads it. */
export type ActivityForAutonomy = {
  agentId: AgentId;
  activityType: string;
  status: "success" | "failed" | "pending" | "escalated";
  autonomous: boolean;
  requiredHumanReview: boolean;
  hasApproval: boolean;
  /** The row records a review-only draft (its output is `{ draft }`). */
  drafted: boolean;
  /** The current status of the inbox item the row belongs to, if any. */
  approvalStatus: ApprovalStatus | null;
};

// Activity types are unique to a tool's kind (no read and write tool share one), so the type says it.
const WRITE_TYPES = new Set(
  Object.values(TOOLS).flatMap((tool) => (tool.kind === "write" ? [`${tool.agent}:${tool.activityType}`] : [])),
);

export function isWriteActivity(agentId: AgentId, activityType: string) {
  return WRITE_TYPES.has(`${agentId}:${activityType}`);
}

/** Where one activity row counts, or null when it is not a logical write action of its own. */
export function autonomyBucket(row: ActivityForAutonomy): AutonomyBucket | null {
  if (row.status === "failed" || !isWriteActivity(row.agentId, row.activityType)) return null;
  if (row.status === "pending" || row.status === "escalated") {
    // The request that parked the action: it stands where its inbox item stands now.
    switch (row.approvalStatus) {
      case "approved":
        return "approved";
      case "rejected":
      case "expired":
        return "rejected";
      case "cancelled":
        return null;
      default:
        return row.status;
    }
  }
  if (row.hasApproval) {
    // The execution of an approved item is the same action as its request, counted there; a write that a
    // person's approved plan covered is an action of its own, done with a person's approval.
    return row.requiredHumanReview ? null : "approved";
  }
  if (row.drafted) return null;
  return row.autonomous ? "executed" : "approved";
}

const emptyCounts = (): AutonomyCounts => ({ executed: 0, approved: 0, rejected: 0, escalated: 0, pending: 0 });

/** The rate over rows already read: autonomous ÷ attempted, null when nothing was attempted. */
export function autonomyOf(rows: ActivityForAutonomy[]): Autonomy {
  const counts = emptyCounts();
  for (const row of rows) {
    const bucket = autonomyBucket(row);
    if (bucket) counts[bucket]++;
  }
  const attempted = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { counts, attempted, autonomous: counts.executed, rate: attempted > 0 ? counts.executed / attempted : null };
}

type Filter = { organizationId: string; since?: Date; runId?: string };

/** The activity rows of one organization (optionally since a date, or of one durable run) as the rate reads them. */
export async function activitiesForAutonomy(db: DbOrTx, { organizationId, since, runId }: Filter) {
  const sinceClause = since ? Prisma.sql`AND a.created_at >= ${since}` : Prisma.empty;
  const runClause = runId ? Prisma.sql`AND a.idempotency_key LIKE ${`run:${runId}:%`}` : Prisma.empty;
  const rows = await db.$queryRaw<
    {
      agent_id: AgentId;
      activity_type: string;
      status: ActivityForAutonomy["status"];
      autonomous: boolean;
      required_human_review: boolean;
      has_approval: boolean;
      drafted: boolean;
      approval_status: ApprovalStatus | null;
    }[]
  >`
    SELECT a.agent_id, a.activity_type, a.status, a.autonomous, a.required_human_review,
      a.approval_id IS NOT NULL AS has_approval,
      COALESCE(jsonb_typeof(a.output_data) = 'object' AND a.output_data ? 'draft', false) AS drafted,
      ap.status AS approval_status
    FROM agent_activities a
    LEFT JOIN approvals ap ON ap.id = a.approval_id AND ap.organization_id = a.organization_id
    WHERE a.organization_id = ${organizationId}::uuid ${sinceClause} ${runClause}`;
  return rows.map(
    (row): ActivityForAutonomy => ({
      agentId: row.agent_id,
      activityType: row.activity_type,
      status: row.status,
      autonomous: row.autonomous,
      requiredHumanReview: row.required_human_review,
      hasApproval: row.has_approval,
      drafted: row.drafted,
      approvalStatus: row.approval_status,
    }),
  );
}

/** Per agent, over the window: the autonomy rate and the counts behind it. */
export async function autonomyByAgent(db: DbOrTx, organizationId: string, since: Date) {
  const rows = await activitiesForAutonomy(db, { organizationId, since });
  return Object.fromEntries(
    AGENT_IDS.map((agent) => [agent, autonomyOf(rows.filter((row) => row.agentId === agent))]),
  ) as Record<AgentId, Autonomy>;
}
