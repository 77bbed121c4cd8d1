import { createEvent } from "ics";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { DealStage } from "@/lib/db/generated/enums";
import { deliverQueued, queueEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatSlot } from "@/lib/format";
import { toLocale } from "@/lib/locales";

/**
 * Our own booking page instead of Calendly: a prospect picks a 30-minute slot on a weekday, 09:00-17:00
 * in the event's time zone, over the next working days, where the host has no other booked meeting.
 */
export const SLOT_MINUTES = 30;
export const BOOKING_DAYS = 10;
const DAY_START_MINUTE = 9 * 60;
const DAY_END_MINUTE = 17 * 60;
const MINUTE = 60_000;

/** Booking a call moves these deals to negotiating; deals further along keep their stage. */
const BEFORE_NEGOTIATING: DealStage[] = ["prospect", "contacted", "engaged", "proposal_sent"];

export const WITHDRAWN = "This invitation was withdrawn. Reply to the organizer's email for a new one.";

export type Slot = { startsAt: Date; endsAt: Date };

/** What the clocks in `timeZone` show at `instant`, as milliseconds of a UTC date with the same fields. */
function wallClock(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"));
}

/** The instant at which the clocks in `timeZone` show `wall` (read as UTC fields). */
function fromWallClock(wall: number, timeZone: string) {
  const offsetAt = (instant: number) => wallClock(instant, timeZone) - instant;
  // The offset at the first guess can be the other side of a daylight-saving change: ask again there.
  return new Date(wall - offsetAt(wall - offsetAt(wall)));
}

/** The bookable slots of `days` weekdays after the day of `from` in `timezone`, busy or not. */
export function workingSlots({ timezone, from, days }: { timezone: string; from: Date; days: number }): Slot[] {
  const today = new Date(wallClock(from.getTime(), timezone));
  const slots: Slot[] = [];
  for (let offset = 1, found = 0; found < days; offset++) {
    const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset);
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    found++;
    for (let minute = DAY_START_MINUTE; minute < DAY_END_MINUTE; minute += SLOT_MINUTES) {
      const startsAt = fromWallClock(day + minute * MINUTE, timezone);
      slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * MINUTE) });
    }
  }
  return slots;
}

/** The slots that overlap none of the busy times. */
export function withoutOverlaps(slots: Slot[], busy: Slot[]) {
  return slots.filter((slot) => !busy.some((taken) => taken.startsAt < slot.endsAt && slot.startsAt < taken.endsAt));
}

export const HOST_NOT_A_MEMBER =
  "The host of this call is no longer on the organizer's team. Reply to the organizer's email for a new invitation.";

/**
 * The host of a call in `organizationId`: the named email only if it belongs to a member of that
 * organization (a stranger's calendar is never offered), else the organization's first owner.
 */
