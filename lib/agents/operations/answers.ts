/**
 * The Operations agent's results in words: the figures a person asked for, a link to the page that
 * shows more, and for sales and budget a small chart. The chat shows the words and the model reads
 * them as the tool result, so both paths answer alike.
 */
import type { ChatLink, ToolAnswer } from "@/lib/copilot/answer";
import { count, isAre, withList } from "@/lib/copilot/words";
import { getEventBudget, salesSeries } from "@/lib/events/queries";
import type { Formatter } from "@/lib/format";
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
function daysOut(format: Formatter, daysToEvent: number) {
  if (daysToEvent > 0) return `${count(format, daysToEvent, "day")} out`;
  if (daysToEvent === 0) return "the event starts today";
  return `the event started ${count(format, -daysToEvent, "day")} ago`;
}

function overdueLine(format: Formatter, item: DeliverableFinding) {
  const late = item.daysOverdue === 0 ? "due earlier today" : `${count(format, item.daysOverdue, "day")} overdue`;
  return `${item.title}: ${late}, ${item.ownerName}${item.severity === "critical" ? " (critical)" : ""}`;
}

const deliverablesAnswer: ToolAnswer<typeof checkDeliverables> = async (context, input, output) => {
  const { format } = context;
  const found = await requireEvent(context, input.eventId);
  // Asked about one person, their name goes with the event's: "Riverside Jazz Fest (Ana)".
  const event = { ...found, name: input.owner ? `${found.name} (${input.owner})` : found.name };
  const { overdue, dueSoon } = output;
  const link = eventSection(found, "operations");
  const soon = input.dueBy
    ? `by ${format.date(new Date(`${input.dueBy}T12:00:00Z`), "UTC")}`
    : `in the next ${DUE_SOON_DAYS} days`;
  const dueSoonLines = dueSoon.map(
    (item) => `${item.title}: due ${format.date(new Date(item.dueAt), event.timezone)}, ${item.ownerName}`,
  );
  if (overdue.length === 0 && dueSoon.length === 0) {
    const open = count(format, output.openCount, "open deliverable");
    return { summary: `Nothing is overdue for ${event.name} and nothing is due ${soon} (${open} in all).`, link };
  }
  if (overdue.length === 0) {
    const head = `Nothing is overdue for ${event.name}; ${count(format, dueSoon.length, "deliverable")} ${isAre(dueSoon.length)} due ${soon}:`;
    return { summary: withList(format, head, dueSoonLines), link };
  }
  const critical = overdue.filter((item) => item.severity === "critical").length;
  const head = `${event.name}: ${count(format, overdue.length, "deliverable")} overdue${critical > 0 ? ` (${format.number(critical)} critical)` : ""} and ${format.number(dueSoon.length)} due ${soon}:`;
  const lines = [...overdue.map((item) => overdueLine(format, item)), ...dueSoonLines];
  return { summary: withList(format, head, lines), link };
};

type SalesOutput = Awaited<ReturnType<typeof monitorTicketSales.run>>;

/** "35% under target", "on target", "8% over target": the projection against the target. */
function againstTarget(format: Formatter, shareOfTarget: number) {
  if (shareOfTarget < 1) return `${format.percent(1 - shareOfTarget)} under target`;
  if (shareOfTarget > 1) return `${format.percent(shareOfTarget - 1)} over target`;
  return "on target";
}

function projectionSentence(format: Formatter, sales: SalesOutput) {
  const needed =
    sales.requiredPerDay === null ? "" : ` (${format.number(sales.requiredPerDay)} a day would reach the target)`;
  return `Selling ${format.number(sales.velocityPerDay)} a day${needed}; at this pace about ${format.number(sales.projectedTotal)} by the day, ${againstTarget(format, sales.projectedShareOfTarget)}.`;
}

function paceSentence(format: Formatter, sales: SalesOutput) {
  const expected = `${format.number(sales.expectedByNow)} expected by now`;
  if (sales.shortfall <= 0) return `On or ahead of the straight-line pace (${expected}).`;
  return `${format.percent(sales.shortfall)} behind the straight-line pace (${expected})${sales.critical ? ", which is critical" : ""}.`;
}

const ticketSalesAnswer: ToolAnswer<typeof monitorTicketSales> = async (context, { eventId }, sales) => {
  const { format } = context;
  const event = await requireEvent(context, eventId);
  const sold = `${format.number(sales.sold)} of ${format.number(sales.target)} tickets (${format.percent(sales.sold / Math.max(sales.target, 1))})`;
  const sentences = [`${event.name}: ${sold}, ${daysOut(format, sales.daysToEvent)}.`];
  if (sales.daysToEvent > 0) sentences.push(projectionSentence(format, sales));
  if (sales.daysToEvent >= 0) sentences.push(paceSentence(format, sales));
  const series = fewerPoints(await salesSeries(context.db, event, context.now));
  return {
    summary: sentences.join(" "),
    link: eventSection(event, "sales"),
    chart: series.length > 0 ? { kind: "ticket_sales", target: sales.target, series } : undefined,
  };
};

