import { rm } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { createDb, type Db } from "../lib/db/client";
import { embeddedPoolConfig } from "../lib/db/connection";
import { ensureEmbeddedDatabase, stopEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import { seedDemo } from "../prisma/seed/demo";

// package.json's bench script points DATABASE_URL here too, so code using the app's `db` (durable
// functions) works on the same database.
const options = { dataDir: ".data/bench", port: 5503 };

/** A fresh embedded database with the demo data, for one benchmark run. */
export async function benchDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  await stopEmbeddedDatabase(options);
  await rm(options.dataDir, { recursive: true, force: true });
  await ensureEmbeddedDatabase(options);
  await applyMigrations(new PrismaPg({ ...embeddedPoolConfig(options.port), idleTimeoutMillis: 1_000 }));
  const db = createDb({ ...embeddedPoolConfig(options.port), max: 4 });
  await seedDemo(db);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await stopEmbeddedDatabase(options);
    },
  };
}

/** Median wall time of `run` over `rounds`, after three warm-up calls. */
export async function median(run: () => Promise<unknown>, rounds = 30) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function report(title: string, rows: [string, number][], ratio: [string, number, number]) {
  console.log(title);
  for (const [label, ms] of rows) console.log(`  ${label.padEnd(52)} ${ms < 1 ? ms.toPrecision(2) : ms.toFixed(1)} ms`);
  console.log(`  ${ratio[0].padEnd(52)} ${(ratio[1] / ratio[2]).toFixed(2)}x`);
}
