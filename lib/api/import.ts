import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { freeSlug, loadExisting, newReference, referenceProblems } from "./import-checks";
import type { ImportInput, ImportResult } from "./schemas";

const DAY_MS = 86_400_000;
/** A large import (thousands of orders) runs as one transaction; Prisma's default 5 s is too short. */
const TRANSACTION_TIMEOUT_MS = 120_000;

function policyData(policy: NonNullable<ImportInput["supportPolicy"]>) {
  return {
    refundTiers: policy.refundTiers as Prisma.InputJsonValue,
    transferAllowed: policy.transfer.allowed,
    transferMinDaysBefore: policy.transfer.minDaysBefore,
    transferFeeCents: policy.transfer.feeCents,
    refundLimitCents: policy.refundLimitCents,
    ...(policy.needsPerson ? { needsPerson: policy.needsPerson } : {}),
  };
}

const DEFAULT_REFUND_PROCESSING = "Refunds go back to the original payment method within 5-10 business days.";

/**
 * Upserts an event from a ticketing system by external ids, all in one transaction: the event (a new
 * one gets a free slug), its ticket types, orders with their tickets, knowledge-base articles (by title)
 * and the support policy. Any problem is a 422 naming the field and nothing is written. What EventOS
 * owns is kept: an order's refunds and status, and tickets already transferred or refunded here.
 */
export async function importEvent(
  db: Db,
  input: ImportInput,
  actor: { organizationId: string; apiKeyId: string },
): Promise<ImportResult> {
  try {
    return await runImport(db, input, actor);
  } catch (error) {
    // Two different requests creating the same event (or order) at once: one wins, the other retries.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "Another import of this event is being written; send this one again.");
    }
    throw error;
  }
}

