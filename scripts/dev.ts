/**
 * `npm run dev`: gets the database ready (the embedded one unless DATABASE_URL is set), applies
 * migrations, fills in the demo data, then runs `next dev`.
 */
import { spawn } from "node:child_process";
import { createDb } from "../lib/db/client";
import { poolConfig } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/setup";
import { activeProviders, env } from "../lib/env";
import { seedDemo } from "../prisma/seed/demo";

const providers = activeProviders();
console.log(`Database: ${providers.database.detail}`);
const applied = await prepareDatabase();
if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

// The seed is idempotent: on the embedded database it fills in whatever is missing (a first start, or
// demo data a newer version added) and leaves the rest alone. A PostgreSQL server only gets the demo
// when it has no organization at all.
const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
if (!env.DATABASE_URL || (await db.organization.count()) === 0) {
  const { ticketsCreated } = await seedDemo(db);
  if (ticketsCreated > 0) console.log(`Demo data loaded (${ticketsCreated} tickets).`);
}
await db.$disconnect();

const next = spawn("next", ["dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
