import type { Db } from "@/lib/db/client";
import type { Approval } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { logger } from "@/lib/logger";

/**
 * One open inbox item per rule and subject. A scheduled check that finds the same problem again (the
 * deliverable is a day later, the sales gap has grown) refreshes the item a person has not decided yet
 * instead of filing a second one. The key is `<rule>:<subject id>`, e.g. `deliverable-overdue:<id>`;
 * the database holds at most one pending item per key and organization (approvals_open_subject_key).
 */
export type Subject = { rule: string; id: string };

export function subjectKey(subject: Subject) {
  return `${subject.rule}:${subject.id}`;
}

/**
 * The pending item for this subject, if any. Items filed before subject keys existed are found by
 * their exact action and arguments, and get the key now.
 */
export async function findOpenItem(
  db: Db,
  organizationId: string,
  key: string,
  legacy: { action: string; arguments: unknown },
): Promise<Approval | null> {
  const open = await db.approval.findFirst({ where: { organizationId, subjectKey: key, status: "pending" } });
  if (open) return open;
  const untagged = await db.approval.findFirst({
    where: {
      organizationId,
      subjectKey: null,
      status: "pending",
      action: legacy.action,
      arguments: { equals: toJson(legacy.arguments) },
    },
  });
  if (!untagged) return null;
  return (await tagItem(db, untagged.id, key)) ? { ...untagged, subjectKey: key } : null;
}

/**
 * Brings an open item up to date with today's finding: the arguments that approving it would run and,
 * when the policy's reason came from those arguments (escalations), the reason shown in the inbox.
 * An item decided in the meantime is left as it is.
 */
export async function refreshOpenItem(db: Db, open: Approval, input: unknown) {
  const reasonOf = (value: unknown) => {
    const reason = (value as { reason?: unknown } | null)?.reason;
    return typeof reason === "string" ? reason : null;
  };
  const reason = reasonOf(open.arguments) === open.reason ? (reasonOf(input) ?? open.reason) : open.reason;
  const updated = await db.approval.updateMany({
    where: { id: open.id, status: "pending" },
    data: { arguments: toJson(input), reason },
  });
  return updated.count > 0;
}

/**
 * Gives a newly filed item its subject key. When another open item already holds the key (two checks
 * raced), the new one is a duplicate: it is cancelled and the open one is returned.
 */
export async function tagItem(db: Db, approvalId: string, key: string): Promise<boolean> {
  try {
    await db.approval.updateMany({ where: { id: approvalId, subjectKey: null }, data: { subjectKey: key } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    logger.warn("duplicate open inbox item cancelled", { approvalId, subjectKey: key });
    await db.approval.updateMany({
      where: { id: approvalId, status: "pending" },
      data: { status: "cancelled", decidedAt: new Date(), decisionReason: "Another open item covers the same subject" },
    });
    return false;
  }
}
