/**
 * Operations demo data: deliverables, vendors and budget lines. Riverside Jazz Fest trips every rule
 * that can apply 20 days out (a deliverable 5 days overdue, sales far behind, a budget overrun, a vendor
 * cancellation); Harbor Lights Winter Market, 45 days out, has burnt over 90% of its budget; DevConf
 * Lisbon trips none. Idempotent: an event that already has deliverables is left alone.
 */
import type { DbOrTx } from "@/lib/db/client";
import type { DeliverableStatus, VendorConfirmation } from "@/lib/db/generated/enums";
import { daysFrom } from "./factories";

export type OperationsPlan = {
  deliverables: {
    title: string;
    owner: string;
    email: string;
    dueInDays: number;
    status?: DeliverableStatus;
    vendor?: string;
  }[];
  vendors: {
    name: string;
    service: string;
    contact: string;
    email: string;
    confirmation: VendorConfirmation;
    cancellationReason?: string;
  }[];
  budget: { category: string; plannedCents: number; spentCents: number[] }[];
};

export async function createOperationsPlan(db: DbOrTx, eventId: string, plan: OperationsPlan, now: Date) {
  if ((await db.deliverable.count({ where: { eventId } })) > 0) return;
  const vendorIds = new Map<string, string>();
  for (const vendor of plan.vendors) {
    const created = await db.vendor.create({
      data: {
        eventId,
        name: vendor.name,
        service: vendor.service,
        contactName: vendor.contact,
        contactEmail: vendor.email,
        confirmation: vendor.confirmation,
        confirmedAt: vendor.confirmation === "confirmed" ? daysFrom(now, -20) : null,
        cancellationReason: vendor.cancellationReason ?? null,
      },
    });
    vendorIds.set(vendor.name, created.id);
  }
  for (const item of plan.deliverables) {
    const dueAt = daysFrom(now, item.dueInDays);
    await db.deliverable.create({
      data: {
        eventId,
        title: item.title,
        ownerName: item.owner,
        ownerEmail: item.email,
        dueAt,
        status: item.status ?? "pending",
        completedAt: item.status === "done" ? daysFrom(dueAt, -1) : null,
        vendorId: item.vendor ? (vendorIds.get(item.vendor) ?? null) : null,
      },
    });
  }
  for (const line of plan.budget) {
    await db.budgetLine.create({
      data: {
        eventId,
        category: line.category,
        plannedCents: line.plannedCents,
        expenses: {
          create: line.spentCents.map((amountCents, index) => ({
            description: `${line.category} payment ${index + 1}`,
            amountCents,
            incurredAt: daysFrom(now, -40 + index * 9),
          })),
        },
      },
    });
  }
}

export const RIVERSIDE_OPERATIONS: OperationsPlan = {
  vendors: [
    {
      name: "Lakeshore Sound Co.",
      service: "Sound reinforcement",
      contact: "Marcus Reed",
      email: "marcus@lakeshore-sound.example",
      confirmation: "confirmed",
    },
    {
      name: "Windy City Security",
      service: "Crowd security",
      contact: "Dana Kowalski",
      email: "dana@windycitysecurity.example",
      confirmation: "pending",
    },
    {
      name: "Bluebird Portable Restrooms",
      service: "Restroom trailers",
      contact: "Luis Ortega",
      email: "luis@bluebird-restrooms.example",
      confirmation: "pending",
    },
    {
      name: "Prairie Fire Catering",
      service: "Artist and crew catering",
      contact: "Renee Walsh",
      email: "renee@prairiefire.example",
      confirmation: "cancelled",
      cancellationReason: "A fire closed their commissary kitchen for the rest of the season",
    },
  ],
  deliverables: [
    {
      title: "Stage plot and backline rider",
      owner: "Ana Souza",
      email: "ana.souza@riversidejazz.example",
      dueInDays: -5,
      vendor: "Lakeshore Sound Co.",
    },
    {
      title: "Food truck permits filed with the city",
      owner: "Tom Becker",
      email: "tom.becker@riversidejazz.example",
      dueInDays: -1,
    },
    {
      title: "Volunteer shift schedule published",
      owner: "Keisha Grant",
      email: "keisha.grant@riversidejazz.example",
      dueInDays: 2,
    },
    { title: "Artist hospitality list", owner: "Ana Souza", email: "ana.souza@riversidejazz.example", dueInDays: 6 },
    {
      title: "Wayfinding signage print files",
      owner: "Noah Kim",
      email: "noah.kim@riversidejazz.example",
      dueInDays: 12,
    },
    {
      title: "Event insurance certificate",
      owner: "Tom Becker",
      email: "tom.becker@riversidejazz.example",
      dueInDays: -10,
      status: "done",
    },
  ],
  budget: [
    { category: "Venue and staging", plannedCents: 12_000_000, spentCents: [6_000_000, 7_100_000] },
    { category: "Artist fees", plannedCents: 11_000_000, spentCents: [5_500_000, 6_300_000] },
    { category: "Production and AV", plannedCents: 4_500_000, spentCents: [3_000_000, 2_200_000] },
    { category: "Marketing", plannedCents: 2_500_000, spentCents: [1_200_000, 1_200_000] },
    { category: "Security", plannedCents: 1_000_000, spentCents: [1_800_000] },
  ],
};

export const DEVCONF_OPERATIONS: OperationsPlan = {
  vendors: [
    {
      name: "Lisboa AV Partners",
      service: "Projection and streaming",
      contact: "Rui Matos",
      email: "rui@lisboa-av.example",
      confirmation: "confirmed",
    },
    {
      name: "Sabores do Tejo",
      service: "Lunch and coffee breaks",
      contact: "Inês Carvalho",
      email: "ines@saboresdotejo.example",
      confirmation: "confirmed",
    },
  ],
  deliverables: [
    { title: "Speaker travel bookings", owner: "Priya Raman", email: "priya@northwind.events", dueInDays: 25 },
    { title: "Workshop room layouts", owner: "Jonas Berg", email: "jonas@northwind.events", dueInDays: 40 },
    {
      title: "Venue contract signed",
      owner: "Maya Fernandes",
      email: "maya@northwind.events",
      dueInDays: -30,
      status: "done",
    },
  ],
  budget: [
    { category: "Venue", plannedCents: 16_000_000, spentCents: [8_000_000] },
    { category: "Catering", plannedCents: 9_000_000, spentCents: [2_000_000] },
    { category: "Production and AV", plannedCents: 8_000_000, spentCents: [2_500_000] },
    { category: "Marketing", plannedCents: 5_000_000, spentCents: [1_800_000] },
  ],
};

export const WINTER_MARKET_OPERATIONS: OperationsPlan = {
  vendors: [
    {
      name: "Liffey Lights",
      service: "Festoon lighting",
      contact: "Ciarán Doyle",
      email: "ciaran@liffeylights.example",
      confirmation: "confirmed",
    },
  ],
  deliverables: [{ title: "Stallholder map", owner: "Aoife Byrne", email: "aoife@harborlights.ie", dueInDays: 20 }],
  budget: [
    { category: "Warehouse hire", plannedCents: 3_000_000, spentCents: [3_000_000] },
    { category: "Lighting and power", plannedCents: 2_000_000, spentCents: [1_500_000, 1_400_000] },
    { category: "Marketing", plannedCents: 1_500_000, spentCents: [100_000] },
  ],
};
