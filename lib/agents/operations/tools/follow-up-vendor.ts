import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter, requireEvent } from "../../event";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  vendorId: z.uuid({ error: "Pick a vendor (a vendor id)." }),
});

async function load(deps: ToolDeps, { eventId, vendorId }: z.infer<typeof input>) {
  const event = await requireEvent(deps, eventId);
  const vendor = await deps.db.vendor.findFirst({ where: { id: vendorId, eventId } });
  if (!vendor) throw new AppError("not_found", "That vendor does not work on this event.");
  return { event, vendor };
}

export const followUpVendor = defineTool({
  name: "follow_up_vendor",
  agent: "operations",
  description: "Email a vendor whose booking is not confirmed yet and ask them to confirm.",
  input,
  kind: "write",
  risk: "low",
  activityType: "vendor_follow_up",
  async preview(deps, args) {
    const { event, vendor } = await load(deps, args);
    return {
      summary: `Ask ${vendor.name} to confirm ${vendor.service}`,
      eventId: event.id,
      recipients: [vendor.contactEmail],
    };
  },
  async run(deps, args) {
    const { event, vendor } = await load(deps, args);
    const format = await eventFormatter(deps, event);
    const emailId = await deps.queueEmail(
      {
        eventId: event.id,
        to: [vendor.contactEmail],
        subject: `Please confirm ${vendor.service} for ${event.name}`,
        text: [
          `Hi ${vendor.contactName.split(" ")[0]},`,
          "",
          `We have ${vendor.name} down for ${vendor.service} at ${event.name} (${format.date(event.startsAt, event.timezone)}, ${event.venue}).`,
          "Could you confirm the booking by replying to this email?",
          "",
          `${event.name} operations`,
        ].join("\n"),
      },
      `vendor-follow-up:${vendor.id}`,
    );
    await deps.db.vendor.update({ where: { id: vendor.id }, data: { lastFollowUpAt: deps.now } });
    return { emailId, to: vendor.contactEmail, vendor: vendor.name };
  },
});
