import { bindFormatter } from "@/lib/format";

/** The formatter of an organization left on the default locale, read by a viewer on UTC. */
export const US_FORMAT = bindFormatter({ locale: "en-US", timeZone: "UTC" });
