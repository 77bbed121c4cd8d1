import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { LOCALE_TAGS, type Locale } from "@/lib/locales";

export const LOCALE_REFUSED = "Choose one of the listed languages and regions.";

export const localeInput = z.object({ locale: z.enum(LOCALE_TAGS, { error: LOCALE_REFUSED }) });

type Meta = { ipAddress?: string | null; userAgent?: string | null };

/** Sets the locale the organization's numbers, money and dates are shown in, audited; no change, no write. */
export async function setOrganizationLocale(
  db: Db,
  actor: { organizationId: string; userId: string },
  { locale }: { locale: Locale },
  meta: Meta,
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { locale: true },
    });
    if (current.locale === locale) return { changed: false };
    await tx.organization.update({ where: { id: actor.organizationId }, data: { locale } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorType: "user",
      actorId: actor.userId,
      action: "organization.locale_changed",
      targetType: "organization",
      targetId: actor.organizationId,
      outcome: "success",
      ...meta,
      metadata: { from: current.locale, to: locale },
    });
    return { changed: true };
  });
}
