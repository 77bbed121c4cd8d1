import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrderResult } from "./schemas";

const NOT_FOUND = "No order with that externalId on that event of your organization.";

/**
 * An imported order of the key's organization, by its external id on one event: its state, tickets and
 * the emails sent to its buyer or holders about the event. Another organization's order is a 404, like
 * one that does not exist.
 */
export async function orderByExternalId(
  db: DbOrTx,
  scope: { organizationId: string },
  input: { eventId: string; externalId: string },
): Promise<OrderResult> {
  if (!z.uuid().safeParse(input.eventId).success) throw new AppError("not_found", NOT_FOUND);
  const order = await db.order.findFirst({
    where: { eventId: input.eventId, externalId: input.externalId, event: { organizationId: scope.organizationId } },
    include: {
      event: { select: { currency: true } },
      tickets: { include: { ticketType: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!order) throw new AppError("not_found", NOT_FOUND);
  const people = [...new Set([order.buyerEmail, ...order.tickets.map((ticket) => ticket.attendeeEmail)])];
  const emails = await db.emailMessage.findMany({
    where: { organizationId: scope.organizationId, eventId: order.eventId, to: { hasSome: people } },
    select: { subject: true, to: true, status: true, sentAt: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  return {
    externalId: input.externalId,
    reference: order.reference,
    eventId: order.eventId,
    status: order.status,
    currency: order.event.currency,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    buyer: { name: order.buyerName, email: order.buyerEmail },
    tickets: order.tickets.map((ticket) => ({
      externalId: ticket.externalId,
      holderName: ticket.attendeeName,
      holderEmail: ticket.attendeeEmail,
      status: ticket.status,
      ticketType: ticket.ticketType.name,
    })),
    emails: emails.map((email) => ({
      subject: email.subject,
      // Only the order's own people: an email to several recipients does not show the others.
      to: email.to.filter((address) => people.includes(address)),
      status: email.status,
      sentAt: email.sentAt?.toISOString() ?? null,
    })),
  };
}
