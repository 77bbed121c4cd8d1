"use client";

import { useActionState } from "react";
import type { BookingState } from "@/app/book/[token]/actions";

export type BookingDay = { label: string; slots: { value: string; label: string }[] };

/** The free times by day, each a submit button: one press (or Enter on a focused time) books it. */
export function BookingSlots({
  action,
  days,
}: {
  action: (previous: BookingState, form: FormData) => Promise<BookingState>;
  days: BookingDay[];
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-5">
      <p role="status" className={`text-sm font-medium empty:hidden ${pending ? "text-slate-600" : "text-rose-700"}`}>
        {pending ? "Booking…" : state.error}
      </p>
      {days.map((day) => (
        <fieldset key={day.label}>
          <legend className="mb-2 text-sm font-semibold text-slate-700">{day.label}</legend>
          <div className="flex flex-wrap gap-2">
            {day.slots.map((slot) => (
              <button
                key={slot.value}
                type="submit"
                name="startsAt"
                value={slot.value}
                disabled={pending}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm tabular-nums hover:border-brand-500 hover:bg-brand-50 disabled:opacity-60"
              >
                {slot.label}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
    </form>
  );
}
