import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseInput } from "@/lib/errors";
import { ACTIVITY_TYPES, isActivityType } from "./activity-types";
import { agentIdSchema } from "./catalog";

const json = z.custom<Prisma.InputJsonValue>((value) => value !== undefined);

/** One agent action, with the seed's columns. The activity type must belong to the agent. */
export const activityInput = z
  .object({
    organizationId: z.uuid(),
    agentId: agentIdSchema,
    agentVersion: z.string().max(40).optional(),
    activityType: z.string(),
    eventId: z.uuid().optional(),
    sponsorId: z.uuid().optional(),
    proposalId: z.uuid().optional(),
    campaignId: z.uuid().optional(),
    approvalId: z.uuid().optional(),
    inputData: json.optional(),
    outputData: json.optional(),
    reasoning: z.string().optional(),
    status: z.enum(["success", "failed", "pending", "escalated"]).default("success"),
    errorMessage: z.string().optional(),
    autonomous: z.boolean().default(true),
    requiredHumanReview: z.boolean().default(false),
    escalationReason: z.string().optional(),
    durationMs: z.int().min(0).optional(),
    llmTokensUsed: z.int().min(0).optional(),
    metricsBefore: json.optional(),
    metricsAfter: json.optional(),
    performanceImprovement: z.number().min(-999.99).max(999.99).optional(),
    idempotencyKey: z.string().max(300).optional(),
    /** When it happened; the database's clock unless the gate runs at an injected time (RunOptions). */
    createdAt: z.date().optional(),
  })
  .refine((activity) => isActivityType(activity.agentId, activity.activityType), {
    path: ["activityType"],
    error: (issue) => {
      const input = issue.input as { agentId?: keyof typeof ACTIVITY_TYPES };
      const allowed = input.agentId ? ACTIVITY_TYPES[input.agentId].join(", ") : "";
      return `Not an activity of the ${input.agentId} agent. Allowed: ${allowed}.`;
    },
  })
  .refine((activity) => activity.status !== "escalated" || Boolean(activity.escalationReason), {
    path: ["escalationReason"],
    error: "An escalated activity needs the reason it was escalated.",
  });

export type ActivityInput = z.input<typeof activityInput>;

/** Writes one row of the activity log; call it inside the transaction of the change it describes. */
export async function recordActivity(db: DbOrTx, input: ActivityInput) {
  return db.agentActivity.create({ data: parseInput(activityInput, input) });
}
