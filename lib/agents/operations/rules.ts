/**
 * The Operations agent's critical-escalation criteria, exactly as the agents specification states
 * them. Pure functions: the gate and the tools call them; tests pin every boundary.
 */

const DAY_MS = 86_400_000;

export type Severity = "low" | "medium" | "high" | "critical";

/** Whole days a deadline has passed (0 when not yet due). */
export function daysOverdue(dueAt: Date, now: Date) {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS));
}

/** "Deliverable overdue by 3+ days." */
export function isDeliverableCritical(dueAt: Date, now: Date) {
  return daysOverdue(dueAt, now) >= 3;
}

/**
 * Severity of an open deliverable: critical 3+ days overdue, high when overdue, medium when due within
 * 2 days, low when due within 7 days; null beyond that.
 */
export function deliverableSeverity(dueAt: Date, now: Date): Severity | null {
  if (isDeliverableCritical(dueAt, now)) return "critical";
  if (dueAt < now) return "high";
  const daysLeft = (dueAt.getTime() - now.getTime()) / DAY_MS;
  if (daysLeft <= 2) return "medium";
  if (daysLeft <= 7) return "low";
  return null;
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
