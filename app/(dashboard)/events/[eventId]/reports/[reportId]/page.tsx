import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { StatusReportContent as ReportContent } from "@/lib/agents/operations/tools/generate-status-report";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Status report" };

const METRIC_LABELS: Record<keyof ReportContent["metrics"], string> = {
  ticketsSold: "Tickets sold",
  projectedAtEventDay: "Projected at event day",
  salesPerDay: "Sales per day",
  budgetSpent: "Budget spent",
  deliverablesOpen: "Open deliverables",
  deliverablesOverdue: "Overdue deliverables",
  vendorsToConfirm: "Vendors to confirm",
  daysToEvent: "Days to the event",
};

export default async function StatusReportPage({ params }: { params: Promise<{ eventId: string; reportId: string }> }) {
  const context = await requirePageContext();
  const format = await getFormatter();
  const { eventId, reportId } = await params;
  const ids = z.object({ eventId: z.uuid(), reportId: z.uuid() }).safeParse({ eventId, reportId });
  const report = ids.success
    ? await db.statusReport.findFirst({
        where: { id: reportId, eventId, event: { organizationId: context.organization.id } },
        include: { event: true },
      })
    : null;
  if (!report) notFound();
  const content = report.content as ReportContent;
  return (
    <>
      <PageHeader
        title={`Status report: ${content.eventName}`}
        description={`${format.date(report.periodStart, report.event.timezone)} – ${format.date(report.periodEnd, report.event.timezone)}`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Key metrics">
          <dl className="space-y-2 text-sm">
            {Object.entries(METRIC_LABELS).map(([key, label]) => (
              <div key={key} className="flex justify-between gap-3">
                <dt className="text-slate-500">{label}</dt>
                <dd className="font-medium tabular-nums">
                  {String(content.metrics[key as keyof ReportContent["metrics"]])}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={`Alerts (${content.alerts.length})`}>
          {content.alerts.length === 0 ? (
            <p className="text-sm text-slate-600">No alerts this week.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {content.alerts.map((alert) => (
                <li key={alert}>{alert}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
