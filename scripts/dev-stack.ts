/**
 * The dev stack behind `npm run dev` (scripts/dev.ts): gets the database ready (the embedded one unless DATABASE_URL is set), applies
 * migrations, fills in the demo data, then runs `next dev` and, unless Inngest is configured or a real
 * Inngest dev server answers, the local Inngest engine next to it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { hourlyScheduleRequested } from "../inngest/events";
import { createDb } from "../lib/db/client";
import { poolConfig } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/setup";
import { activeProviders, env, jobsConfig } from "../lib/env";
import { activeJobEngine, engineSynced, probe } from "../lib/jobs/engine";
import { seedDemo } from "../prisma/seed/demo";
import { describeHistory } from "../prisma/seed/history";

const providers = activeProviders();
console.log(`Database: ${providers.database.detail}`);
const applied = await prepareDatabase();
if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

// The seed is idempotent: on the embedded database it fills in whatever is missing (a first start, or
// demo data a newer version added) and leaves the rest alone. A PostgreSQL server only gets the demo
// when it has no organization at all.
const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
if (!env.DATABASE_URL || (await db.organization.count()) === 0) {
  const { ticketsCreated, history } = await seedDemo(db);
  if (ticketsCreated > 0) console.log(`Demo data loaded (${ticketsCreated} tickets).`);
  if (history.days > 0 || ticketsCreated > 0) console.log(describeHistory(history));
}
await db.$disconnect();

const children: ChildProcess[] = [];
const next = spawn("next", ["dev", ...process.argv.slice(2)], { stdio: "inherit" });
children.push(next);

const jobs = jobsConfig();
if (jobs.mode === "dev") {
  const occupant = await probe(jobs.url);
  if (occupant === "none") {
    console.log(`Jobs: local Inngest engine at ${jobs.url}`);
    children.push(spawn(process.execPath, ["--import", "tsx", "inngest/local/main.ts"], { stdio: "inherit" }));
    void catchUpSchedules(jobs.url);
  } else {
    console.log(
      `Jobs: ${occupant === "local-engine" ? "a local engine" : "an Inngest server"} already answers at ${jobs.url}`,
    );
    void warnIfEngineServesAnotherApp();
  }
} else {
  console.log(`Jobs: ${providers.jobs.detail}`);
}

/** A local engine left by another `npm run dev` syncs that app: say so once this app is up. */
async function warnIfEngineServesAnotherApp() {
  await sleep(15_000);
  const engine = await activeJobEngine();
  if (!engine.reachable) console.warn(`Jobs: ${engine.detail}. Stop the other npm run dev, or set INNGEST_DEV.`);
}

/**
 * Once the engine has synced the app, ticks the hourly schedule once, so today's operations checks run
 * now rather than at the next full hour (each event's check still runs once a day).
 */
async function catchUpSchedules(engineUrl: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    await sleep(1000);
    if (!(await engineSynced(engineUrl, env.APP_URL))) continue;
    await fetch(new URL("/e/local", engineUrl), {
      method: "POST",
      body: JSON.stringify(hourlyScheduleRequested.create({ requestedById: null })),
    });
    return;
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
next.on("exit", (code) => {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code ?? 0);
});
