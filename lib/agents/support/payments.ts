import type { DbOrTx } from "@/lib/db/client";

export type RefundRequest = {
  organizationId: string;
  orderId: string;
  amountCents: number;
  currency: string;
  /** Derived from the gate call: a retried call returns the first refund's reference and moves no money. */
  idempotencyKey: string;
  reason: string;
};

/** Where refunds go. The default is the local ledger; a card processor implements the same interface. */
export interface PaymentProvider {
  name: string;
  refund(request: RefundRequest): Promise<{ reference: string; alreadyRefunded: boolean }>;
}

/**
 * The local ledger: a refund is a Refund row, written in the caller's transaction. The idempotency key
 * is unique, so a retry with the same key finds the first row instead of refunding twice.
 */
export function localLedger(db: DbOrTx): PaymentProvider {
  return {
    name: "local-ledger",
    async refund(request) {
      const created = await db.refund.createMany({
        data: [{ ...request, provider: "local-ledger", providerReference: null }],
        skipDuplicates: true,
      });
      const row = await db.refund.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } });
      if (row.providerReference === null) {
        const reference = `LL-${row.id.slice(0, 8).toUpperCase()}`;
        await db.refund.update({ where: { id: row.id }, data: { providerReference: reference } });
        return { reference, alreadyRefunded: created.count === 0 };
      }
      return { reference: row.providerReference, alreadyRefunded: created.count === 0 };
    },
  };
}

/** The provider refunds go through (the local ledger; no card processor is configured in this build). */
export function paymentProvider(db: DbOrTx): PaymentProvider {
  return localLedger(db);
}
