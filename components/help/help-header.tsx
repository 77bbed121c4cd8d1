import type { HelpEvent } from "@/app/help/help-event";
import type { Formatter } from "@/lib/format";

/** The event a help page is for: its name, its dates on its own clock, and where it is. */
export function HelpHeader({ event, format }: { event: HelpEvent; format: Formatter }) {
  const first = format.date(event.startsAt, event.timezone);
  const last = format.date(event.endsAt, event.timezone);
  return (
    <header className="mb-6">
      <p className="text-sm font-medium text-brand-600">Help for attendees · {event.organization.name}</p>
      <h1 className="mt-1 text-2xl font-semibold">{event.name}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {first === last ? first : `${first} – ${last}`} · {event.venue}, {event.city}
      </p>
    </header>
  );
}
