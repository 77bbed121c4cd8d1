import { Inngest } from "inngest";
import { jobsConfig } from "@/lib/env";

/** The app id: function ids are `eventos-<function id>` on every Inngest server. */
export const INNGEST_APP_ID = "eventos";

const config = jobsConfig();

/**
 * The one Inngest client. Its mode comes from lib/env: dev mode (the local engine or an Inngest dev
 * server, no signatures) or cloud mode (Inngest Cloud or a self-hosted server, every request signed).
 */
export const inngest = new Inngest(
  config.mode === "dev"
    ? { id: INNGEST_APP_ID, isDev: true, baseUrl: config.url }
    : {
        id: INNGEST_APP_ID,
        isDev: false,
        baseUrl: config.baseUrl,
        eventKey: config.eventKey,
        signingKey: config.signingKey,
        signingKeyFallback: config.signingKeyFallback,
      },
);
