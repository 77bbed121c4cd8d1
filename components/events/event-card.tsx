import { MapPin } from "lucide-react";
import Link from "next/link";
import type { EventSummary } from "@/lib/events/queries";
import { getFormatter } from "@/lib/format-context";
import { PaceBadge } from "./pace-badge";

export async function EventCard({ event }: { event: EventSummary }) {
  const format = await getFormatter();
  const progress = Math.min(event.pace.progress, 1);
  const when =
    event.pace.status === "finished"
      ? `Ended ${format.date(event.endsAt, event.timezone)}`
      : `${format.date(event.startsAt, event.timezone)} · in ${event.pace.daysToEvent} days`;
  return (
    <Link
      href={`/events/${event.id}`}
      className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold">{event.name}</h3>
          <p className="mt-0.5 text-sm text-slate-600">{when}</p>
          <p className="mt-0.5 flex items-center gap-1 text-xs text-slate-500">
            <MapPin aria-hidden className="h-3 w-3" /> {event.venue}, {event.city}
          </p>
        </div>
        <PaceBadge pace={event.pace} />
      </div>
      <div className="mt-4">
        <div className="flex justify-between text-sm">
          <span>
            <strong className="tabular-nums">{format.number(event.ticketsSold)}</strong> of{" "}
            {format.number(event.ticketSalesTarget)} tickets
          </span>
          <span className="tabular-nums text-slate-600">{format.percent(event.pace.progress)}</span>
        </div>
        <div
          className="mt-1.5 h-2 rounded-full bg-slate-100"
          role="progressbar"
          aria-label={`${event.name} tickets sold against target`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <div className="h-2 rounded-full bg-brand-500" style={{ width: `${progress * 100}%` }} />
        </div>
        <p className="mt-2 text-xs text-slate-600">Ticket revenue {format.money(event.revenueCents, event.currency)}</p>
        <p className="mt-0.5 text-xs text-slate-600">
          Spent {format.money(event.spentCents, event.currency)} of {format.money(event.budgetCents, event.currency)}{" "}
          budget{event.budgetCents > 0 ? ` (${format.percent(event.spentCents / event.budgetCents)})` : ""}
        </p>
      </div>
    </Link>
  );
}
