/**
 * The Operations agent's critical-escalation criteria, exactly as the agents specification states
 * them. Pure functions: the gate and the tools call them; tests pin every boundary.
 */

import { daysOverdue, daysUntil } from "@/lib/domain/calendar-days";

export type Severity = "low" | "medium" | "high" | "critical";

/** "Deliverable overdue by 3+ days": calendar days in the event's time zone (lib/domain/calendar-days). */
export function isDeliverableCritical(dueAt: Date, now: Date, timeZone: string) {
  return daysOverdue(dueAt, now, timeZone) >= 3;
}

/** Deliverables due within this many days are "due soon": the check lists them beside the overdue ones. */
export const DUE_SOON_DAYS = 7;

/**
 * Severity of an open deliverable: critical 3+ days overdue, high when overdue, medium when due within
 * 2 days, low when due within DUE_SOON_DAYS (7); null beyond that. Days are calendar days in the event's zone.
 */
export function deliverableSeverity(dueAt: Date, now: Date, timeZone: string): Severity | null {
  if (isDeliverableCritical(dueAt, now, timeZone)) return "critical";
  if (dueAt < now) return "high";
  const daysLeft = daysUntil(dueAt, now, timeZone);
  if (daysLeft <= 2) return "medium";
  if (daysLeft <= DUE_SOON_DAYS) return "low";
  return null;
}

/** A deliverable's owner is reminded at most once a day, whichever path (chat, schedule, inbox) asks. */
export const REMIND_AGAIN_AFTER_MS = 24 * 3_600_000;

/** True when the last reminder is recent enough that another one would repeat it. */
export function remindedRecently(lastRemindedAt: Date | null, now: Date) {
  return lastRemindedAt !== null && now.getTime() - lastRemindedAt.getTime() < REMIND_AGAIN_AFTER_MS;
}

/** A vendor is chased at most every 3 days. */
export const FOLLOW_UP_AGAIN_AFTER_MS = 3 * 86_400_000;

export function followedUpRecently(lastFollowUpAt: Date | null, now: Date) {
  return lastFollowUpAt !== null && now.getTime() - lastFollowUpAt.getTime() < FOLLOW_UP_AGAIN_AFTER_MS;
}

/** "Ticket sales 40%+ below target with <30 days to event." `shortfall` is 1 - sold / expected. */
export function isTicketSalesCritical(shortfall: number, daysToEvent: number) {
  return shortfall >= 0.4 && daysToEvent < 30 && daysToEvent >= 0;
}

/** "Budget over 90% spent with more than 30 days to go." */
export function isBudgetBurnCritical(spentCents: number, budgetCents: number, daysToEvent: number) {
  return budgetCents > 0 && spentCents / budgetCents > 0.9 && daysToEvent > 30;
}

/** "Budget overrun over 10%." */
export function isBudgetOverrunCritical(spentCents: number, budgetCents: number) {
  return budgetCents > 0 && spentCents > budgetCents * 1.1;
}

/** "Vendor cancellation or major issue." */
export function isVendorCritical(confirmation: "pending" | "confirmed" | "cancelled") {
  return confirmation === "cancelled";
}
