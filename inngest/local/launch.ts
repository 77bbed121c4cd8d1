/**
 * Starts the local engine where the app's Inngest client sends its events, unless something already
 * answers there: another local engine (nothing to do) or a real Inngest dev server (the engine steps
 * aside and that server runs the functions). Never used in production: only `npm run dev`, the tests
 * and the e2e suite start it.
 */
import type { Db } from "@/lib/db/client";
import type { JobsConfig } from "@/lib/env";
import { probe } from "@/lib/jobs/engine";
import { LocalEngine } from "./engine";
import { startEventApi } from "./server";

export type LaunchOptions = {
  db: Db;
  jobs: JobsConfig;
  appUrl: string;
  timeScale: number;
  crons: boolean;
  log: (message: string, fields?: Record<string, unknown>) => void;
};

export async function launchLocalEngine({ db, jobs, appUrl, timeScale, crons, log }: LaunchOptions) {
  const address = jobs.mode === "dev" ? jobs.url : jobs.baseUrl;
  if (!address)
    throw new Error("Inngest Cloud is configured (no INNGEST_BASE_URL): the local engine does not run in production.");
  const occupant = await probe(address);
  if (occupant !== "none") {
    log(
      occupant === "local-engine"
        ? "a local engine already runs; using it"
        : "an Inngest dev server answers; stepping aside",
      {
        address,
      },
    );
    return { occupant, stop: async () => {} };
  }
  const engine = new LocalEngine({
    db,
    appUrl,
    signingKey: jobs.mode === "cloud" ? jobs.signingKey : undefined,
    timeScale,
    crons,
    log,
  });
  const url = new URL(address);
  const server = await startEventApi(engine, {
    port: Number(url.port || 80),
    host: url.hostname,
    eventKey: jobs.mode === "cloud" ? jobs.eventKey : undefined,
  });
  engine.start();
  log("local engine started", { address, appUrl, mode: engine.mode, timeScale });
  return {
    occupant,
    engine,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await engine.stop();
    },
  };
}
