import { notFound } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { eventIdSchema } from "@/lib/events/queries";

/** The event of the current organization, or a 404 before anything is streamed; and whether the viewer edits. */
export async function supportEvent(eventId: string) {
  const context = await requirePageContext();
  const event = eventIdSchema.safeParse(eventId).success
    ? await db.event.findFirst({
        where: { id: eventId, organizationId: context.organization.id },
        select: { id: true, name: true, currency: true, timezone: true },
      })
    : null;
  if (!event) notFound();
  return { context, event, canEdit: can(context.role, "agents:configure") };
}
