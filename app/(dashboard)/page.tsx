import { CalendarPlus } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { EventCard } from "@/components/events/event-card";
import { Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { type OrgContext, requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { listEventSummaries } from "@/lib/events/queries";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const context = await requirePageContext();
  return (
    <>
      <PageHeader
        title={`Good to see you, ${context.user.name.split(" ")[0]}`}
        description={`${context.organization.name}: what needs attention across your events.`}
      />
      <Suspense fallback={<PageSkeleton />}>
        <Overview context={context} />
      </Suspense>
    </>
  );
}

async function Overview({ context }: { context: OrgContext }) {
  const format = await getFormatter();
  const [events, pendingApprovals, activitiesThisWeek] = await Promise.all([
    listEventSummaries(db, context.organization.id),
    db.approval.count({ where: { organizationId: context.organization.id, status: "pending" } }),
    db.agentActivity.count({
      where: { organizationId: context.organization.id, createdAt: { gte: new Date(Date.now() - 7 * 86_400_000) } },
    }),
  ]);
  const upcoming = events.filter((event) => event.pace.status !== "finished");
  const atRisk = upcoming.filter((event) => event.pace.status === "behind" || event.pace.status === "far_behind");
  return (
    <>
      <div className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Upcoming events" value={upcoming.length} />
        <Stat
          label="Tickets sold (upcoming)"
          value={format.number(upcoming.reduce((sum, event) => sum + event.ticketsSold, 0))}
        />
        <Stat
          label="Behind sales pace"
          value={atRisk.length}
          hint={atRisk.length > 0 ? atRisk.map((event) => event.name).join(", ") : "All on pace"}
          tone={atRisk.length > 0 ? "bad" : "good"}
        />
        <Stat
          label="Waiting for approval"
          value={pendingApprovals}
          hint={`${activitiesThisWeek} agent actions in the last 7 days`}
        />
      </div>
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Events</h2>
      {events.length === 0 ? (
        <EmptyState icon={CalendarPlus} title="No events yet">
          Events you create for {context.organization.name} appear here with their ticket sales against target.
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3">
          {events.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </div>
      )}
    </>
  );
}
