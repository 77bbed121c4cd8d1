import { defineTool } from "../../core/tool";
import { eventInput, requireEvent } from "../../event";

export const checkVendorConfirmations = defineTool({
  name: "check_vendor_confirmations",
  agent: "operations",
  description: "List vendors still to confirm and vendors that cancelled.",
  input: eventInput,
  kind: "read",
  activityType: "vendor_confirmations_checked",
  async run(deps, { eventId }) {
    await requireEvent(deps, eventId);
    const vendors = await deps.db.vendor.findMany({ where: { eventId }, orderBy: { name: "asc" } });
    const shape = (v: (typeof vendors)[number]) => ({
      id: v.id,
      name: v.name,
      service: v.service,
      contactEmail: v.contactEmail,
      lastFollowUpAt: v.lastFollowUpAt?.toISOString() ?? null,
      cancellationReason: v.cancellationReason,
    });
    return {
      pending: vendors.filter((v) => v.confirmation === "pending").map(shape),
      cancelled: vendors.filter((v) => v.confirmation === "cancelled").map(shape),
      confirmed: vendors.filter((v) => v.confirmation === "confirmed").length,
    };
  },
});
