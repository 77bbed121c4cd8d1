import { cookies } from "next/headers";
import { cache } from "react";
import { type OrgContext, requirePageContext } from "@/lib/auth/context";
import { TIME_ZONE_COOKIE } from "@/lib/auth/cookies";
import { bindFormatter, type FormatSettings, type Formatter } from "@/lib/format";
import { parseTimeZone } from "@/lib/time-zone";

/** The organization's locale and the viewer's time zone (from the browser's cookie, else UTC) for this request. */
export const getFormatSettings = cache(async (): Promise<FormatSettings> => settingsFor(await requirePageContext()));

async function settingsFor(context: Pick<OrgContext, "organization">): Promise<FormatSettings> {
  const timeZone = parseTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return { locale: context.organization.locale, timeZone };
}

/** For server actions that have read their context already: the same formatter, for that context. */
export async function formatterFor(context: Pick<OrgContext, "organization">): Promise<Formatter> {
  return bindFormatter(await settingsFor(context));
}

/** For server components: the formatters bound to this request's locale and viewer zone. */
export async function getFormatter() {
  return bindFormatter(await getFormatSettings());
}
