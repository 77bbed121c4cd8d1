import { Inngest } from "inngest";
import { type JobsConfig, jobsConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The app id: function ids are `eventos-<function id>` on every Inngest server. */
export const INNGEST_APP_ID = "eventos";

/**
 * The client's options for a mode from lib/env. The mode is always passed explicitly (`isDev`), so the
 * SDK's own reading of INNGEST_DEV cannot switch a signed app to unsigned dev mode.
 */
export function clientOptions(config: JobsConfig) {
  return config.mode === "dev"
    ? { id: INNGEST_APP_ID, isDev: true, baseUrl: config.url }
    : {
        id: INNGEST_APP_ID,
        isDev: false,
        baseUrl: config.baseUrl,
        eventKey: config.eventKey,
        signingKey: config.signingKey,
        signingKeyFallback: config.signingKeyFallback,
      };
}

/**
 * The one Inngest client. Its mode comes from lib/env: dev mode (the local engine or an Inngest dev
 * server, no signatures) or cloud mode (Inngest Cloud or a self-hosted server, every request signed).
 */
export const inngest = new Inngest(clientOptions(jobsConfig()));

/**
 * Sends events on a person's behalf (a button). When the job engine does not take them, the person gets
 * an error they can act on and the cause goes to the log.
 */
export async function requestJob(...events: Parameters<typeof inngest.send>[0][]) {
  try {
    await inngest.send(events.flat());
  } catch (error) {
    logger.error("job request not sent", { events: events.flat().map((event) => event.name), error: String(error) });
    throw new AppError(
      "unavailable",
      "The job engine did not take the request. Check that it is running, then try again.",
    );
  }
}
