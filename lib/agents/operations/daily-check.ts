import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { formatMoney, formatPercent } from "@/lib/format";
import { recordActivity } from "../activity-log";
import { AGENT_VERSION, type Caller, type GateOutcome, runTool } from "../core/gate";
import type { ToolDefinition } from "../core/tool";
import { checkDeliverables } from "./tools/check-deliverables";
import { checkVendorConfirmations } from "./tools/check-vendor-confirmations";
import { escalateIssue } from "./tools/escalate-issue";
import { followUpVendor } from "./tools/follow-up-vendor";
import { monitorTicketSales } from "./tools/monitor-ticket-sales";
import { sendReminder } from "./tools/send-reminder";
import { trackBudget } from "./tools/track-budget";

const REMIND_AGAIN_AFTER_MS = 24 * 3_600_000;
const FOLLOW_UP_AGAIN_AFTER_MS = 3 * 86_400_000;

export type DailyAction = { tool: string; status: GateOutcome["status"]; summary: string; approvalId?: string };

/**
 * The seed's `run_daily_operations`: every check for one event, and for each finding the action the
 * seed prescribes (remind, escalate, follow up), each through the gate so the mode and the policy
 * apply. An action already waiting in the inbox is not proposed twice.
 */
export async function runDailyOperations(db: Db, caller: Caller, eventId: string) {
  const started = performance.now();
  const now = new Date();
  const step = (name: string): Caller => ({
    ...caller,
    idempotencyKey: caller.idempotencyKey ? `${caller.idempotencyKey}:${name}` : undefined,
  });
  const read = async <Output>(tool: ToolDefinition<{ eventId: string }, Output>) => {
    const outcome = await runTool(db, step(tool.name), tool, { eventId });
    if (outcome.status !== "executed") throw new Error(`${tool.name} did not run`);
    return outcome.output;
  };
  const actions: DailyAction[] = [];
  const act = async <Input>(
    tool: ToolDefinition<Input, unknown>,
    input: NoInfer<Input>,
    name: string,
    summary: string,
  ) => {
    const waiting = await db.approval.count({
      where: {
        organizationId: caller.organizationId,
        status: "pending",
        action: tool.name,
        arguments: { equals: input as Prisma.InputJsonValue },
      },
    });
    if (waiting > 0) {
      actions.push({ tool: tool.name, status: "pending_approval", summary: `${summary} (already in the inbox)` });
      return;
    }
    const outcome = await runTool(db, step(name), tool, input);
    actions.push({
      tool: tool.name,
      status: outcome.status,
      summary,
      approvalId: "approvalId" in outcome ? outcome.approvalId : undefined,
    });
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
        `escalate-deliverable-${item.id}`,
        `Escalate "${item.title}" (${item.daysOverdue} days overdue)`,
      );
    } else if (!item.lastRemindedAt || now.getTime() - Date.parse(item.lastRemindedAt) > REMIND_AGAIN_AFTER_MS) {
      await act(
        sendReminder,
        { eventId, deliverableId: item.id },
        `remind-${item.id}`,
        `Remind ${item.ownerName} about "${item.title}"`,
      );
    }
  }

  const sales = await read(monitorTicketSales);
  if (sales.critical) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: `Ticket sales ${formatPercent(sales.shortfall)} below target pace`,
        reason: `${sales.sold} sold against ${sales.expectedByNow} expected by now, ${sales.daysToEvent} days to the event (40%+ below with under 30 days is critical). Projected at event day: ${sales.projectedTotal} of ${sales.target}.`,
        severity: "critical",
      },
      "escalate-sales",
      "Escalate lagging ticket sales",
    );
  }

  const budget = await read(trackBudget);
  const spent = `${formatMoney(budget.spentCents, budget.currency)} of ${formatMoney(budget.budgetCents, budget.currency)}`;
  if (budget.overrunCritical) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: "Budget overrun over 10%",
        reason: `Spent ${spent} (${formatPercent(budget.spentShare)}).`,
        severity: "critical",
      },
      "escalate-budget-overrun",
      "Escalate the budget overrun",
    );
  } else if (budget.burnCritical) {
    await act(
      escalateIssue,
      {
        eventId,
        issue: "Budget over 90% spent early",
        reason: `Spent ${spent} (${formatPercent(budget.spentShare)}) with ${budget.daysToEvent} days to go.`,
        severity: "critical",
      },
      "escalate-budget-burn",
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
      `escalate-vendor-${vendor.id}`,
      `Escalate ${vendor.name}'s cancellation`,
    );
  }
  for (const vendor of vendors.pending) {
    if (vendor.lastFollowUpAt && now.getTime() - Date.parse(vendor.lastFollowUpAt) < FOLLOW_UP_AGAIN_AFTER_MS) continue;
    await act(
      followUpVendor,
      { eventId, vendorId: vendor.id },
      `follow-up-${vendor.id}`,
      `Ask ${vendor.name} to confirm`,
    );
  }

  const summary = {
    overdue: deliverables.overdue.length,
    dueSoon: deliverables.dueSoon.length,
    salesCritical: sales.critical,
    budgetCritical: budget.overrunCritical || budget.burnCritical,
    vendorsPending: vendors.pending.length,
    vendorsCancelled: vendors.cancelled.length,
    actions,
  };
  await recordActivity(db, {
    organizationId: caller.organizationId,
    agentId: "operations",
    agentVersion: AGENT_VERSION,
    activityType: "daily_check_completed",
    eventId,
    inputData: { eventId },
    outputData: toJson(summary),
    reasoning: `Daily check: ${actions.length} action(s) from ${summary.overdue} overdue and ${summary.dueSoon} upcoming deliverables, sales ${sales.critical ? "critical" : "not critical"}, budget ${summary.budgetCritical ? "critical" : "fine"}, ${summary.vendorsPending} vendor(s) to confirm.`,
    autonomous: caller.userId === null,
    durationMs: Math.round(performance.now() - started),
    idempotencyKey: caller.idempotencyKey ? `${caller.idempotencyKey}:summary` : undefined,
  });
  return { sales, budget, deliverables, vendors, actions };
}
