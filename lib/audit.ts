import type { DbOrTx } from "@/lib/db/client";
import type { ActorType, AuditOutcome, Prisma } from "@/lib/db/generated/client";

export type AuditEntry = {
  organizationId?: string | null;
  actorType: ActorType;
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: AuditOutcome;
  ipAddress?: string | null;
  userAgent?: string | null;
  metadata?: Prisma.InputJsonValue;
  /** When it happened: the database's clock unless the caller runs at an injected time. */
  createdAt?: Date;
};

/** Records who did what to what; call it inside the transaction of the change it describes. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry) {
  await db.auditLog.create({ data: { ...entry, userAgent: entry.userAgent?.slice(0, 300) ?? null } });
}
