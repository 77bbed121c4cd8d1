import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter, eventInput, requireEvent } from "../../event";
import { appLink, organizerEmails } from "../organizers";
import { checkDeliverables } from "./check-deliverables";
import { checkVendorConfirmations } from "./check-vendor-confirmations";
import { monitorTicketSales } from "./monitor-ticket-sales";
import { trackBudget } from "./track-budget";

/**
 * The report's content: key metrics and the alerts an organizer should act on this week, their figures
 * in the organization's locale (the report is stored as written, and emailed).
 */
export async function buildStatusReport(deps: ToolDeps, eventId: string) {
  const event = await requireEvent(deps, eventId);
  const format = await eventFormatter(deps, event);
  const [deliverables, sales, budget, vendors] = await Promise.all([
    checkDeliverables.run(deps, { eventId }),
    monitorTicketSales.run(deps, { eventId }),
    trackBudget.run(deps, { eventId }),
    checkVendorConfirmations.run(deps, { eventId }),
  ]);
  const alerts: string[] = [];
  for (const item of deliverables.overdue) {
    alerts.push(`${item.title} is ${item.daysOverdue} day(s) overdue (${item.ownerName}).`);
  }
  if (sales.critical) {
    alerts.push(
      `Ticket sales are ${format.percent(sales.shortfall)} below the target pace with ${sales.daysToEvent} days to go.`,
    );
  }
  if (budget.overrunCritical)
    alerts.push(`Spending is ${format.percent(budget.spentShare)} of the budget: over by more than 10%.`);
  if (budget.burnCritical)
    alerts.push(`${format.percent(budget.spentShare)} of the budget is spent with ${budget.daysToEvent} days to go.`);
  for (const vendor of vendors.cancelled) alerts.push(`${vendor.name} cancelled ${vendor.service}.`);
  return {
    eventName: event.name,
    metrics: {
      ticketsSold: `${format.number(sales.sold)} of ${format.number(sales.target)}`,
      projectedAtEventDay: format.number(sales.projectedTotal),
      salesPerDay: `${sales.velocityPerDay} (needed: ${sales.requiredPerDay ?? "–"})`,
      budgetSpent: `${format.money(budget.spentCents, budget.currency)} of ${format.money(budget.budgetCents, budget.currency)}`,
      deliverablesOpen: deliverables.openCount,
      deliverablesOverdue: deliverables.overdue.length,
      vendorsToConfirm: vendors.pending.length,
      daysToEvent: sales.daysToEvent,
    },
    alerts,
  };
}

export type StatusReportContent = Awaited<ReturnType<typeof buildStatusReport>>;

export const generateStatusReport = defineTool({
  name: "generate_status_report",
  agent: "operations",
  description:
    "Generate the weekly status report with key metrics and alerts, keep it, and email it to the organizers.",
  input: eventInput,
  kind: "write",
  risk: "low",
  activityType: "status_report_generated",
  async preview(deps, { eventId }) {
    const event = await requireEvent(deps, eventId);
    return { summary: `Weekly status report for ${event.name}`, eventId, recipients: await organizerEmails(deps) };
  },
  async run(deps, { eventId }) {
    const content = await buildStatusReport(deps, eventId);
    const report = await deps.db.statusReport.create({
      data: {
        eventId,
        periodStart: new Date(deps.now.getTime() - 7 * 86_400_000),
        periodEnd: deps.now,
        content,
      },
    });
    const recipients = await organizerEmails(deps);
    const metricLines = Object.entries(content.metrics).map(([name, value]) => `- ${name}: ${value}`);
    const emailId = await deps.queueEmail(
      {
        eventId,
        to: recipients,
        subject: `Weekly status: ${content.eventName} (${content.alerts.length} alert${content.alerts.length === 1 ? "" : "s"})`,
        text: [
          `Status report for ${content.eventName}`,
          "",
          ...metricLines,
          "",
          content.alerts.length > 0 ? "Alerts:" : "No alerts this week.",
          ...content.alerts.map((alert) => `- ${alert}`),
          "",
          `Full report: ${appLink(`/events/${eventId}/reports/${report.id}`)}`,
        ].join("\n"),
      },
      `status-report:${report.id}`,
    );
    return { reportId: report.id, emailId, alerts: content.alerts.length };
  },
});
