import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AgentModeForm } from "@/components/agents/agent-mode-form";
import { SalesChart } from "@/components/charts/sales-chart";
import { ScreenChatContext } from "@/components/copilot/screen-context";
import { BudgetCard } from "@/components/events/budget-card";
import { LaunchPanel } from "@/components/events/launch-panel";
import { PaceBadge } from "@/components/events/pace-badge";
import { OperationsPanel } from "@/components/operations/operations-panel";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { TableHead } from "@/components/ui/table-head";
import { MODES } from "@/lib/agents/catalog";
import { resolveMode } from "@/lib/agents/core/modes";
import { type OrgContext, requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { eventIdSchema, getEventBudget, getEventDetail } from "@/lib/events/queries";
import { getFormatter } from "@/lib/format-context";

type Props = { params: Promise<{ eventId: string }> };

/** The event of the current organization, or a 404 before anything is streamed. */
async function findEvent(eventId: string) {
  const context = await requirePageContext();
  const event = eventIdSchema.safeParse(eventId).success
    ? await db.event.findFirst({
        where: { id: eventId, organizationId: context.organization.id },
        select: { id: true, name: true },
      })
    : null;
  if (!event) notFound();
  return { context, event };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await findEvent((await params).eventId);
  return { title: event.name };
}

export default async function EventPage({ params }: Props) {
  const { context, event } = await findEvent((await params).eventId);
  return (
    <>
      <ScreenChatContext
        screen={{ page: `The event ${event.name}`, eventId: event.id }}
        suggestions={["How are ticket sales?", "What is overdue?", "How is the budget?"]}
      />
      <Suspense fallback={<PageSkeleton />}>
        <EventDetailView context={context} eventId={event.id} />
      </Suspense>
    </>
  );
}

async function EventDetailView({ context, eventId }: { context: OrgContext; eventId: string }) {
  const format = await getFormatter();
  const organizationId = context.organization.id;
  const [event, mode, organizationMode, override, reports, launchTasks] = await Promise.all([
    getEventDetail(db, organizationId, eventId),
    resolveMode(db, organizationId, "operations", eventId),
    resolveMode(db, organizationId, "operations"),
    db.agentSetting.findFirst({ where: { organizationId, agent: "operations", eventId } }),
    db.statusReport.findMany({ where: { eventId }, orderBy: { createdAt: "desc" }, take: 5 }),
    db.launchTask.findMany({ where: { eventId, event: { organizationId } } }),
  ]);
  if (!event) notFound();
  const budget = await getEventBudget(db, event);
  const { pace } = event;
  const gapHint =
    pace.gap === null
      ? "Sales have not opened"
      : pace.status === "finished"
        ? `${format.percent(pace.gap)} against target`
        : `A straight line to the target would be at ${format.number(pace.expectedByNow)} by now`;
  return (
    <>
      <PageHeader
        title={event.name}
        description={`${format.date(event.startsAt, event.timezone)} – ${format.date(event.endsAt, event.timezone)} · ${event.venue}, ${event.city} (${event.timezone})`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href={`/help/${event.slug}`}
              className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
            >
              Attendee help page
            </Link>
            <PaceBadge pace={pace} />
          </div>
        }
      />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Tickets sold"
          value={format.number(event.ticketsSold)}
          hint={`${format.percent(pace.progress)} of ${format.number(event.ticketSalesTarget)} target`}
        />
        <Stat
          label="Pace"
          value={pace.gap === null ? "–" : format.percent(pace.gap)}
          hint={gapHint}
          tone={pace.status === "far_behind" ? "bad" : pace.status === "behind" ? "warn" : "good"}
        />
        <Stat
          label={pace.status === "finished" ? "Days since event" : "Days to event"}
          value={Math.abs(pace.daysToEvent)}
          hint={`Capacity ${format.number(event.capacity)}`}
        />
        <Stat
          label="Ticket revenue"
          value={format.money(event.revenueCents, event.currency)}
          hint={`${format.number(event.ticketsSold)} tickets, net of refunds`}
        />
      </div>
      <Card id="sales" title="Sales to date against target" className="mb-6">
        <SalesChart series={event.series} target={event.ticketSalesTarget} />
      </Card>
      <BudgetCard event={event} budget={budget} />
      {pace.status !== "finished" && (
        <Card id="operations" title="Operations agent" className="mb-6">
          {can(context.role, "agents:run") ? (
            <OperationsPanel eventId={event.id} modeLabel={MODES[mode].label} />
          ) : (
            <p className="text-sm text-slate-600">Members, admins and owners can run the operations check.</p>
          )}
          {can(context.role, "agents:configure") && (
            <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-3 text-sm">
              <span className="font-medium">Operations mode for this event</span>
              <AgentModeForm
                agent="operations"
                name="Operations"
                mode={override?.mode ?? "inherit"}
                event={{ id: event.id, inheritedLabel: MODES[organizationMode].label }}
              />
            </div>
          )}
          {reports.length > 0 && (
            <div className="mt-4 border-t border-slate-100 pt-3 text-sm">
              <h3 className="font-medium">Status reports</h3>
              <ul className="mt-1 space-y-0.5">
                {reports.map((report) => (
                  <li key={report.id}>
                    <Link
                      href={`/events/${event.id}/reports/${report.id}`}
                      className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
                    >
                      Week ending {format.date(report.periodEnd, event.timezone)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}
      {pace.status !== "finished" && (
        <Card title="Event launch" className="mb-6">
          <LaunchPanel eventId={event.id} tasks={launchTasks} canRun={can(context.role, "agents:run")} />
        </Card>
      )}
      <Card title="Ticket types">
        <table className="w-full text-sm">
          <TableHead
            columns={[
              "Type",
              { label: "Price", align: "right" },
              { label: "Sold", align: "right" },
              { label: "Available", align: "right" },
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {event.ticketTypes.map((type) => (
              <tr key={type.id}>
                <td className="py-2 font-medium">{type.name}</td>
                <td className="py-2 text-right tabular-nums">{format.money(type.priceCents, event.currency)}</td>
                <td className="py-2 text-right tabular-nums">{format.number(type.sold)}</td>
                <td className="py-2 text-right tabular-nums">
                  {format.number(Math.max(type.quantity - type.sold, 0))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
