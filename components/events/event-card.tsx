import { MapPin } from "lucide-react";
import Link from "next/link";
import type { EventSummary } from "@/lib/events/queries";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { PaceBadge } from "./pace-badge";

export function EventCard({ event }: { event: EventSummary }) {
  const progress = Math.min(event.pace.progress, 1);
  const when =
    event.pace.status === "finished"
      ? `Ended ${formatDate(event.endsAt, event.timezone)}`
      : `${formatDate(event.startsAt, event.timezone)} · in ${event.pace.daysToEvent} days`;
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
            <strong className="tabular-nums">{formatNumber(event.ticketsSold)}</strong> of{" "}
            {formatNumber(event.ticketSalesTarget)} tickets
          </span>
          <span className="tabular-nums text-slate-600">{formatPercent(event.pace.progress)}</span>
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
        <p className="mt-2 text-xs text-slate-600">Ticket revenue {formatMoney(event.revenueCents, event.currency)}</p>
        <p className="mt-0.5 text-xs text-slate-600">
          Spent {formatMoney(event.spentCents, event.currency)} of {formatMoney(event.budgetCents, event.currency)}{" "}
          budget{event.budgetCents > 0 ? ` (${formatPercent(event.spentCents / event.budgetCents)})` : ""}
        </p>
      </div>
    </Link>
  );
}
