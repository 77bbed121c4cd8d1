import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { daysToEvent, localDate, startOfLocalDay } from "@/lib/domain/calendar-days";

/**
 * An event's support policy, evaluated by code: the refund percent, the amount, the date a window
 * closes and whether a person must decide are computed here, never by a model. An event without a
 * SupportPolicy row uses DEFAULT_POLICY.
 */
export type RefundTier = { minDaysBefore: number; percent: number };

export type SupportPolicyRules = {
  /** Most generous first, minDaysBefore strictly decreasing. */
  refundTiers: RefundTier[];
  refundProcessing: string;
  transferAllowed: boolean;
  /** Transfers are allowed while the whole days before the event are at least this. */
  transferMinDaysBefore: number;
  transferFeeCents: number;
  /** Refunds above this (event currency, minor units) wait for a person; exactly the limit does not. */
  refundLimitCents: number;
  needsPerson: string[];
};

export type SupportPolicy = SupportPolicyRules & { isDefault: boolean };

export const DEFAULT_POLICY: SupportPolicyRules = {
  refundTiers: [
    { minDaysBefore: 30, percent: 100 },
    { minDaysBefore: 14, percent: 50 },
    { minDaysBefore: 7, percent: 25 },
  ],
  refundProcessing: "Refunds go back to the original payment method within 5-10 business days.",
  transferAllowed: true,
  transferMinDaysBefore: 1,
  transferFeeCents: 0,
  refundLimitCents: 50_000,
  needsPerson: [],
};

const refundTier = z.object({
  minDaysBefore: z.number().int().min(0, { error: "Days before the event cannot be negative." }).max(3650),
  percent: z
    .number()
    .min(0, { error: "A refund percent is between 0 and 100." })
    .max(100, { error: "A refund percent is between 0 and 100." }),
});

/** A policy as the Support page, the API import and the seed write it (the SupportPolicy row's columns). */
export const supportPolicyInput = z.object({
  refundTiers: z
    .array(refundTier)
    .max(10, { error: "At most 10 refund tiers." })
    .refine((tiers) => tiers.every((tier, i) => i === 0 || tier.minDaysBefore < (tiers[i - 1]?.minDaysBefore ?? 0)), {
      error: "List the refund tiers from the most days before the event to the fewest, each with fewer days.",
    }),
  refundProcessing: z.string().trim().min(1, { error: "Say how refunds reach the attendee." }).max(1000),
  transferAllowed: z.boolean(),
  transferMinDaysBefore: z.number().int().min(0).max(3650),
  transferFeeCents: z.number().int().min(0, { error: "A transfer fee cannot be negative." }),
  refundLimitCents: z.number().int().min(0, { error: "The refund limit cannot be negative." }),
  needsPerson: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
});

export type SupportPolicyInput = z.infer<typeof supportPolicyInput>;

/** The event's policy: its row, or the defaults when it has none (or a stored row no longer parses). */
export async function supportPolicyFor(db: DbOrTx, eventId: string): Promise<SupportPolicy> {
  const row = await db.supportPolicy.findUnique({ where: { eventId } });
  if (!row) return { ...DEFAULT_POLICY, isDefault: true };
  const tiers = z.array(refundTier).safeParse(row.refundTiers);
  return {
    refundTiers: tiers.success ? [...tiers.data].sort((a, b) => b.minDaysBefore - a.minDaysBefore) : [],
    refundProcessing: row.refundProcessing,
    transferAllowed: row.transferAllowed,
    transferMinDaysBefore: row.transferMinDaysBefore,
    transferFeeCents: row.transferFeeCents,
    refundLimitCents: row.refundLimitCents,
    needsPerson: row.needsPerson,
    isDefault: false,
  };
}

type EventClock = { startsAt: Date; timezone: string };

/**
 * Whole calendar days from today to the event's first day, both read in the event's time zone: an
 * event at 09:00 is 1 day away at 23:59 the evening before, and 0 on its own day. Negative once it
 * started on an earlier day.
 */
export function wholeDaysBefore(event: EventClock, now: Date) {
  return daysToEvent(event.startsAt, now, event.timezone);
}

function shiftDay(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant the whole days before the event drop below `minDaysBefore`: local midnight starting the
 * day `minDaysBefore - 1` days before the event's first day.
 */
export function closesAt(event: EventClock, minDaysBefore: number) {
  return startOfLocalDay(shiftDay(localDate(event.startsAt, event.timezone), 1 - minDaysBefore), event.timezone);
}

export type RefundQuote = {
  percent: number;
  amountCents: number;
  currency: string;
  daysBefore: number;
  /** When the current tier stops applying; null when no refund is due. */
  windowClosesAt: Date | null;
  overLimit: boolean;
  /** What is left on the order to refund (total minus what was refunded already). */
  refundableCents: number;
  limitCents: number;
  /** The tier that applies after this one, when there is one (what waiting costs). */
  nextTier: RefundTier | null;
};

/**
 * The refund due on an order now: the first tier (most days first) whose minDaysBefore the whole days
 * before the event reach; that percent of what is left on the order, rounded to the minor unit.
 */
export function refundQuote(
  policy: SupportPolicyRules,
  context: {
    event: EventClock & { currency: string };
    order: { totalCents: number; refundedCents: number };
    now: Date;
  },
): RefundQuote {
  const { event, order, now } = context;
  const daysBefore = wholeDaysBefore(event, now);
  const index = policy.refundTiers.findIndex((tier) => tier.minDaysBefore <= daysBefore);
  const tier = index === -1 ? null : policy.refundTiers[index];
  const percent = tier?.percent ?? 0;
  const refundableCents = Math.max(0, order.totalCents - order.refundedCents);
  const amountCents = Math.round((refundableCents * percent) / 100);
  return {
    percent,
    amountCents,
    currency: event.currency,
    daysBefore,
    windowClosesAt: tier && percent > 0 ? closesAt(event, tier.minDaysBefore) : null,
    overLimit: amountCents > policy.refundLimitCents,
    refundableCents,
    limitCents: policy.refundLimitCents,
    nextTier: tier ? (policy.refundTiers[index + 1] ?? null) : null,
  };
}

export type TransferCheck = {
  allowed: boolean;
  reason?: string;
  feeCents: number;
  /** When transfers stop (null when the policy allows none). */
  closesAt: Date | null;
};

/** Whether a ticket of the event may change hands now, the fee, and when that stops. */
export function transferCheck(policy: SupportPolicyRules, context: { event: EventClock; now: Date }): TransferCheck {
  const feeCents = policy.transferFeeCents;
  if (!policy.transferAllowed) {
    return { allowed: false, reason: "This event's tickets cannot be transferred.", feeCents, closesAt: null };
  }
  const closes = closesAt(context.event, policy.transferMinDaysBefore);
  if (wholeDaysBefore(context.event, context.now) < policy.transferMinDaysBefore) {
    const until =
      policy.transferMinDaysBefore === 0
        ? "until the day of the event"
        : `until ${policy.transferMinDaysBefore} ${policy.transferMinDaysBefore === 1 ? "day" : "days"} before the event`;
    return {
      allowed: false,
      reason: `Transfers are closed: tickets can be transferred ${until}.`,
      feeCents,
      closesAt: closes,
    };
  }
  return { allowed: true, feeCents, closesAt: closes };
}
