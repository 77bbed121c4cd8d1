import type { DbOrTx } from "@/lib/db/client";

/** Spots of a package not yet taken by a won deal (other than `exceptDealId`). */
export async function spotsLeft(db: DbOrTx, pkg: { id: string; spots: number }, exceptDealId?: string) {
  const taken = await db.sponsorDeal.count({
    where: { packageId: pkg.id, stage: "won", ...(exceptDealId ? { id: { not: exceptDealId } } : {}) },
  });
  return pkg.spots - taken;
}
