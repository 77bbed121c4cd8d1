import type { Db } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { bindFormatter } from "@/lib/format";
import { organizationLocale } from "@/lib/organization/format";
import { FALLBACK_TIME_ZONE } from "@/lib/time-zone";
import { recordActivity } from "../activity-log";
import { DAILY_CHECK_ACTIVITY } from "../activity-types";
import { AGENT_VERSION, type Caller, type GateOutcome, type RunOptions, runTool } from "../core/gate";
import type { ToolDefinition } from "../core/tool";
import { findOpenItem, refreshOpenItem, type Subject, subjectKey, tagItem } from "./open-items";
import { followedUpRecently, remindedRecently } from "./rules";
import { checkDeliverables } from "./tools/check-deliverables";
import { checkVendorConfirmations } from "./tools/check-vendor-confirmations";
import { escalateIssue } from "./tools/escalate-issue";
import { followUpVendor } from "./tools/follow-up-vendor";
import { monitorTicketSales } from "./tools/monitor-ticket-sales";
import { sendReminder } from "./tools/send-reminder";
import { trackBudget } from "./tools/track-budget";

export type DailyAction = {
  tool: string;
  status: GateOutcome["status"];
  summary: string;
  approvalId?: string;
  /** The finding already had an open inbox item: it was brought up to date, not filed again. */
  updated?: true;
};

/** A finding the check did not act on today, and why (a reminder or a follow-up went out recently). */
export type DailySkip = { summary: string; reason: string };

/**
 * The seed's `run_daily_operations`: every check for one event, and for each finding the action the
 * seed prescribes (remind, escalate, follow up), each through the gate so the mode and the policy
 * apply. A finding whose rule and subject already wait in the inbox updates that item instead of
 * filing another; reminders and follow-ups sent recently are skipped and reported as skipped.
 * `options.clock` (server only, see RunOptions) runs the whole check at another time.
 */
