import type { DbOrTx } from "@/lib/db/client";
import { bindFormatter, type Formatter } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale, toLocale } from "@/lib/locales";

/** The organization's locale as stored; a tag outside the list, or no such organization, reads as en-US. */
export async function organizationLocale(db: DbOrTx, organizationId: string): Promise<Locale> {
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { locale: true } });
  return organization ? toLocale(organization.locale) : DEFAULT_LOCALE;
}

/**
 * How what the organization's agents write formats, read from the database (never from the caller): its
 * locale, on the given clock (an event's zone for what concerns the event).
 */
export async function organizationFormatter(db: DbOrTx, organizationId: string, timeZone: string): Promise<Formatter> {
  return bindFormatter({ locale: await organizationLocale(db, organizationId), timeZone });
}
