import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import type { Db, DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { ImportInput, ImportResult } from "./schemas";

const DAY_MS = 86_400_000;
/** A large import (thousands of orders) runs as one transaction; Prisma's default 5 s is too short. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/** `Lisbon Tech Summit 2027!` → `lisbon-tech-summit-2027`. */
export function slugify(name: string) {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "event";
}

async function freeSlug(tx: DbOrTx, organizationId: string, name: string) {
  const base = slugify(name);
  const taken = new Set(
    (await tx.event.findMany({ where: { organizationId, slug: { startsWith: base } }, select: { slug: true } })).map(
      (event) => event.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A reference people can read out on the phone: the slug's first letters and 8 random characters. */
function newReference(slug: string) {
  const letters =
    slug
      .replace(/[^a-z]/g, "")
      .slice(0, 4)
      .toUpperCase() || "EVT";
  return `${letters}-${randomBytes(5).toString("hex").toUpperCase().slice(0, 8)}`;
}

type Existing = Awaited<ReturnType<typeof loadExisting>>;

async function loadExisting(tx: DbOrTx, organizationId: string, eventExternalId: string) {
  const event = await tx.event.findUnique({
    where: { organizationId_externalId: { organizationId, externalId: eventExternalId } },
  });
  if (!event) return { event: null, ticketTypes: [], orders: [], tickets: [], articles: [], policy: null };
  const [ticketTypes, orders, tickets, articles, policy] = await Promise.all([
    tx.ticketType.findMany({ where: { eventId: event.id } }),
    tx.order.findMany({ where: { eventId: event.id, externalId: { not: null } } }),
    tx.ticket.findMany({ where: { eventId: event.id, externalId: { not: null } } }),
    tx.knowledgeArticle.findMany({ where: { eventId: event.id }, select: { id: true, title: true } }),
    tx.supportPolicy.findUnique({ where: { eventId: event.id } }),
  ]);
  return { event, ticketTypes, orders, tickets, articles, policy };
}

function duplicates<T>(items: T[], keyOf: (item: T) => string, path: (index: number) => string, what: string) {
  const seen = new Map<string, number>();
  const problems: Record<string, string[]> = {};
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems[path(index)] = [`the same ${what} as ${path(first)}`];
  });
  return problems;
}

/** Every cross-reference problem of the import, by field path, before anything is written. */
export function referenceProblems(input: ImportInput, existing: Existing) {
  const problems: Record<string, string[]> = {
    ...duplicates(
      input.ticketTypes,
      (t) => t.externalId,
      (i) => `ticketTypes[${i}].externalId`,
      "externalId",
    ),
    ...duplicates(
      input.orders,
      (o) => o.externalId,
      (i) => `orders[${i}].externalId`,
      "externalId",
    ),
    ...duplicates(
      input.knowledgeBase,
      (a) => a.title.toLowerCase(),
      (i) => `knowledgeBase[${i}].title`,
      "title",
    ),
  };
  const typeIds = new Set([
    ...input.ticketTypes.map((type) => type.externalId),
    ...existing.ticketTypes.flatMap((type) => (type.externalId ? [type.externalId] : [])),
  ]);
  const orderOf = new Map(existing.orders.map((order) => [order.id, order.externalId]));
  const ticketOwner = new Map(existing.tickets.map((ticket) => [ticket.externalId, orderOf.get(ticket.orderId)]));
  const ticketSeen = new Map<string, string>();
  input.orders.forEach((order, o) => {
    order.tickets.forEach((ticket, t) => {
      const path = `orders[${o}].tickets[${t}]`;
      if (!typeIds.has(ticket.ticketTypeExternalId)) {
        problems[`${path}.ticketTypeExternalId`] = ["no ticket type with that externalId in this import or the event"];
      }
      const earlier = ticketSeen.get(ticket.externalId);
      if (earlier) problems[`${path}.externalId`] = [`the same externalId as ${earlier}`];
      ticketSeen.set(ticket.externalId, path);
      const owner = ticketOwner.get(ticket.externalId);
      if (owner !== undefined && owner !== order.externalId) {
        problems[`${path}.externalId`] = [`that ticket belongs to order ${owner ?? "(not imported)"} on the event`];
      }
    });
  });
  return problems;
}

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
          await tx.knowledgeArticle.update({ where: { id: known.id }, data: article });
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
