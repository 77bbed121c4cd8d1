/**
 * The Operations agent's results in words: the figures a person asked for, a link to the page that
 * shows more, and for sales and budget a small chart. The chat shows the words and the model reads
 * them as the tool result, so both paths answer alike.
 */
import type { ChatLink, ToolAnswer } from "@/lib/copilot/answer";
import { count, isAre, withList } from "@/lib/copilot/words";
import { getEventBudget, salesSeries } from "@/lib/events/queries";
import { formatDate, formatMoney, formatNumber, formatPercent, formatRelative } from "@/lib/format";
import { requireEvent } from "../event";
import { DUE_SOON_DAYS } from "./rules";
import type { checkDeliverables, DeliverableFinding } from "./tools/check-deliverables";
import type { checkVendorConfirmations } from "./tools/check-vendor-confirmations";
import type { escalateIssue } from "./tools/escalate-issue";
import type { followUpVendor } from "./tools/follow-up-vendor";
import type { generateStatusReport, StatusReportContent } from "./tools/generate-status-report";
import type { monitorTicketSales } from "./tools/monitor-ticket-sales";
import type { sendReminder } from "./tools/send-reminder";
import type { trackBudget } from "./tools/track-budget";

/** Points a chat chart keeps: enough for the curve's shape, little enough for the model's context. */
const CHART_POINTS = 60;

const OUTBOX: ChatLink = { href: "/outbox", label: "Open the outbox" };

/** A section of the event page: `sales` (the chart), `budget` or `operations` (checks and reports). */
function eventSection(event: { id: string; name: string }, section: "sales" | "budget" | "operations"): ChatLink {
  const label = { sales: "Sales of", budget: "Budget of", operations: "Operations of" }[section];
  return { href: `/events/${event.id}#${section}`, label: `${label} ${event.name}` };
}

/** Every nth point and always the last (today's), so a long curve fits the chat. */
function fewerPoints<Point>(points: Point[]): Point[] {
  const step = Math.ceil(points.length / CHART_POINTS);
  if (step <= 1) return points;
  return points.filter((_, index) => index % step === 0 || index === points.length - 1);
}

/** "20 days out", "the event starts today", "the event started 2 days ago". */
function daysOut(daysToEvent: number) {
  if (daysToEvent > 0) return `${count(daysToEvent, "day")} out`;
  if (daysToEvent === 0) return "the event starts today";
  return `the event started ${count(-daysToEvent, "day")} ago`;
}

function overdueLine(item: DeliverableFinding) {
  const late = item.daysOverdue === 0 ? "due earlier today" : `${count(item.daysOverdue, "day")} overdue`;
  return `${item.title}: ${late}, ${item.ownerName}${item.severity === "critical" ? " (critical)" : ""}`;
}

const deliverablesAnswer: ToolAnswer<typeof checkDeliverables> = async (context, input, output) => {
  const found = await requireEvent(context, input.eventId);
  // Asked about one person, their name goes with the event's: "Riverside Jazz Fest (Ana)".
  const event = { ...found, name: input.owner ? `${found.name} (${input.owner})` : found.name };
  const { overdue, dueSoon } = output;
  const link = eventSection(found, "operations");
  const soon = input.dueBy
    ? `by ${formatDate(new Date(`${input.dueBy}T12:00:00Z`), "UTC")}`
    : `in the next ${DUE_SOON_DAYS} days`;
  const dueSoonLines = dueSoon.map(
    (item) => `${item.title}: due ${formatDate(new Date(item.dueAt), event.timezone)}, ${item.ownerName}`,
  );
  if (overdue.length === 0 && dueSoon.length === 0) {
    const open = count(output.openCount, "open deliverable");
    return { summary: `Nothing is overdue for ${event.name} and nothing is due ${soon} (${open} in all).`, link };
  }
  if (overdue.length === 0) {
    const head = `Nothing is overdue for ${event.name}; ${count(dueSoon.length, "deliverable")} ${isAre(dueSoon.length)} due ${soon}:`;
    return { summary: withList(head, dueSoonLines), link };
  }
  const critical = overdue.filter((item) => item.severity === "critical").length;
  const head = `${event.name}: ${count(overdue.length, "deliverable")} overdue${critical > 0 ? ` (${critical} critical)` : ""} and ${formatNumber(dueSoon.length)} due ${soon}:`;
  return { summary: withList(head, [...overdue.map(overdueLine), ...dueSoonLines]), link };
};

type SalesOutput = Awaited<ReturnType<typeof monitorTicketSales.run>>;

