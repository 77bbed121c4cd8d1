/**
 * `tsx inngest/local/main.ts`: the local engine as its own process, configured like the app (lib/env).
 * `npm run dev` and the e2e suite start it next to the app; tests start and kill it.
 */
import { createDb } from "@/lib/db/client";
import { poolConfig } from "@/lib/db/connection";
import { ensureEmbeddedDatabase } from "@/lib/db/embedded";
import { env, jobsConfig } from "@/lib/env";
import { inngestEndpoint } from "@/lib/jobs/engine";
import { logger } from "@/lib/logger";
import { launchLocalEngine } from "./launch";

if (!env.DATABASE_URL) await ensureEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
const db = createDb(poolConfig());
const launched = await launchLocalEngine({
  db,
  jobs: jobsConfig(),
  appUrl: inngestEndpoint(env.APP_URL),
  timeScale: env.INNGEST_LOCAL_TIME_SCALE,
  crons: env.INNGEST_LOCAL_CRONS === "on",
  log: (message, fields) => logger.info(`[inngest] ${message}`, fields),
});
if (launched.occupant !== "none") process.exit(0);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void launched.stop().finally(() => db.$disconnect().finally(() => process.exit(0)));
  });
}