async function runImport(db: Db, input: ImportInput, actor: { organizationId: string; apiKeyId: string }) {
  const { organizationId } = actor;
  return db.$transaction(
    async (tx) => {
      const existing = await loadExisting(tx, organizationId, input.event.externalId);
      const problems = referenceProblems(input, existing);
      const [first] = Object.entries(problems);
      if (first) throw new AppError("validation", `${first[0]}: ${first[1][0]}`, problems);

      const { event: spec } = input;
      const startsAt = new Date(spec.startsAt);
      const fields = {
        name: spec.name,
        startsAt,
        endsAt: spec.endsAt ? new Date(spec.endsAt) : new Date(startsAt.getTime() + DAY_MS),
        timezone: spec.timezone,
        currency: spec.currency,
        ...(spec.capacity ? { capacity: spec.capacity, ticketSalesTarget: spec.capacity } : {}),
        ...(spec.venue !== undefined ? { venue: spec.venue } : {}),
        ...(spec.city !== undefined ? { city: spec.city } : {}),
      };
      const soldInImport = input.orders.reduce((sum, order) => sum + order.tickets.length, 0);
      const event = existing.event
        ? await tx.event.update({ where: { id: existing.event.id }, data: fields })
        : await tx.event.create({
            data: {
              capacity: Math.max(soldInImport, 1),
              ticketSalesTarget: Math.max(soldInImport, 1),
              venue: "",
              city: "",
              ...fields,
              organizationId,
              externalId: spec.externalId,
              slug: await freeSlug(tx, organizationId, spec.name),
              budgetCents: 0,
              status: "on_sale",
              salesOpenedAt: new Date(),
            },
          });

      const ticketTypes = { created: 0, updated: 0 };
      const types = new Map(existing.ticketTypes.flatMap((type) => (type.externalId ? [[type.externalId, type]] : [])));
      for (const type of input.ticketTypes) {
        const data = {
          name: type.name,
          priceCents: type.priceCents,
          ...(type.quantity ? { quantity: type.quantity } : {}),
        };
        const known =
          types.get(type.externalId) ??
          // A ticket type made by hand with the same name is adopted rather than duplicated.
          existing.ticketTypes.find((candidate) => !candidate.externalId && candidate.name === type.name);
        const row = known
          ? await tx.ticketType.update({ where: { id: known.id }, data: { ...data, externalId: type.externalId } })
          : await tx.ticketType.create({
              data: {
                ...data,
                quantity: type.quantity ?? event.capacity,
                eventId: event.id,
                externalId: type.externalId,
              },
            });
        ticketTypes[known ? "updated" : "created"]++;
        types.set(type.externalId, row);
      }

      const orders = { created: 0, updated: 0 };
      const tickets = { created: 0, updated: 0 };
      const ordersById = new Map(existing.orders.map((order) => [order.externalId, order]));
      const ticketsById = new Map(existing.tickets.map((ticket) => [ticket.externalId, ticket]));
      for (const order of input.orders) {
        const data = { buyerName: order.name, buyerEmail: order.email, totalCents: order.totalCents };
        const known = ordersById.get(order.externalId);
        const row = known
          ? await tx.order.update({ where: { id: known.id }, data })
          : await tx.order.create({
              data: { ...data, eventId: event.id, externalId: order.externalId, reference: newReference(event.slug) },
            });
        orders[known ? "updated" : "created"]++;
        for (const ticket of order.tickets) {
          // Checked by referenceProblems: every reference names a known ticket type.
          const type = types.get(ticket.ticketTypeExternalId) as { id: string; priceCents: number };
          const holder = { attendeeName: ticket.holderName, attendeeEmail: ticket.holderEmail, ticketTypeId: type.id };
          const knownTicket = ticketsById.get(ticket.externalId);
          if (knownTicket) {
            // A ticket transferred, refunded or cancelled here keeps what EventOS did to it.
            if (knownTicket.status === "valid" || knownTicket.status === "checked_in") {
              await tx.ticket.update({ where: { id: knownTicket.id }, data: holder });
            }
            tickets.updated++;
          } else {
            await tx.ticket.create({
              data: {
                ...holder,
                orderId: row.id,
                eventId: event.id,
                pricePaidCents: type.priceCents,
                externalId: ticket.externalId,
              },
            });
            tickets.created++;
          }
        }
      }

      const knowledgeBase = { created: 0, updated: 0 };
      const articles = new Map(existing.articles.map((article) => [article.title.toLowerCase(), article]));
      for (const article of input.knowledgeBase) {
        const known = articles.get(article.title.toLowerCase());
        if (known) {
          // A changed text outdates the stored embedding: cleared, so the next indexing computes it again.
          const changed = known.title !== article.title || known.body !== article.body;
          await tx.knowledgeArticle.update({
            where: { id: known.id },
            data: { ...article, ...(changed ? { embedding: [] } : {}) },
          });
        } else {
          await tx.knowledgeArticle.create({ data: { ...article, organizationId, eventId: event.id } });
        }
        knowledgeBase[known ? "updated" : "created"]++;
      }

      let supportPolicy: ImportResult["supportPolicy"] = "unchanged";
      if (input.supportPolicy) {
        const data = policyData(input.supportPolicy);
        const refundProcessing = input.supportPolicy.refundProcessing;
        await tx.supportPolicy.upsert({
          where: { eventId: event.id },
          update: { ...data, ...(refundProcessing ? { refundProcessing } : {}) },
          create: { ...data, eventId: event.id, refundProcessing: refundProcessing ?? DEFAULT_REFUND_PROCESSING },
        });
        supportPolicy = existing.policy ? "updated" : "created";
      }

      const result = {
        eventId: event.id,
        slug: event.slug,
        event: existing.event ? "updated" : "created",
        ticketTypes,
        orders,
        tickets,
        knowledgeBase,
        supportPolicy,
      } satisfies ImportResult;
      await recordAudit(tx, {
        organizationId,
        actorType: "system",
        actorId: `api_key:${actor.apiKeyId}`,
        action: "api.import",
        targetType: "event",
        targetId: event.id,
        outcome: "success",
        metadata: { externalId: spec.externalId, ...result },
      });
      return result;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