/** "35% under target", "on target", "8% over target": the projection against the target. */
function againstTarget(shareOfTarget: number) {
  if (shareOfTarget < 1) return `${formatPercent(1 - shareOfTarget)} under target`;
  if (shareOfTarget > 1) return `${formatPercent(shareOfTarget - 1)} over target`;
  return "on target";
}

function projectionSentence(sales: SalesOutput) {
  const needed =
    sales.requiredPerDay === null ? "" : ` (${formatNumber(sales.requiredPerDay)} a day would reach the target)`;
  return `Selling ${formatNumber(sales.velocityPerDay)} a day${needed}; at this pace about ${formatNumber(sales.projectedTotal)} by the day, ${againstTarget(sales.projectedShareOfTarget)}.`;
}

function paceSentence(sales: SalesOutput) {
  const expected = `${formatNumber(sales.expectedByNow)} expected by now`;
  if (sales.shortfall <= 0) return `On or ahead of the straight-line pace (${expected}).`;
  return `${formatPercent(sales.shortfall)} behind the straight-line pace (${expected})${sales.critical ? ", which is critical" : ""}.`;
}

const ticketSalesAnswer: ToolAnswer<typeof monitorTicketSales> = async (context, { eventId }, sales) => {
  const event = await requireEvent(context, eventId);
  const sold = `${formatNumber(sales.sold)} of ${formatNumber(sales.target)} tickets (${formatPercent(sales.sold / Math.max(sales.target, 1))})`;
  const sentences = [`${event.name}: ${sold}, ${daysOut(sales.daysToEvent)}.`];
  if (sales.daysToEvent > 0) sentences.push(projectionSentence(sales));
  if (sales.daysToEvent >= 0) sentences.push(paceSentence(sales));
  const series = fewerPoints(await salesSeries(context.db, event, context.now));
  return {
    summary: sentences.join(" "),
    link: eventSection(event, "sales"),
    chart: series.length > 0 ? { kind: "ticket_sales", target: sales.target, series } : undefined,
  };
};

type BudgetOutput = Awaited<ReturnType<typeof trackBudget.run>>;

function budgetSentence(name: string, budget: BudgetOutput) {
  const money = (cents: number) => formatMoney(cents, budget.currency);
  if (budget.budgetCents === 0) return `${name} has no budget set; ${money(budget.spentCents)} spent so far.`;
  const rest =
    budget.spentCents > budget.budgetCents
      ? `${money(budget.spentCents - budget.budgetCents)} over budget`
      : `${money(budget.budgetCents - budget.spentCents)} left`;
  return `${name}: ${money(budget.spentCents)} of ${money(budget.budgetCents)} spent (${formatPercent(budget.spentShare)}), ${rest}, ${daysOut(budget.daysToEvent)}.`;
}

/** The policy's budget findings (lib/agents/operations/rules.ts), as the status report words them. */
function budgetAlerts(budget: BudgetOutput) {
  return [
    budget.overrunCritical && "Over budget by more than 10%, which is critical.",
    budget.burnCritical && "Over 90% spent with more than 30 days to go, which is critical.",
  ].filter((alert) => typeof alert === "string");
}

const budgetAnswer: ToolAnswer<typeof trackBudget> = async (context, { eventId, spentAtLeast }, budget) => {
  const event = await requireEvent(context, eventId);
  const money = (cents: number) => formatMoney(cents, budget.currency);
  const head = [budgetSentence(event.name, budget), ...budgetAlerts(budget)].join(" ");
  const line = (item: (typeof budget.lines)[number]) =>
    `${item.category}: ${money(item.spentCents)} of ${money(item.plannedCents)} planned`;
  // Asked for the lines that spent a given amount or more, they are the list; else those over plan.
  const threshold = spentAtLeast === undefined ? undefined : Math.round(spentAtLeast * 100);
  const listed =
    threshold === undefined
      ? budget.lines.filter((item) => item.overPlan)
      : budget.lines.filter((item) => item.spentCents >= threshold);
  const title =
    threshold === undefined
      ? " Over plan:"
      : listed.length > 0
        ? ` Lines with ${money(threshold)} or more spent:`
        : ` No budget line has spent ${money(threshold)} or more.`;
  const { burn } = await getEventBudget(context.db, event, context.now);
  return {
    summary:
      listed.length > 0
        ? withList(`${head}${title}`, listed.map(line))
        : `${head}${threshold === undefined ? "" : title}`,
    link: eventSection(event, "budget"),
    chart:
      burn.length > 0
        ? { kind: "budget", budgetCents: budget.budgetCents, currency: budget.currency, burn: fewerPoints(burn) }
        : undefined,
  };
};

