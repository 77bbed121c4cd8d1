"use client";

import { useParams, useRouter } from "next/navigation";

export function EventSwitcher({ events }: { events: { id: string; name: string }[] }) {
  const router = useRouter();
  const params = useParams<{ eventId?: string }>();
  if (events.length === 0) return null;
  return (
    <div>
      <label htmlFor="event-switcher" className="block text-xs font-medium text-slate-500">
        Event
      </label>
      <select
        id="event-switcher"
        value={params.eventId ?? ""}
        onChange={(change) => router.push(change.target.value ? `/events/${change.target.value}` : "/events")}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">All events</option>
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.name}
          </option>
        ))}
      </select>
    </div>
  );
}