type BudgetOutput = Awaited<ReturnType<typeof trackBudget.run>>;

function budgetSentence(format: Formatter, name: string, budget: BudgetOutput) {
  const money = (cents: number) => format.money(cents, budget.currency);
  if (budget.budgetCents === 0) return `${name} has no budget set; ${money(budget.spentCents)} spent so far.`;
  const rest =
    budget.spentCents > budget.budgetCents
      ? `${money(budget.spentCents - budget.budgetCents)} over budget`
      : `${money(budget.budgetCents - budget.spentCents)} left`;
  return `${name}: ${money(budget.spentCents)} of ${money(budget.budgetCents)} spent (${format.percent(budget.spentShare)}), ${rest}, ${daysOut(format, budget.daysToEvent)}.`;
}

/** The policy's budget findings (lib/agents/operations/rules.ts), as the status report words them. */
function budgetAlerts(budget: BudgetOutput) {
  return [
    budget.overrunCritical && "Over budget by more than 10%, which is critical.",
    budget.burnCritical && "Over 90% spent with more than 30 days to go, which is critical.",
  ].filter((alert) => typeof alert === "string");
}

const budgetAnswer: ToolAnswer<typeof trackBudget> = async (context, { eventId, spentAtLeast }, budget) => {
  const { format } = context;
  const event = await requireEvent(context, eventId);
  const money = (cents: number) => format.money(cents, budget.currency);
  const head = [budgetSentence(format, event.name, budget), ...budgetAlerts(budget)].join(" ");
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
        ? withList(format, `${head}${title}`, listed.map(line))
        : `${head}${threshold === undefined ? "" : title}`,
    link: eventSection(event, "budget"),
    chart:
      burn.length > 0
        ? { kind: "budget", budgetCents: budget.budgetCents, currency: budget.currency, burn: fewerPoints(burn) }
        : undefined,
  };
};

const vendorsAnswer: ToolAnswer<typeof checkVendorConfirmations> = async (context, { eventId }, vendors) => {
  const { format } = context;
  const event = await requireEvent(context, eventId);
  const link = eventSection(event, "operations");
  const { pending, cancelled, confirmed } = vendors;
  const total = pending.length + cancelled.length + confirmed;
  if (total === 0) return { summary: `${event.name} has no vendors on record.`, link };
  const confirmedOf = `${event.name}: ${format.number(confirmed)} of ${count(format, total, "vendor")} confirmed`;
  if (pending.length === 0 && cancelled.length === 0) return { summary: `${confirmedOf}; none to chase.`, link };
  const cancelledPart = cancelled.length > 0 ? `, ${format.number(cancelled.length)} cancelled` : "";
  const lines = [
    ...cancelled.map(
      (vendor) =>
        `${vendor.name} cancelled ${vendor.service}${vendor.cancellationReason ? `: ${vendor.cancellationReason}` : ""}`,
    ),
    ...pending.map(
      (vendor) =>
        `${vendor.name} (${vendor.service}): ${vendor.lastFollowUpAt ? `chased ${format.relative(new Date(vendor.lastFollowUpAt), context.now)}` : "not chased yet"}`,
    ),
  ];
  return {
    summary: withList(
      format,
      `${confirmedOf}, ${format.number(pending.length)} still to confirm${cancelledPart}:`,
      lines,
    ),
    link,
  };
};

const statusReportAnswer: ToolAnswer<typeof generateStatusReport> = async (context, { eventId }, output) => {
  const { format } = context;
  const report = await context.db.statusReport.findFirstOrThrow({ where: { id: output.reportId, eventId } });
  const { eventName, metrics, alerts } = report.content as StatusReportContent;
  const figures = [
    `${metrics.ticketsSold} tickets sold (about ${metrics.projectedAtEventDay} by the day)`,
    `${metrics.budgetSpent} spent`,
    `${metrics.deliverablesOverdue} of ${metrics.deliverablesOpen} open deliverables overdue`,
    `${count(format, metrics.vendorsToConfirm, "vendor")} to confirm`,
    daysOut(format, metrics.daysToEvent),
  ].join(", ");
  const head = `Status report for ${eventName}, emailed to the organizers: ${figures}.`;
  return {
    summary:
      alerts.length > 0
        ? withList(format, `${head} ${count(format, alerts.length, "alert")}:`, alerts)
        : `${head} No alerts.`,
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
