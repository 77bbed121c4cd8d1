import { z } from "zod";
import { ESCALATION_REASONS } from "@/lib/agents/support/tools/escalate-to-human";

/**
 * The public API's request and response bodies, written once: the routes parse with them and
 * scripts/openapi.ts turns them into docs/openapi.json (z.toJSONSchema).
 */

const externalId = z
  .string({ error: "An externalId is required." })
  .trim()
  .min(1, { error: "An externalId is required." })
  .max(200, { error: "An externalId is over 200 characters." })
  .meta({ description: "The ticketing system's own id; imports upsert by it." });
const email = z
  .email({ error: "Must be an email address." })
  .max(320)
  .transform((value) => value.toLowerCase());
const name = (what: string) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, { error: `${what} is required.` })
    .max(200, { error: `${what} is over 200 characters.` });
const cents = z.int({ error: "Must be a whole number of cents." }).min(0, { error: "Must be 0 or more." });

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const importEvent = z.object({
  externalId,
  name: name("The event's name"),
  startsAt: z.iso.datetime({ offset: true, error: "Must be an ISO 8601 date-time, e.g. 2027-05-20T09:00:00Z." }),
  endsAt: z.iso.datetime({ offset: true, error: "Must be an ISO 8601 date-time." }).optional().meta({
    description: "Defaults to 24 hours after startsAt.",
  }),
  timezone: z.string().refine(isTimeZone, { error: "Must be an IANA time zone, e.g. Europe/Lisbon." }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "Must be an ISO 4217 code in capitals, e.g. EUR." })
    .meta({ description: "ISO 4217; every amount in the import is in its minor units." }),
  capacity: z.int().positive({ error: "Must be a positive whole number." }).optional(),
  venue: z.string().trim().max(200).optional(),
  city: z.string().trim().max(200).optional(),
});

export const importTicketType = z.object({
  externalId,
  name: name("The ticket type's name"),
  priceCents: cents,
  quantity: z.int().positive().optional().meta({ description: "Tickets on sale; defaults to the event's capacity." }),
});

export const importTicket = z.object({
  externalId,
  ticketTypeExternalId: externalId.meta({ description: "A ticket type of this import or already on the event." }),
  holderName: name("The holder's name"),
  holderEmail: email,
});

export const importOrder = z.object({
  externalId,
  email,
  name: name("The buyer's name"),
  totalCents: cents,
  tickets: z.array(importTicket).max(100, { error: "At most 100 tickets per order." }).default([]),
});

export const importArticle = z.object({
  title: name("The article's title"),
  body: z.string().trim().min(1, { error: "The article has no text." }).max(50_000),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
});

/** The event's support policy (lib/agents/support/policy.ts evaluates it). */
export const importPolicy = z
  .object({
    refundTiers: z
      .array(
        z.object({
          minDaysBefore: z.int().min(0, { error: "Must be 0 or more days." }),
          percent: z.number().min(0).max(100, { error: "A percent is 0 to 100." }),
        }),
      )
      .max(10)
      .refine((tiers) => tiers.every((tier, i) => i === 0 || tier.minDaysBefore < (tiers[i - 1]?.minDaysBefore ?? 0)), {
        error: "List the tiers from the most days before the event to the fewest, each with fewer days.",
      }),
    transfer: z.object({
      allowed: z.boolean(),
      minDaysBefore: z.int().min(0),
      feeCents: cents,
    }),
    refundLimitCents: cents.meta({ description: "Refunds above this wait for a person (default 50000)." }),
    refundProcessing: z.string().trim().min(1).max(500).optional(),
    needsPerson: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  })
  .meta({ description: "Policy is code-evaluated; the agent never decides an amount." });

const MAX_ORDERS = 5_000;
const MAX_ARTICLES = 2_000;

export const importInput = z
  .object({
    event: importEvent,
    ticketTypes: z.array(importTicketType).max(200).default([]),
    orders: z
      .array(importOrder)
      .max(MAX_ORDERS, { error: `At most ${MAX_ORDERS} orders per request.` })
      .default([]),
    knowledgeBase: z.array(importArticle).max(MAX_ARTICLES).default([]),
    supportPolicy: importPolicy.optional(),
  })
  .meta({ id: "ImportRequest" });
export type ImportInput = z.infer<typeof importInput>;

const counts = z.object({ created: z.int(), updated: z.int() });
export const importResult = z
  .object({
    eventId: z.uuid(),
    slug: z.string(),
    event: z.enum(["created", "updated"]),
    ticketTypes: counts,
    orders: counts,
    tickets: counts,
    knowledgeBase: counts,
    supportPolicy: z.enum(["created", "updated", "unchanged"]),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof importResult>;

export const supportMessageInput = z
  .object({
    from: email.meta({ description: "The attendee's email, which your system has verified." }),
    message: z
      .string()
      .trim()
      .min(1, { error: "The message has no text." })
      .max(5_000, { error: "The message is over 5,000 characters." }),
    conversationId: z.uuid({ error: "Must be a conversationId this API returned." }).optional(),
  })
  .meta({ id: "SupportMessageRequest" });
export type SupportMessageInput = z.infer<typeof supportMessageInput>;

export const supportMessageResult = z
  .object({
    conversationId: z.uuid(),
    reply: z.string(),
    actions: z.array(
      z.object({
        type: z.enum(["refund", "transfer", "resend"]),
        orderExternalId: z
          .string()
          .nullable()
          .meta({ description: "The order's id in your system; null for an order that was not imported." }),
        orderReference: z.string().meta({ description: "EventOS's reference for the order, as attendees see it." }),
        status: z.enum(["done", "pending_approval"]).meta({
          description: "done: in the database now; pending_approval: waiting for a person in the organizer's inbox.",
        }),
        amountCents: z.int().optional().meta({ description: "A refund's amount, computed from the event's policy." }),
      }),
    ),
    escalated: z.boolean().meta({ description: "A person was asked to take over." }),
    escalationReason: z.enum(ESCALATION_REASONS).nullable(),
    citations: z
      .array(z.object({ title: z.string() }))
      .meta({ description: "The knowledge-base articles the reply was drawn from." }),
  })
  .meta({ id: "SupportMessageResult" });
export type SupportMessageResult = z.infer<typeof supportMessageResult>;

export const orderQuery = z.object({ eventId: z.uuid({ error: "Pass the event's id as ?eventId=." }) });

export const orderResult = z
  .object({
    externalId: z.string(),
    reference: z.string(),
    eventId: z.uuid(),
    status: z.enum(["paid", "partially_refunded", "refunded", "cancelled"]),
    currency: z.string(),
    totalCents: z.int(),
    refundedCents: z.int(),
    buyer: z.object({ name: z.string(), email: z.string() }),
    tickets: z.array(
      z.object({
        externalId: z.string().nullable(),
        holderName: z.string(),
        holderEmail: z.string(),
        status: z.enum(["valid", "checked_in", "transferred", "refunded", "cancelled"]),
        ticketType: z.string(),
      }),
    ),
    emails: z.array(
      z.object({
        subject: z.string(),
        to: z.array(z.string()),
        status: z.enum(["queued", "sending", "sent", "failed"]),
        sentAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .meta({ id: "Order" });
export type OrderResult = z.infer<typeof orderResult>;

export const apiError = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: "Error" });
