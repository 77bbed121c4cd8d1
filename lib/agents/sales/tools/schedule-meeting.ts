import { randomBytes } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { requireEvent } from "../../event";
import { BOOKING_DAYS, callHost, SLOT_MINUTES } from "../booking";
import { waitingReplyEscalation } from "../reply-holds";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  dealId: z.uuid({ error: "Pick a deal (a deal id)." }),
  hostEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "The host is an email address." }))
    .optional(),
});

type Args = z.infer<typeof input>;

async function load(deps: ToolDeps, args: Args) {
  const event = await requireEvent(deps, args.eventId);
  const deal = await deps.db.sponsorDeal.findFirst({
    where: { id: args.dealId, organizationId: deps.organizationId, eventId: event.id },
    include: { company: true, contact: true },
  });
  if (!deal) throw new AppError("not_found", `That deal is not in the pipeline of ${event.name}.`);
  const { company, contact } = deal;
  if (!contact) {
    throw new AppError("conflict", `The deal with ${company.name} has no contact. Add one before offering a call.`);
  }
  if (contact.unsubscribedAt || contact.suppressedAt) {
    const why = contact.unsubscribedAt ? "unsubscribed" : "cannot receive email (the address bounced or complained)";
    throw new AppError("conflict", `${contact.name} of ${company.name} ${why}: no agent email goes to them.`);
  }
  return { event, deal, company, contact, hostEmail: await callHost(deps.db, deps.organizationId, args.hostEmail) };
}

/**
 * The seed's schedule_meeting ("Schedule meeting … Sends calendar invite"), with our own booking page:
 * offers the deal's contact a call and emails them the link; the invitation goes out once they book.
 * One offer per deal and invitation, whichever path asks (the reply handler, the campaign's day-3 step,
 * an approval, the chat): see `run`.
 */
export const scheduleMeeting = defineTool({
  name: "schedule_meeting",
  agent: "sales",
  description: `Schedule meeting with a sponsor prospect: emails the deal's contact a link to book a ${SLOT_MINUTES}-minute call with the host (default: the organization's owner); the calendar invite is sent when they book.`,
  input,
  kind: "write",
  risk: "low",
  activityType: "meeting_scheduled",
  async escalation(deps, args) {
    const { deal, contact } = await load(deps, args);
    return waitingReplyEscalation(deps, deal, contact.name);
  },
  async preview(deps, args) {
    const { event, company, contact, hostEmail } = await load(deps, args);
    return {
      summary: `Offer ${contact.name} of ${company.name} a call with ${hostEmail} about ${event.name}`,
      eventId: event.id,
      recipients: [contact.email],
    };
  },
  async run(deps, args) {
    const { event, deal, company, contact, hostEmail } = await load(deps, args);
    const booked = await deps.db.meeting.findFirst({
      where: { dealId: deal.id, status: "booked", startsAt: { gt: deps.now } },
      orderBy: { startsAt: "asc" },
    });
    if (booked) {
      return { meetingId: booked.id, url: null, hostEmail: booked.hostEmail, to: contact.email, sent: false };
    }
    // The open offer is the invitation: the partial unique index meetings_one_open_offer_key allows one
    // per deal, so when two paths offer at once the second insert does nothing (it waits for the first
    // to commit), and only the path that opened the offer emails it. A retried step or an approval of a
    // second inbox item finds the offer open and sends nothing.
    const opened = await deps.db.meeting.createMany({
      data: [{ dealId: deal.id, hostEmail, token: randomBytes(18).toString("base64url") }],
      skipDuplicates: true,
    });
    const meeting = await deps.db.meeting.findFirstOrThrow({ where: { dealId: deal.id, status: "offered" } });
    const url = `${env.APP_URL}/book/${meeting.token}`;
    const result = { meetingId: meeting.id, url, hostEmail: meeting.hostEmail, to: contact.email };
    if (opened.count === 0) return { ...result, sent: false };
    await deps.queueEmail(
      {
        eventId: event.id,
        dealId: deal.id,
        to: [contact.email],
        subject: `A call about sponsoring ${event.name}?`,
        text: `Hello ${contact.name},\n\nThank you for your interest in ${event.name}. A ${SLOT_MINUTES}-minute call is the easiest way to see whether a sponsorship fits ${company.name}'s goals and to answer your questions.\n\nPick a time that suits you over the next ${BOOKING_DAYS} working days: ${url}\n\nThe calendar invitation follows as soon as you book.\n\nKind regards,\nThe ${event.name} team`,
      },
      `meeting-offer:${meeting.id}`,
    );
    return { ...result, sent: true };
  },
});
