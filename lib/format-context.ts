import { cookies } from "next/headers";
import { cache } from "react";
import { requirePageContext } from "@/lib/auth/context";
import { TIME_ZONE_COOKIE } from "@/lib/auth/cookies";
import { bindFormatter, type FormatSettings } from "@/lib/format";
import { parseTimeZone } from "@/lib/time-zone";

/** The organization's locale and the viewer's time zone (from the browser's cookie, else UTC) for this request. */
export const getFormatSettings = cache(async (): Promise<FormatSettings> => {
  const context = await requirePageContext();
  const timeZone = parseTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return { locale: context.organization.locale, timeZone };
});

/** For server components: the formatters bound to this request's locale and viewer zone. */
export async function getFormatter() {
  return bindFormatter(await getFormatSettings());
}
