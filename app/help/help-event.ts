import { db } from "@/lib/db/client";
import { organizationFormatter } from "@/lib/organization/format";

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * The event a public help page is for, from its slug alone: the organization and the event always come
 * from here, never from the browser. A draft is not public yet. Slugs are unique per organization only,
 * so a slug two organizations share is answered as not found rather than guessed.
 */
export async function findHelpEvent(slug: string) {
  if (!SLUG.test(slug)) return null;
  const events = await db.event.findMany({
    where: { slug, status: { not: "draft" } },
    select: {
      id: true,
      organizationId: true,
      name: true,
      slug: true,
      startsAt: true,
      endsAt: true,
      timezone: true,
      venue: true,
      city: true,
      currency: true,
      organization: { select: { name: true } },
    },
    take: 2,
  });
  return events.length === 1 ? (events[0] ?? null) : null;
}

export type HelpEvent = NonNullable<Awaited<ReturnType<typeof findHelpEvent>>>;

/** The organization's locale on the event's clock: a visitor has no settings of their own here. */
export function helpFormatter(event: HelpEvent) {
  return organizationFormatter(db, event.organizationId, event.timezone);
}
