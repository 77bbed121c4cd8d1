import type { Db } from "@/lib/db/client";

/** The rows an attendee's message can change, as ids before and the full rows after. */
export type Snapshot = Awaited<ReturnType<typeof snapshot>>;

export type OrderState = Snapshot["orders"][number];

export async function snapshot(db: Db, organizationId: string) {
  const [orders, refunds, approvals, emails] = await Promise.all([
    db.order.findMany({
      where: { event: { organizationId } },
      include: { tickets: { orderBy: { createdAt: "asc" } } },
      orderBy: { reference: "asc" },
    }),
    db.refund.findMany({ where: { organizationId }, select: { id: true } }),
    db.approval.findMany({ where: { organizationId }, select: { id: true } }),
    db.emailMessage.findMany({ where: { organizationId }, select: { id: true } }),
  ]);
  return {
    orders,
    refundIds: new Set(refunds.map((row) => row.id)),
    approvalIds: new Set(approvals.map((row) => row.id)),
    emailIds: new Set(emails.map((row) => row.id)),
  };
}

function orderFingerprint(order: OrderState) {
  return JSON.stringify({
    status: order.status,
    refundedCents: order.refundedCents,
    totalCents: order.totalCents,
    tickets: order.tickets
      .map((t) => [t.id, t.status, t.attendeeName, t.attendeeEmail, t.refundedCents])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  });
}

/** What appeared or changed between two snapshots: new refunds, inbox items, emails, tickets; changed orders. */
export async function diff(db: Db, before: Snapshot, after: Snapshot) {
  const newIds = (now: Set<string>, then: Set<string>) => [...now].filter((id) => !then.has(id));
  const [refunds, approvals, emails] = await Promise.all([
    db.refund.findMany({ where: { id: { in: newIds(after.refundIds, before.refundIds) } } }),
    db.approval.findMany({ where: { id: { in: newIds(after.approvalIds, before.approvalIds) } } }),
    db.emailMessage.findMany({ where: { id: { in: newIds(after.emailIds, before.emailIds) } } }),
  ]);
  const previous = new Map(before.orders.map((order) => [order.id, order]));
  const changedOrders = after.orders.flatMap((order) => {
    const was = previous.get(order.id);
    return was && orderFingerprint(was) !== orderFingerprint(order) ? [{ before: was, after: order }] : [];
  });
  const knownTickets = new Set(before.orders.flatMap((order) => order.tickets.map((t) => t.id)));
  const newTickets = after.orders.flatMap((order) =>
    order.tickets.filter((t) => !knownTickets.has(t.id)).map((ticket) => ({ ticket, order })),
  );
  return { refunds, approvals, emails, changedOrders, newTickets };
}

export type Diff = Awaited<ReturnType<typeof diff>>;
