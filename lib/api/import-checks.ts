import { randomBytes } from "node:crypto";
import type { DbOrTx } from "@/lib/db/client";
import type { ImportInput } from "./schemas";

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

export async function freeSlug(tx: DbOrTx, organizationId: string, name: string) {
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
export function newReference(slug: string) {
  const letters =
    slug
      .replace(/[^a-z]/g, "")
      .slice(0, 4)
      .toUpperCase() || "EVT";
  return `${letters}-${randomBytes(5).toString("hex").toUpperCase().slice(0, 8)}`;
}

export async function loadExisting(tx: DbOrTx, organizationId: string, eventExternalId: string) {
  const event = await tx.event.findUnique({
    where: { organizationId_externalId: { organizationId, externalId: eventExternalId } },
  });
  if (!event) return { event: null, ticketTypes: [], orders: [], tickets: [], articles: [], policy: null };
  const [ticketTypes, orders, tickets, articles, policy] = await Promise.all([
    tx.ticketType.findMany({ where: { eventId: event.id } }),
    tx.order.findMany({ where: { eventId: event.id, externalId: { not: null } } }),
    tx.ticket.findMany({ where: { eventId: event.id, externalId: { not: null } } }),
    tx.knowledgeArticle.findMany({ where: { eventId: event.id }, select: { id: true, title: true, body: true } }),
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
export function referenceProblems(input: ImportInput, existing: Awaited<ReturnType<typeof loadExisting>>) {
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