const vendorsAnswer: ToolAnswer<typeof checkVendorConfirmations> = async (context, { eventId }, vendors) => {
  const event = await requireEvent(context, eventId);
  const link = eventSection(event, "operations");
  const { pending, cancelled, confirmed } = vendors;
  const total = pending.length + cancelled.length + confirmed;
  if (total === 0) return { summary: `${event.name} has no vendors on record.`, link };
  const confirmedOf = `${event.name}: ${formatNumber(confirmed)} of ${count(total, "vendor")} confirmed`;
  if (pending.length === 0 && cancelled.length === 0) return { summary: `${confirmedOf}; none to chase.`, link };
  const cancelledPart = cancelled.length > 0 ? `, ${formatNumber(cancelled.length)} cancelled` : "";
  const lines = [
    ...cancelled.map(
      (vendor) =>
        `${vendor.name} cancelled ${vendor.service}${vendor.cancellationReason ? `: ${vendor.cancellationReason}` : ""}`,
    ),
    ...pending.map(
      (vendor) =>
        `${vendor.name} (${vendor.service}): ${vendor.lastFollowUpAt ? `chased ${formatRelative(new Date(vendor.lastFollowUpAt), context.now)}` : "not chased yet"}`,
    ),
  ];
  return {
    summary: withList(`${confirmedOf}, ${formatNumber(pending.length)} still to confirm${cancelledPart}:`, lines),
    link,
  };
};

const statusReportAnswer: ToolAnswer<typeof generateStatusReport> = async (context, { eventId }, output) => {
  const report = await context.db.statusReport.findFirstOrThrow({ where: { id: output.reportId, eventId } });
  const { eventName, metrics, alerts } = report.content as StatusReportContent;
  const figures = [
    `${metrics.ticketsSold} tickets sold (about ${metrics.projectedAtEventDay} by the day)`,
    `${metrics.budgetSpent} spent`,
    `${metrics.deliverablesOverdue} of ${metrics.deliverablesOpen} open deliverables overdue`,
    `${count(metrics.vendorsToConfirm, "vendor")} to confirm`,
    daysOut(metrics.daysToEvent),
  ].join(", ");
  const head = `Status report for ${eventName}, emailed to the organizers: ${figures}.`;
  return {
    summary: alerts.length > 0 ? withList(`${head} ${count(alerts.length, "alert")}:`, alerts) : `${head} No alerts.`,
    link: { href: `/events/${eventId}/reports/${output.reportId}`, label: "Open the report" },
  };
};

const reminderAnswer: ToolAnswer<typeof sendReminder> = async (context, { eventId }, output) => {
  const event = await requireEvent(context, eventId);
  return { summary: `Reminded ${output.to} about "${output.deliverable}" (${event.name}).`, link: OUTBOX };
};

const vendorFollowUpAnswer: ToolAnswer<typeof followUpVendor> = async (context, { eventId }, output) => {
  const event = await requireEvent(context, eventId);
  return {
    summary: `Asked ${output.vendor} (${output.to}) to confirm their booking for ${event.name}.`,
    link: OUTBOX,
  };
};

const escalationAnswer: ToolAnswer<typeof escalateIssue> = async (context, { eventId }, output) => {
  const event = await requireEvent(context, eventId);
  const issue = `"${output.issue}" (${output.severity}) for ${event.name}`;
  if (!("emailId" in output)) {
    return {
      summary: `Acknowledged ${issue}; the owners and admins were alerted when it was filed.`,
      link: eventSection(event, "operations"),
    };
  }
  const email = output.emailId
    ? await context.db.emailMessage.findFirst({
        where: { id: output.emailId, organizationId: context.organizationId },
        select: { to: true },
      })
    : null;
  if (!email) {
    return {
      summary: `Nobody was emailed about ${issue}: the organization has no owner or admin to tell.`,
      link: eventSection(event, "operations"),
    };
  }
  return { summary: `Emailed ${email.to.join(", ")} about ${issue}.`, link: OUTBOX };
};

/** Tool name → its answer: every read tool, and the writes whose result a person reads. */
export const OPERATIONS_ANSWERS = {
  check_deliverables: deliverablesAnswer,
  monitor_ticket_sales: ticketSalesAnswer,
  track_budget: budgetAnswer,
  check_vendor_confirmations: vendorsAnswer,
  generate_status_report: statusReportAnswer,
  send_reminder: reminderAnswer,
  follow_up_vendor: vendorFollowUpAnswer,
  escalate_issue: escalationAnswer,
};
