/**
 * `npm run dev`: gets the database ready (the embedded one unless DATABASE_URL is set), applies
 * migrations, loads the demo data on first start, then runs `next dev`.
 */
import { spawn } from "node:child_process";
import { createDb } from "../lib/db/client";
import { poolConfig } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/setup";
import { activeProviders } from "../lib/env";
import { seedDemo } from "../prisma/seed/demo";

const providers = activeProviders();
console.log(`Database: ${providers.database.detail}`);
const applied = await prepareDatabase();
if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
if ((await db.organization.count()) === 0) {
  console.log("First start: loading the demo data…");
  await seedDemo(db);
}
await db.$disconnect();

const next = spawn("next", ["dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
