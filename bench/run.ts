/**
 * `npm run bench`: the event page's daily sales curve, counted in SQL, against a baseline measured
 * in the same run on the same data — loading every ticket and aggregating in JavaScript, as a naive
 * implementation would. Prints medians and the ratio; nothing here is asserted.
 */
import { rm } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { createDb } from "../lib/db/client";
import { embeddedPoolConfig } from "../lib/db/connection";
import { ensureEmbeddedDatabase, stopEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import { dailySales } from "../lib/events/queries";
import { seedDemo } from "../prisma/seed/demo";

const ROUNDS = 30;
const options = { dataDir: ".data/bench", port: 5503 };

async function median(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

await stopEmbeddedDatabase(options);
await rm(options.dataDir, { recursive: true, force: true });
await ensureEmbeddedDatabase(options);
await applyMigrations(new PrismaPg({ ...embeddedPoolConfig(options.port), idleTimeoutMillis: 1_000 }));
const db = createDb({ ...embeddedPoolConfig(options.port), max: 4 });
try {
  await seedDemo(db);
  const event = await db.event.findFirstOrThrow({ where: { slug: "riverside-jazz-fest" } });
  const tickets = await db.ticket.count({ where: { eventId: event.id } });

  const baseline = await median(async () => {
    const rows = await db.ticket.findMany({
      where: { eventId: event.id, status: { in: ["valid", "checked_in", "transferred"] } },
      select: { createdAt: true },
    });
    const perDay = new Map<string, number>();
    const calendarDay = new Intl.DateTimeFormat("en-CA", { timeZone: event.timezone });
    for (const row of rows) {
      const day = calendarDay.format(row.createdAt);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return perDay;
  });
  const candidate = await median(() => dailySales(db, event.id, event.timezone));

  console.log(`Daily sales curve of ${event.name} (${tickets} tickets), embedded Postgres, median of ${ROUNDS}:`);
  console.log(`  baseline  load tickets + aggregate in JS      ${baseline.toFixed(1)} ms`);
  console.log(`  eventos   dailySales (GROUP BY in Postgres)    ${candidate.toFixed(1)} ms`);
  console.log(`  ratio     eventos / baseline                   ${(candidate / baseline).toFixed(2)}x`);
} finally {
  await db.$disconnect();
  await stopEmbeddedDatabase(options);
}
