/**
 * Builders for organizations, people, events and sales, shared by the demo seed and the tests.
 * Each takes the database client (or a transaction) first and returns what it created.
 */
import { fakerEN as faker } from "@faker-js/faker";
import { hashPassword, SEED_PASSWORD_PARAMS } from "@/lib/auth/password";
import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { EventStatus, Role } from "@/lib/db/generated/enums";
import { type Random, sampleSaleTimes, seededRandom } from "./sales-curve";

const DAY_MS = 86_400_000;

export function daysFrom(base: Date, days: number) {
  return new Date(base.getTime() + days * DAY_MS);
}

export async function createOrganization(db: DbOrTx, data: { name: string; slug: string }) {
  return db.organization.upsert({ where: { slug: data.slug }, update: {}, create: data });
}

export async function createMember(
  db: DbOrTx,
  data: { organizationId: string; email: string; name: string; role: Role; password?: string },
) {
  const user =
    (await db.user.findUnique({ where: { email: data.email } })) ??
    (await db.user.create({
      data: {
        email: data.email,
        name: data.name,
        // Seeded accounts use lighter parameters to keep seeding fast; the first sign-in upgrades them.
        passwordHash: data.password ? await hashPassword(data.password, SEED_PASSWORD_PARAMS) : null,
      },
    }));
  await db.membership.upsert({
    where: { organizationId_userId: { organizationId: data.organizationId, userId: user.id } },
    update: {},
    create: { organizationId: data.organizationId, userId: user.id, role: data.role },
  });
  return user;
}

export type TicketTypeSpec = {
  name: string;
  priceCents: number;
  quantity: number;
  /** Share of sales (weights are normalised). */
  share: number;
  /** Sold only in the first N days after sales open (early-bird pricing). */
  onlyFirstDays?: number;
};

export type EventSpec = {
  name: string;
  slug: string;
  startsAt: Date;
  durationDays: number;
  timezone: string;
  venue: string;
  city: string;
  capacity: number;
  ticketSalesTarget: number;
  budgetCents: number;
  currency: string;
  status: EventStatus;
  salesOpenedAt: Date;
  ticketTypes: TicketTypeSpec[];
  /** For sponsor matching: the kind of event, who attends, the venue's country. */
  category?: string;
  audiences?: string[];
  country?: string;
};

/** Creates the event and its ticket types, or returns the existing event with that slug (unchanged but for its matching profile). */
export async function createEvent(db: DbOrTx, organizationId: string, spec: EventSpec) {
  const existing = await db.event.findUnique({
    where: { organizationId_slug: { organizationId, slug: spec.slug } },
  });
  // Events seeded before sponsor matching existed get their matching profile filled in.
  if (existing && spec.category && existing.category === "general") {
    return db.event.update({
      where: { id: existing.id },
      data: { category: spec.category, audiences: spec.audiences ?? [], country: spec.country },
    });
  }
  if (existing) return existing;
  const { ticketTypes, durationDays, ...fields } = spec;
  return db.event.create({
    data: {
      ...fields,
      organizationId,
      endsAt: daysFrom(spec.startsAt, durationDays),
      ticketTypes: {
        create: ticketTypes.map(({ name, priceCents, quantity }) => ({ name, priceCents, quantity })),
      },
    },
  });
}

export type SalesSpec = {
  /** Tickets sold (before refunds) between sales opening and `until`. */
  tickets: number;
  until: Date;
  refundRate: number;
  /** Share of tickets scanned at the door, for finished events. */
  checkInRate?: number;
  orderPrefix: string;
  seed: number;
};

function pickWeighted<T extends { share: number }>(items: T[], random: Random): T {
  const total = items.reduce((sum, item) => sum + item.share, 0);
  let target = random() * total;
  for (const item of items) {
    target -= item.share;
    if (target <= 0) return item;
  }
  return items[items.length - 1] as T;
}

function ticketsInOrder(random: Random) {
  const r = random();
  return r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
}

/**
 * Generates a realistic sales history (orders and tickets along a sales curve) for an event that has
 * none yet. Deterministic for a given seed. Returns the number of tickets created.
 */
export async function createSalesHistory(db: DbOrTx, eventId: string, specs: TicketTypeSpec[], sales: SalesSpec) {
  if ((await db.order.count({ where: { eventId } })) > 0) return 0;
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: { ticketTypes: true } });
  const random = seededRandom(sales.seed);
  faker.seed(sales.seed);
  const opensAt = event.salesOpenedAt ?? daysFrom(event.startsAt, -90);
  const times = sampleSaleTimes({
    count: sales.tickets,
    opensAt,
    until: sales.until,
    eventStartsAt: event.startsAt,
    random,
  });
  const typeIds = new Map(event.ticketTypes.map((type) => [type.name, type.id]));
  const orders: Prisma.OrderCreateManyInput[] = [];
  const tickets: Prisma.TicketCreateManyInput[] = [];
  let index = 0;
  let sequence = 10_000;
  while (index < times.length) {
    const at = times[index] as Date;
    const size = Math.min(ticketsInOrder(random), times.length - index);
    const daysOpen = (at.getTime() - opensAt.getTime()) / DAY_MS;
    const available = specs.filter((spec) => spec.onlyFirstDays === undefined || daysOpen <= spec.onlyFirstDays);
    const type = pickWeighted(available.length > 0 ? available : specs, random);
    const buyerFirst = faker.person.firstName();
    const buyerLast = faker.person.lastName();
    const buyerEmail = faker.internet.exampleEmail({ firstName: buyerFirst, lastName: buyerLast }).toLowerCase();
    const refunded = random() < sales.refundRate;
    const orderId = crypto.randomUUID();
    sequence += 1 + Math.floor(random() * 3);
    orders.push({
      id: orderId,
      eventId,
      reference: `${sales.orderPrefix}-${sequence}`,
      buyerName: `${buyerFirst} ${buyerLast}`,
      buyerEmail,
      totalCents: type.priceCents * size,
      refundedCents: refunded ? type.priceCents * size : 0,
      status: refunded ? "refunded" : "paid",
      createdAt: at,
    });
    for (let seat = 0; seat < size; seat++) {
      const first = seat === 0 ? buyerFirst : faker.person.firstName();
      const last = seat === 0 ? buyerLast : faker.person.lastName();
      const checkedIn = !refunded && sales.checkInRate !== undefined && random() < sales.checkInRate;
      tickets.push({
        orderId,
        eventId,
        ticketTypeId: typeIds.get(type.name) as string,
        attendeeName: `${first} ${last}`,
        attendeeEmail:
          seat === 0 ? buyerEmail : faker.internet.exampleEmail({ firstName: first, lastName: last }).toLowerCase(),
        pricePaidCents: type.priceCents,
        refundedCents: refunded ? type.priceCents : 0,
        status: refunded ? "refunded" : checkedIn ? "checked_in" : "valid",
        createdAt: at,
      });
    }
    index += size;
  }
  for (let start = 0; start < orders.length; start += 1000) {
    await db.order.createMany({ data: orders.slice(start, start + 1000) });
  }
  for (let start = 0; start < tickets.length; start += 1000) {
    await db.ticket.createMany({ data: tickets.slice(start, start + 1000) });
  }
  return tickets.length;
}
