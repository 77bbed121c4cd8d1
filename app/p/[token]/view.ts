import type { DbOrTx } from "@/lib/db/client";

/**
 * Counts one view of a shared proposal (the first view's time is kept) and returns what the page shows,
 * or null for an unknown token.
 */
export async function recordProposalView(db: DbOrTx, token: string, now = new Date()) {
  const found = await db.proposal.findUnique({ where: { token }, select: { id: true, firstViewedAt: true } });
  if (!found) return null;
  return db.proposal.update({
    where: { id: found.id },
    data: { viewCount: { increment: 1 }, firstViewedAt: found.firstViewedAt ?? now, lastViewedAt: now },
    include: {
      package: true,
      deal: { include: { event: true, company: true, organization: { select: { locale: true } } } },
    },
  });
}
