/**
 * What an agent action was asked, as labelled fields a person reads: the event by name with a link, a
 * deal or company by name, a deliverable by title, amounts as money, moments in the event's time zone.
 * Ids are turned into names by looking them up in the activity's organization only; an id that is not
 * there (deleted, or never this organization's) reads "not found", never another organization's name.
 */
import { z } from "zod";
import { summarizeData } from "@/lib/data-summary";
import type { DbOrTx } from "@/lib/db/client";
import { formatMoney } from "@/lib/format";
import { toolLabel } from "./labels";

export type ActivityField = { label: string; value: string; href?: string };

type Scope = { db: DbOrTx; organizationId: string };
type Named = { value: string; href?: string } | null;

/** The ids a tool's input may carry, each with what it is called and how to find it in one organization. */
const REFERENCES: Record<string, { label: string; find: (scope: Scope, id: string) => Promise<Named> }> = {
  eventId: {
    label: "Event",
    async find({ db, organizationId }, id) {
      const event = await db.event.findFirst({ where: { id, organizationId }, select: { name: true } });
      return event && { value: event.name, href: `/events/${id}` };
    },
  },
  dealId: {
    label: "Deal",
    async find({ db, organizationId }, id) {
      const deal = await db.sponsorDeal.findFirst({
        where: { id, organizationId },
        select: { eventId: true, company: { select: { name: true } } },
      });
      return deal && { value: deal.company.name, href: `/sponsors?event=${deal.eventId}#deal-${id}` };
    },
  },
  companyId: {
    label: "Company",
    async find({ db, organizationId }, id) {
      const company = await db.sponsorCompany.findFirst({ where: { id, organizationId }, select: { name: true } });
      return company && { value: company.name };
    },
  },
  deliverableId: {
    label: "Deliverable",
    async find({ db, organizationId }, id) {
      const deliverable = await db.deliverable.findFirst({
        where: { id, event: { organizationId } },
        select: { title: true, ownerName: true },
      });
      return deliverable && { value: `${deliverable.title} (owner: ${deliverable.ownerName})` };
    },
  },
  vendorId: {
    label: "Vendor",
    async find({ db, organizationId }, id) {
      const vendor = await db.vendor.findFirst({
        where: { id, event: { organizationId } },
        select: { name: true, service: true },
      });
      return vendor && { value: `${vendor.name} (${vendor.service})` };
    },
  },
  campaignId: {
    label: "Campaign",
    async find({ db, organizationId }, id) {
      const campaign = await db.outreachCampaign.findFirst({
        where: { id, event: { organizationId } },
        select: { event: { select: { name: true } } },
      });
      return campaign && { value: `Sponsor outreach for ${campaign.event.name}`, href: `/sponsors/campaigns/${id}` };
    },
  },
  replyId: {
    label: "Reply",
    async find({ db, organizationId }, id) {
      const reply = await db.sponsorReply.findFirst({
        where: { id, deal: { organizationId } },
        select: { subject: true, fromEmail: true },
      });
      return reply && { value: `"${reply.subject}" from ${reply.fromEmail}` };
    },
  },
};

/** Keys that only tell the machine's calls apart (an email's idempotency part), not what was asked. */
const MACHINE_KEYS = new Set(["key"]);
const NOT_FOUND = "Not found in this organization (deleted?)";

async function referenceField(scope: Scope, key: string, id: unknown): Promise<ActivityField | null> {
  const reference = REFERENCES[key];
  if (!reference) return null;
  const found = z.uuid().safeParse(id).success ? await reference.find(scope, String(id)) : null;
  return { label: reference.label, value: found?.value ?? NOT_FOUND, href: found?.href };
}

/** The event the action was for: its time zone and currency say the input's moments and amounts. */
async function eventSettings({ db, organizationId }: Scope, input: Record<string, unknown>) {
  const eventId = z.uuid().safeParse(input.eventId).data;
  if (!eventId) return null;
  return db.event.findFirst({ where: { id: eventId, organizationId }, select: { timezone: true, currency: true } });
}

/** The action's input, field by field, in words. */
export async function activityFields(scope: Scope, inputData: unknown): Promise<ActivityField[]> {
  const input = z.record(z.string(), z.unknown()).safeParse(inputData).data;
  if (!input) return [];
  const event = await eventSettings(scope, input);
  const currency = typeof input.currency === "string" ? input.currency : (event?.currency ?? "USD");
  const fields = await Promise.all(
    Object.entries(input).map(async ([key, value]): Promise<ActivityField | null> => {
      if (MACHINE_KEYS.has(key) || key === "currency") return null;
      const reference = await referenceField(scope, key, value);
      if (reference) return reference;
      if (key.endsWith("Cents") && typeof value === "number") {
        return { label: toolLabel(key.replace(/Cents$/, "")), value: formatMoney(value, currency) };
      }
      const words = summarizeData(value, { timeZone: event?.timezone });
      return words === null ? null : { label: toolLabel(key), value: words };
    }),
  );
  return fields.filter((field) => field !== null);
}
