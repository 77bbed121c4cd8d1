import { CalendarPlus } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { EventCard } from "@/components/events/event-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { type OrgContext, requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { listEventSummaries } from "@/lib/events/queries";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const context = await requirePageContext();
  return (
    <>
      <PageHeader title="Events" description="Ticket sales against target for every event." />
      <Suspense fallback={<PageSkeleton />}>
        <EventList context={context} />
      </Suspense>
    </>
  );
}

async function EventList({ context }: { context: OrgContext }) {
  const events = await listEventSummaries(db, context.organization.id);
  const upcoming = events.filter((event) => event.pace.status !== "finished");
  const past = events.filter((event) => event.pace.status === "finished");
  return events.length === 0 ? (
    <EmptyState icon={CalendarPlus} title="No events yet">
      Events of {context.organization.name} appear here.
    </EmptyState>
  ) : (
    <div className="space-y-8">
      {[
        { title: "Upcoming", list: upcoming },
        { title: "Past", list: past },
      ]
        .filter((group) => group.list.length > 0)
        .map((group) => (
          <section key={group.title} aria-labelledby={`events-${group.title}`}>
            <h2
              id={`events-${group.title}`}
              className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500"
            >
              {group.title}
            </h2>
            <div className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3">
              {group.list.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </div>
          </section>
        ))}
    </div>
  );
}