export async function runDailyOperations(db: Db, caller: Caller, eventId: string, options: RunOptions = {}) {
  const started = performance.now();
  const clock = options.clock ?? (() => new Date());
  const now = clock();
  // The escalations' and skips' words: sums, shares and "2 hours ago" in the organization's locale (no
  // clock time is written here, so the zone does not show).
  const format = bindFormatter({
    locale: await organizationLocale(db, caller.organizationId),
    timeZone: FALLBACK_TIME_ZONE,
  });
  const step = (name: string): Caller => ({
    ...caller,
    idempotencyKey: caller.idempotencyKey ? `${caller.idempotencyKey}:${name}` : undefined,
  });
  const read = async <Output>(tool: ToolDefinition<{ eventId: string }, Output>) => {
    const outcome = await runTool(db, step(tool.name), tool, { eventId }, { clock });
    if (outcome.status !== "executed") throw new Error(`${tool.name} did not run`);
    return outcome.output;
  };
  const actions: DailyAction[] = [];
  const skipped: DailySkip[] = [];
  const act = async <Input>(
    tool: ToolDefinition<Input, unknown>,
    input: NoInfer<Input>,
    subject: Subject,
    summary: string,
  ) => {
    const key = subjectKey(subject);
    const open = await findOpenItem(db, caller.organizationId, key, { action: tool.name, arguments: input });
    if (open && (await refreshOpenItem(db, open, input))) {
      actions.push({
        tool: tool.name,
        status: open.risk === "critical" ? "escalated" : "pending_approval",
        summary: `${summary} (already in the inbox)`,
        approvalId: open.id,
        updated: true,
      });
      return;
    }
    const outcome = await runTool(db, step(key), tool, input, { clock });
    const approvalId = "approvalId" in outcome ? outcome.approvalId : undefined;
    if (approvalId && !(await tagItem(db, approvalId, key))) {
      // Another check filed the same subject a moment earlier: that item stands, this one was cancelled.
      const winner = await db.approval.findFirst({
        where: { organizationId: caller.organizationId, subjectKey: key, status: "pending" },
      });
      actions.push({
        tool: tool.name,
        status: outcome.status,
        summary: `${summary} (already in the inbox)`,
        approvalId: winner?.id,
        updated: true,
      });
      return;
    }
    actions.push({ tool: tool.name, status: outcome.status, summary, approvalId });
  };

  const deliverables = await read(checkDeliverables);
  for (const item of [...deliverables.overdue, ...deliverables.dueSoon]) {
    if (item.severity === "critical") {
      await act(
        escalateIssue,
        {
          eventId,
          issue: `"${item.title}" is ${item.daysOverdue} days overdue`,
          reason: `Deliverable overdue by ${item.daysOverdue} days (3+ is critical); owner ${item.ownerName}.`,
          severity: "critical",
        },
        { rule: "deliverable-overdue", id: item.id },
        `Escalate "${item.title}" (${item.daysOverdue} days overdue)`,
      );
      continue;
    }
    const summary = `Remind ${item.ownerName} about "${item.title}"`;
    const last = item.lastRemindedAt ? new Date(item.lastRemindedAt) : null;
    if (last && remindedRecently(last, now)) {
      skipped.push({ summary, reason: `reminded ${format.relative(last, now)}` });
      continue;
    }
    await act(
      sendReminder,
      { eventId, deliverableId: item.id },
      { rule: "deliverable-reminder", id: item.id },
      summary,
    );
  }

  const sales = await read(monitorTicketSales);
  if (sales.critical) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: `Ticket sales ${format.percent(sales.shortfall)} below target pace`,
        reason: `${sales.sold} sold against ${sales.expectedByNow} expected by now, ${sales.daysToEvent} days to the event (40%+ below with under 30 days is critical). Projected at event day: ${sales.projectedTotal} of ${sales.target}.`,
        severity: "critical",
      },
      { rule: "sales-pace", id: eventId },
      "Escalate lagging ticket sales",
    );
  }

  const budget = await read(trackBudget);
  const spent = `${format.money(budget.spentCents, budget.currency)} of ${format.money(budget.budgetCents, budget.currency)}`;
  if (budget.overrunCritical) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: "Budget overrun over 10%",
        reason: `Spent ${spent} (${format.percent(budget.spentShare)}).`,
        severity: "critical",
      },
      { rule: "budget-overrun", id: eventId },
      "Escalate the budget overrun",
    );
  } else if (budget.burnCritical) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: "Budget over 90% spent early",
        reason: `Spent ${spent} (${format.percent(budget.spentShare)}) with ${budget.daysToEvent} days to go.`,
        severity: "critical",
      },
      { rule: "budget-burn", id: eventId },
      "Escalate the early budget burn",
    );
  }

  const vendors = await read(checkVendorConfirmations);
  for (const vendor of vendors.cancelled) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: `${vendor.name} cancelled (${vendor.service})`,
        reason: `Vendor cancellation: ${vendor.cancellationReason ?? "no reason given"}.`,
        severity: "critical",
      },
      { rule: "vendor-cancelled", id: vendor.id },
      `Escalate ${vendor.name}'s cancellation`,
    );
  }
  for (const vendor of vendors.pending) {
    const summary = `Ask ${vendor.name} to confirm`;
    const last = vendor.lastFollowUpAt ? new Date(vendor.lastFollowUpAt) : null;
    if (last && followedUpRecently(last, now)) {
      skipped.push({ summary, reason: `chased ${format.relative(last, now)}` });
      continue;
    }
    await act(followUpVendor, { eventId, vendorId: vendor.id }, { rule: "vendor-follow-up", id: vendor.id }, summary);
  }

  const summary = {
    overdue: deliverables.overdue.length,
    dueSoon: deliverables.dueSoon.length,
    salesCritical: sales.critical,
    budgetCritical: budget.overrunCritical || budget.burnCritical,
    vendorsPending: vendors.pending.length,
    vendorsCancelled: vendors.cancelled.length,
    actions,
    skipped,
  };
  await recordActivity(db, {
    organizationId: caller.organizationId,
    agentId: "operations",
    agentVersion: AGENT_VERSION,
    activityType: DAILY_CHECK_ACTIVITY,
    eventId,
    inputData: { eventId },
    outputData: toJson(summary),
    reasoning: `Daily check: ${actions.length} action(s) and ${skipped.length} skipped (done recently) from ${summary.overdue} overdue and ${summary.dueSoon} upcoming deliverables, sales ${sales.critical ? "critical" : "not critical"}, budget ${summary.budgetCritical ? "critical" : "fine"}, ${summary.vendorsPending} vendor(s) to confirm.`,
    autonomous: caller.userId === null,
    durationMs: Math.round(performance.now() - started),
    idempotencyKey: caller.idempotencyKey ? `${caller.idempotencyKey}:summary` : undefined,
    createdAt: clock(),
  });
  return { sales, budget, deliverables, vendors, actions, skipped };
}

export type DailyCheckResult = Awaited<ReturnType<typeof runDailyOperations>>;

/**
 * What the check found, in words, for the dashboard and the chat. "All clear" only when nothing is
 * wrong: no action, nothing skipped, nothing overdue, sales and budget within limits, every vendor
 * confirmed.
 */
export function describeDailyCheck(result: DailyCheckResult) {
  const { actions, skipped } = result;
  const allClear =
    actions.length === 0 &&
    skipped.length === 0 &&
    result.deliverables.overdue.length === 0 &&
    !result.sales.critical &&
    !result.budget.overrunCritical &&
    !result.budget.burnCritical &&
    result.vendors.pending.length === 0 &&
    result.vendors.cancelled.length === 0;
  const skippedLines = skipped.map((item) => `${item.summary}: skipped, ${item.reason}`);
  if (allClear) {
    return {
      allClear,
      skippedLines,
      message: "All clear: nothing overdue, sales and budget within limits, vendors confirmed.",
    };
  }
  const parts = [
    `${actions.length} action(s)`,
    ...(skipped.length > 0 ? [`${skipped.length} skipped because a reminder or follow-up went out recently`] : []),
  ];
  return { allClear, skippedLines, message: `Not all clear: ${parts.join(", ")}.` };
}