export async function callHost(db: DbOrTx, organizationId: string, hostEmail?: string) {
  const membership = await db.membership.findFirst({
    where: {
      organizationId,
      ...(hostEmail
        ? { user: { email: { equals: hostEmail.trim(), mode: "insensitive" as const } } }
        : { role: "owner" }),
    },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  if (membership) return membership.user.email;
  if (hostEmail) {
    throw new AppError("validation", "The host must be a member of your organization.", {
      hostEmail: [`${hostEmail} is not a member of this organization. Name someone on your team as the host.`],
    });
  }
  throw new AppError("conflict", "This organization has no owner to host the call. Name a host email.");
}

async function isMember(db: DbOrTx, organizationId: string, email: string) {
  return (
    (await db.membership.count({
      where: { organizationId, user: { email: { equals: email, mode: "insensitive" } } },
    })) > 0
  );
}

/**
 * The host's free slots in one organization: working slots minus the meetings the host has booked
 * there. Another organization's meetings are neither read nor revealed, even for the same address.
 */
export async function freeSlots(
  db: DbOrTx,
  {
    organizationId,
    hostEmail,
    timezone,
    from,
    days = BOOKING_DAYS,
  }: { organizationId: string; hostEmail: string; timezone: string; from: Date; days?: number },
) {
  const slots = workingSlots({ timezone, from, days });
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return [];
  const booked = await db.meeting.findMany({
    where: {
      hostEmail,
      deal: { organizationId },
      status: "booked",
      startsAt: { lt: last.endsAt },
      endsAt: { gt: first.startsAt },
    },
    select: { startsAt: true, endsAt: true },
  });
  return withoutOverlaps(
    slots,
    booked.filter((meeting): meeting is Slot => meeting.startsAt !== null && meeting.endsAt !== null),
  );
}

/**
 * The meeting behind a booking link, with its deal, event, company and contact, and the organization's
 * locale (the page and the emails write times in it); null for an unknown token.
 */
export function findBooking(db: DbOrTx, token: string) {
  return db.meeting.findUnique({
    where: { token },
    include: {
      deal: {
        include: {
          event: true,
          company: true,
          contact: true,
          organization: { select: { locale: true } },
        },
      },
    },
  });
}

/** The locale a booking's page and emails are written in: its organization's. */
export function bookingLocale(meeting: Pick<Booking, "deal">) {
  return toLocale(meeting.deal.organization.locale);
}

/**
 * What the public booking page offers for an offered meeting: its host's free slots in the deal's
 * organization, or why none can be booked (the host has left the team).
 */
export async function bookableSlots(
  db: DbOrTx,
  meeting: NonNullable<Awaited<ReturnType<typeof findBooking>>>,
  now = new Date(),
) {
  const { organizationId, event } = meeting.deal;
  if (!(await isMember(db, organizationId, meeting.hostEmail))) return { slots: [], refused: HOST_NOT_A_MEMBER };
  const slots = await freeSlots(db, {
    organizationId,
    hostEmail: meeting.hostEmail,
    timezone: event.timezone,
    from: now,
  });
  return { slots, refused: null };
}

type Booking = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

function alreadyBooked(meeting: Booking) {
  const { startsAt } = meeting;
  return startsAt
    ? `This call is already booked for ${formatSlot(startsAt, meeting.deal.event.timezone, bookingLocale(meeting))}.`
    : "This call is already booked.";
}

/** The calendar invitation (iCalendar REQUEST) for a booked meeting: the host organizes, the contact attends. */
export function invitation(
  meeting: Pick<Booking, "id" | "hostEmail"> & { startsAt: Date; endsAt: Date },
  details: { title: string; description: string; eventName: string; contact: { name: string; email: string } },
) {
  const { error, value } = createEvent({
    uid: meeting.id,
    method: "REQUEST",
    productId: "EventOS",
    start: meeting.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: meeting.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: details.title,
    description: details.description,
    status: "CONFIRMED",
    organizer: { name: `${details.eventName} team`, email: meeting.hostEmail },
    attendees: [{ name: details.contact.name, email: details.contact.email, rsvp: true, role: "REQ-PARTICIPANT" }],
  });
  if (!value) throw error ?? new Error("The calendar invitation could not be written.");
  return value;
}

/**
 * Books an offered meeting at a free slot: re-checks the slot inside a transaction that holds the host's
 * lock, marks the meeting booked, moves the deal to negotiating and emails the prospect and the host an
 * invitation each, delivered after the commit.
 */
export async function bookMeeting(db: Db, token: string, startsAt: Date, now = new Date()) {
  const { booked, emails } = await db.$transaction(async (tx) => {
    const meeting = await findBooking(tx, token);
    if (!meeting) throw new AppError("not_found", "This booking link does not exist.");
    if (meeting.status === "booked") throw new AppError("conflict", alreadyBooked(meeting));
    if (meeting.status !== "offered") {
      throw new AppError("conflict", WITHDRAWN);
    }
    const { deal } = meeting;
    const { event, company, contact } = deal;
    if (!contact) throw new AppError("conflict", WITHDRAWN);
    if (!(await isMember(tx, deal.organizationId, meeting.hostEmail)))
      throw new AppError("conflict", HOST_NOT_A_MEMBER);
    // One booking at a time per host and organization: two prospects cannot take the same slot.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${deal.organizationId}:${meeting.hostEmail}`}))`;
    const free = await freeSlots(tx, {
      organizationId: deal.organizationId,
      hostEmail: meeting.hostEmail,
      timezone: event.timezone,
      from: now,
    });
    const slot = free.find((candidate) => candidate.startsAt.getTime() === startsAt.getTime());
    if (!slot) throw new AppError("conflict", "That time is no longer free. Please pick another one.");
    const claimed = await tx.meeting.updateMany({
      where: { id: meeting.id, status: "offered" },
      data: { status: "booked", ...slot, bookedAt: now },
    });
    if (claimed.count === 0) throw new AppError("conflict", "This call was booked a moment ago, in another window.");
    await tx.sponsorDeal.updateMany({
      where: { id: deal.id, stage: { in: BEFORE_NEGOTIATING } },
      data: { stage: "negotiating" },
    });

    const when = formatSlot(slot.startsAt, event.timezone, bookingLocale(meeting));
    const title = `${company.name} × ${event.name}: sponsorship call`;
    const ics = invitation(
      { ...meeting, ...slot },
      {
        title,
        description: `A ${SLOT_MINUTES}-minute call about sponsoring ${event.name}, booked at ${env.APP_URL}/book/${token}.`,
        eventName: event.name,
        contact,
      },
    );
    const attachments = [
      { filename: "invitation.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8", content: ics },
    ];
    const send = (to: string, role: "prospect" | "host", subject: string, text: string) =>
      queueEmail(tx, {
        organizationId: deal.organizationId,
        eventId: event.id,
        dealId: deal.id,
        idempotencyKey: `meeting-booked:${meeting.id}:${role}`,
        to: [to],
        subject,
        text,
        attachments,
      });
    const emails = [
      await send(
        contact.email,
        "prospect",
        `Booked: ${title}, ${when}`,
        `Hello ${contact.name},\n\nYour ${SLOT_MINUTES}-minute call about sponsoring ${event.name} is booked for ${when}. The calendar invitation is attached.\n\nTo change the time, reply to this email.\n\nThe ${event.name} team`,
      ),
      await send(
        meeting.hostEmail,
        "host",
        `${contact.name} (${company.name}) booked a call: ${when}`,
        `${contact.name} (${contact.title}, ${company.name}) booked a ${SLOT_MINUTES}-minute call about sponsoring ${event.name} for ${when}. The calendar invitation is attached.`,
      ),
    ];
    return { booked: { meetingId: meeting.id, ...slot }, emails };
  });
  await deliverQueued(db, emails);
  return booked;
}
