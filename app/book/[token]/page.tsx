import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BookingSlots } from "@/components/sponsors/booking-slots";
import { bookableSlots, bookingLocale, findBooking, SLOT_MINUTES, WITHDRAWN } from "@/lib/agents/sales/booking";
import { db } from "@/lib/db/client";
import { bindFormatter } from "@/lib/format";
import { bookSlotAction } from "./actions";
import { bookingDays } from "./days";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Book a call", robots: { index: false, follow: false } };

function Notice({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800">{children}</p>;
}

/** The public booking page of an offered call: the prospect picks a free slot of the host. */
export default async function BookingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const meeting = await findBooking(db, token);
  if (!meeting) notFound();
  const { event, company } = meeting.deal;
  // The visitor is not signed in: the organization's locale, on the event's clock (named above the times).
  const format = bindFormatter({ locale: bookingLocale(meeting), timeZone: event.timezone });
  const bookable = meeting.status === "offered" ? await bookableSlots(db, meeting) : { slots: [], refused: null };
  const days = bookingDays(bookable.slots, format, event.timezone);
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-medium text-brand-600">{event.name}</p>
        <h1 className="mt-1 text-2xl font-semibold">Book a {SLOT_MINUTES}-minute call</h1>
        <p className="mt-2 text-sm text-slate-600">
          About sponsoring {event.name}, for {company.name}. Times are in {event.timezone.replaceAll("_", " ")} time.
        </p>
        <div className="mt-6">
          {meeting.status === "booked" && meeting.startsAt ? (
            <Notice>
              Your call is booked for <strong>{format.slot(meeting.startsAt)}</strong>. The calendar invitation is in
              your inbox.
            </Notice>
          ) : meeting.status !== "offered" ? (
            <Notice>{WITHDRAWN}</Notice>
          ) : bookable.refused ? (
            <Notice>{bookable.refused}</Notice>
          ) : days.length === 0 ? (
            <Notice>No times are free in the next two weeks. Reply to the organizer&apos;s email to find one.</Notice>
          ) : (
            <BookingSlots action={bookSlotAction.bind(null, token)} days={days} />
          )}
        </div>
      </div>
    </main>
  );
}
