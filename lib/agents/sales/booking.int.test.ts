import { describe, expect, it } from "vitest";
import { runTool } from "@/lib/agents/core/gate";
import { formatSlot } from "@/lib/format";
import { createMember } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { salesOrganization } from "@/tests/sales-fixture";
import { bookableSlots, bookMeeting, findBooking, freeSlots, HOST_NOT_A_MEMBER } from "./booking";
import { scheduleMeeting } from "./tools/schedule-meeting";

/** Booking links are scoped to the deal's organization, and only a member of it hosts a call. */
const db = testDb();

async function withDeal(name: string) {
  const fixture = await salesOrganization(db, name, { event: { timezone: "Europe/Lisbon" } });
  const { org, event } = fixture;
  const company = await db.sponsorCompany.create({
    data: {
      organizationId: org.id,
      name: `${name} Co`,
      domain: `${org.slug}.example`,
      industry: "Developer Tools",
      currency: "EUR",
    },
  });
  const contact = await db.sponsorContact.create({
    data: {
      organizationId: org.id,
      companyId: company.id,
      name: `${name} Lead`,
      email: `lead@${org.slug}.example`,
      title: "VP Marketing",
      seniority: "vp",
    },
  });
  const deal = await db.sponsorDeal.create({
    data: { organizationId: org.id, eventId: event.id, companyId: company.id, contactId: contact.id, stage: "engaged" },
  });
  return { ...fixture, deal };
}

async function offer(fixture: Awaited<ReturnType<typeof withDeal>>, hostEmail?: string) {
  const outcome = await runTool(db, fixture.caller, scheduleMeeting, {
    eventId: fixture.event.id,
    dealId: fixture.deal.id,
    hostEmail,
  });
  if (outcome.status !== "executed") throw new Error(outcome.status);
  const { token } = await db.meeting.findUniqueOrThrow({ where: { id: outcome.output.meetingId } });
  const meeting = await findBooking(db, token);
  if (!meeting) throw new Error("no meeting");
  return meeting;
}

describe("booking slots per organization", () => {
  it("a call booked in another organization does not show the shared host as busy here", async () => {
    const here = await withDeal("Booking Here");
    const there = await withDeal("Booking There");
    // One person on both teams hosts calls for both.
    await createMember(db, { organizationId: there.org.id, email: here.ownerEmail, name: "Owner", role: "admin" });
    const theirs = await offer(there, here.ownerEmail);
    const ours = await offer(here);
    expect(ours.hostEmail).toBe(theirs.hostEmail);

    const before = await bookableSlots(db, ours);
    const [slot] = before.slots;
    if (!slot) throw new Error("no free slot");
    await bookMeeting(db, theirs.token, slot.startsAt);

    const after = await bookableSlots(db, ours);
    expect(after.refused).toBeNull();
    expect(after.slots.map((free) => free.startsAt.toISOString())).toContain(slot.startsAt.toISOString());
    // Within its own organization the booked time is taken.
    const ownTeam = await freeSlots(db, {
      organizationId: there.org.id,
      hostEmail: theirs.hostEmail,
      timezone: "Europe/Lisbon",
      from: new Date(),
    });
    expect(ownTeam.map((free) => free.startsAt.toISOString())).not.toContain(slot.startsAt.toISOString());
  });

  it("schedule_meeting refuses a host who is not on the organization's team", async () => {
    const fixture = await withDeal("Booking Stranger");
    const stranger = await withDeal("Booking Elsewhere");
    await expect(
      runTool(db, fixture.caller, scheduleMeeting, {
        eventId: fixture.event.id,
        dealId: fixture.deal.id,
        hostEmail: stranger.ownerEmail,
      }),
    ).rejects.toThrow(/host must be a member of your organization/);
    expect(await db.meeting.count({ where: { dealId: fixture.deal.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { dealId: fixture.deal.id } })).toBe(0);
  });

  it("a booking link whose host left the team offers no times and cannot be booked", async () => {
    const fixture = await withDeal("Booking Leaver");
    const host = await createMember(db, {
      organizationId: fixture.org.id,
      email: `host-${fixture.org.slug}@example.com`,
      name: "Host",
      role: "member",
    });
    const meeting = await offer(fixture, host.email);
    const [slot] = (await bookableSlots(db, meeting)).slots;
    if (!slot) throw new Error("no free slot");
    await db.membership.deleteMany({ where: { organizationId: fixture.org.id, userId: host.id } });

    expect(await bookableSlots(db, meeting)).toEqual({ slots: [], refused: HOST_NOT_A_MEMBER });
    await expect(bookMeeting(db, meeting.token, slot.startsAt)).rejects.toThrow(HOST_NOT_A_MEMBER);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("offered");
  });

  it("the booked call's emails say its time in the organization's locale, on the event's clock, zone named", async () => {
    const fixture = await withDeal("Booking Porto");
    await db.organization.update({ where: { id: fixture.org.id }, data: { locale: "pt-PT" } });
    const meeting = await offer(fixture);
    const [slot] = (await bookableSlots(db, meeting)).slots;
    if (!slot) throw new Error("no free slot");
    await bookMeeting(db, meeting.token, slot.startsAt);
    const emails = await db.emailMessage.findMany({
      where: { dealId: fixture.deal.id, subject: { contains: "ooked" } },
    });
    expect(emails).toHaveLength(2);
    const when = formatSlot(slot.startsAt, "Europe/Lisbon", "pt-PT");
    expect(when).toMatch(/^[a-zç-]+-feira, \d+ de [a-zç]+(,| às) \d+:\d\d \(Europe\/Lisbon\)$/);
    for (const email of emails) expect(email.text).toContain(when);
  });
});
