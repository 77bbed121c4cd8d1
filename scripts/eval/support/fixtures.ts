import { setAgentMode } from "@/lib/agents/settings";
import { supportPolicyInput } from "@/lib/agents/support/policy";
import type { Db } from "@/lib/db/client";
import { localDate } from "@/lib/domain/calendar-days";
import { createEvent, createMember, createOrganization, daysFrom } from "@/prisma/seed/factories";
import { localInstant, shiftDay } from "./clock";
import { conference } from "./conference";
import { festival } from "./festival";
import type { EventKey } from "./types";
import type { EventWorld } from "./world";

export const WORLDS: Record<EventKey, EventWorld> = { conference, festival };

export type SeededEvent = {
  world: EventWorld;
  id: string;
  startsAt: Date;
  timezone: string;
  currency: string;
};

export type Seeded = {
  organizationId: string;
  ownerId: string;
  events: Record<EventKey, SeededEvent>;
};

/**
 * The invented organization with its two events, each with its ticket types, knowledge base, policy
 * (parsed by the same schema the Support page and the API use) and orders, and Support in full auto.
 * The events start `daysOut` days after today, so every case can pick its own `now` before them.
 */
export async function seedWorlds(db: Db, today = new Date()): Promise<Seeded> {
  const organization = await createOrganization(db, { name: "Northlight Events Collective", slug: "northlight-eval" });
  const owner = await createMember(db, {
    organizationId: organization.id,
    email: "ops@northlight-events.example",
    name: "Ines Northlight",
    role: "owner",
  });
  const events = {} as Record<EventKey, SeededEvent>;
  for (const world of Object.values(WORLDS)) {
    events[world.key] = await seedEvent(db, organization.id, world, today);
  }
  await setAgentMode(
    db,
    { organizationId: organization.id, userId: owner.id, agent: "support", mode: "full_auto" },
    {},
  );
  return { organizationId: organization.id, ownerId: owner.id, events };
}

async function seedEvent(db: Db, organizationId: string, world: EventWorld, today: Date): Promise<SeededEvent> {
  const startsAt = localInstant(
    shiftDay(localDate(today, world.timezone), world.daysOut),
    world.startTime,
    world.timezone,
  );
  const event = await createEvent(db, organizationId, {
    name: world.name,
    slug: world.slug,
    startsAt,
    durationDays: world.durationDays,
    timezone: world.timezone,
    venue: world.venue,
    city: world.city,
    country: world.country,
    category: world.category,
    capacity: world.capacity,
    ticketSalesTarget: Math.round(world.capacity * 0.9),
    budgetCents: world.capacity * 20_000,
    currency: world.currency,
    status: "on_sale",
    salesOpenedAt: daysFrom(today, -90),
    ticketTypes: world.ticketTypes.map((type) => ({ ...type, share: 1 })),
  });
  const policy = supportPolicyInput.parse(world.policy);
  await db.supportPolicy.create({ data: { eventId: event.id, ...policy } });
  await db.knowledgeArticle.createMany({
    data: world.articles.map((article) => ({ organizationId, eventId: event.id, ...article })),
  });
  const types = await db.ticketType.findMany({ where: { eventId: event.id } });
  const priceOf = (name: string) => {
    const type = types.find((t) => t.name === name);
    if (!type) throw new Error(`${world.name} has no ticket type "${name}"`);
    return type;
  };
  for (const [i, order] of world.orders.entries()) {
    const tickets = order.tickets.map((ticket) => ({ ...ticket, type: priceOf(ticket.type) }));
    await db.order.create({
      data: {
        eventId: event.id,
        reference: order.reference,
        externalId: order.externalId,
        buyerName: order.buyer.name,
        buyerEmail: order.buyer.email,
        totalCents: tickets.reduce((sum, ticket) => sum + ticket.type.priceCents, 0),
        createdAt: daysFrom(today, -60 + i),
        tickets: {
          create: tickets.map((ticket, n) => ({
            eventId: event.id,
            ticketTypeId: ticket.type.id,
            attendeeName: ticket.holder.name,
            attendeeEmail: ticket.holder.email,
            pricePaidCents: ticket.type.priceCents,
            externalId: `${order.externalId}-t${n + 1}`,
            createdAt: daysFrom(today, -60 + i),
          })),
        },
      },
    });
  }
  return { world, id: event.id, startsAt, timezone: world.timezone, currency: world.currency };
}
