import { z } from "zod";
import { defineTool } from "../../core/tool";
import { eventFormatter, requireEvent } from "../../event";
import { ANOMALY_METRICS, type AnomalyReport, type DailyValue, findAnomalies } from "../anomalies";
import { eventDailySeries, METRIC_DEFINITIONS, RECORDED_METRICS, type RecordedMetric } from "../daily-series";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  metric: z.enum(ANOMALY_METRICS, { error: `Pick a metric: ${ANOMALY_METRICS.join(", ")}.` }).optional(),
});

export type MetricAnomalies =
  | (AnomalyReport & { definition: string; series: DailyValue[] })
  | { status: "not_recorded"; metric: "page_views"; message: string };

const isRecorded = (metric: string): metric is RecordedMetric =>
  (RECORDED_METRICS as readonly string[]).includes(metric);

/**
 * The unusual days of an event's daily sales, refunds and cancellations (or one of them), on the event's
 * calendar, found by findAnomalies (weekday pattern and trend taken out, robust scores); each anomaly says
 * why it was flagged, and each metric comes with its series so a page can mark the days on a chart.
 */
export const identifyAnomalies = defineTool({
  name: "identify_anomalies",
  agent: "analytics",
  description:
    "Find unusual days in an event's daily ticket sales, refunds and cancellations (weekday pattern and trend taken out), each with its size and why it was flagged.",
  input,
  kind: "read",
  activityType: "anomalies_identified",
  async run(deps, { eventId, metric }) {
    const event = await requireEvent(deps, eventId);
    const [daily, format] = await Promise.all([eventDailySeries(deps, event), eventFormatter(deps, event)]);
    const metrics = metric ? [metric] : RECORDED_METRICS;
    const reports: MetricAnomalies[] = metrics.map((name) => {
      if (!isRecorded(name)) {
        return {
          status: "not_recorded",
          metric: "page_views",
          message: "Page views are not recorded for events yet, so there is nothing to check.",
        };
      }
      const series = daily.series[name];
      return {
        ...findAnomalies(name, series, { locale: format.locale }),
        definition: METRIC_DEFINITIONS[name],
        series,
      };
    });
    const anomalies = reports
      .flatMap((report) => (report.status === "ok" ? report.anomalies : []))
      .sort((a, b) => a.date.localeCompare(b.date));
    return { eventId, timeZone: event.timezone, from: daily.from, to: daily.to, anomalies, metrics: reports };
  },
});
