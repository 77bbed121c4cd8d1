/**
 * The Analytics agent's results in words, with the figures: the attendance forecast and its chances, the
 * unusual days, the revenue and its projection, and a metric query's rows. The chat shows them and the
 * model reads them as the tool result; the activity page reuses them.
 */
import type { ChatLink, ToolAnswer } from "@/lib/copilot/answer";
import { count, withList } from "@/lib/copilot/words";
import { requireEvent } from "../event";
import { outlook } from "./attendance";
import type { analyzeRevenue } from "./tools/analyze-revenue";
import type { identifyAnomalies } from "./tools/identify-anomalies";
import type { predictAttendance } from "./tools/predict-attendance";
import type { queryDatabase } from "./tools/query-database";

const salesLink = (eventId: string): ChatLink => ({
  href: `/events/${eventId}#sales`,
  label: "Open the event's sales",
});

const predictAnswer: ToolAnswer<typeof predictAttendance> = async (context, { eventId }, result) => {
  const { format } = context;
  const event = await requireEvent(context, eventId);
  if (result.status === "over") {
    return { summary: `${event.name}: ${result.note}`, link: salesLink(eventId) };
  }
  const n = format.number;
  const target = outlook(format, result, result.target, `the target of ${n(result.target)}`);
  const sellOut = outlook(format, result, result.capacity, `the capacity of ${n(result.capacity)}`);
  return {
    summary: [
      `${event.name} is forecast to end at ${n(result.p50)} attendees (P10 ${n(result.p10)}, P90 ${n(result.p90)}), with ${n(result.sold)} seats held ${count(format, result.horizonDays, "day")} out.`,
      `Reaching the target is ${target.statement}`,
      `Selling out is ${sellOut.statement}`,
      result.note,
    ].join(" "),
    link: salesLink(eventId),
  };
};

const anomaliesAnswer: ToolAnswer<typeof identifyAnomalies> = async (context, { eventId }, result) => {
  const event = await requireEvent(context, eventId);
  const short = result.metrics.flatMap((report) => (report.status === "ok" ? [] : [report.message]));
  if (result.anomalies.length === 0) {
    const checked = result.metrics.filter((report) => report.status === "ok").map((report) => report.metric);
    const head =
      checked.length > 0
        ? `No unusual days in ${event.name}'s ${checked.join(", ").replaceAll("_", " ")} from ${result.from} to ${result.to}.`
        : `${event.name}:`;
    return { summary: [head, ...short].join(" "), link: salesLink(eventId) };
  }
  return {
    summary: withList(
      context.format,
      `${count(context.format, result.anomalies.length, "unusual day")} in ${event.name} from ${result.from} to ${result.to}:${short.length > 0 ? ` (${short.join(" ")})` : ""}`,
      result.anomalies.map((anomaly) => `${anomaly.date}: ${anomaly.why}`),
    ),
    link: salesLink(eventId),
  };
};

const revenueAnswer: ToolAnswer<typeof analyzeRevenue> = async (context, { eventId }, result) => {
  const event = await requireEvent(context, eventId);
  const money = (cents: number) => context.format.money(cents, result.currency);
  const projection = result.projection
    ? ` Projected final revenue: ${money(result.projection.p50Cents)} (P10 ${money(result.projection.p10Cents)}, P90 ${money(result.projection.p90Cents)}).`
    : ` ${result.projectionNote}`;
  return {
    summary: withList(
      context.format,
      `${event.name}: ${money(result.netCents)} net revenue from ${count(context.format, result.seatsHeld, "seat")} held (${money(result.grossCents)} sold, ${money(result.refundsCents)} refunded).${projection} By ticket type:`,
      result.byTicketType.map(
        (type) => `${type.ticketType}: ${money(type.netCents)} net, ${count(context.format, type.seatsHeld, "seat")}`,
      ),
    ),
    link: salesLink(eventId),
  };
};

const queryAnswer: ToolAnswer<typeof queryDatabase> = async (context, _input, result) => {
  const cell = (value: string | number | null) =>
    typeof value === "number" ? context.format.number(value) : (value ?? "none");
  const lines = result.rows.map((row) =>
    result.columns.map((column) => `${column}: ${cell(row[column] ?? null)}`).join(", "),
  );
  if (lines.length === 0) return { summary: "No rows: nothing matches that question." };
  return {
    summary: withList(
      context.format,
      `${count(context.format, result.rows.length, "row")}${result.truncated ? " (more were left out)" : ""}:`,
      lines,
    ),
  };
};

/** Tool name → its answer. */
export const ANALYTICS_ANSWERS = {
  predict_attendance: predictAnswer,
  identify_anomalies: anomaliesAnswer,
  analyze_revenue: revenueAnswer,
  query_database: queryAnswer,
};
