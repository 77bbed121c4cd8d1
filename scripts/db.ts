/**
 * Database commands that work offline (see docs/architecture.md, "Database"):
 *   migrate            apply pending migrations (starts the embedded database if it is the one in use)
 *   migration <name>   write prisma/migrations/<timestamp>_<name> from changes to schema.prisma
 *   seed               load the demo data (idempotent)
 *   reset              empty the database, migrate and seed
 *   stop               stop the embedded database server
 */
import { createDb } from "../lib/db/client";
import { poolConfig } from "../lib/db/connection";
import { stopEmbeddedDatabase } from "../lib/db/embedded";
import { createMigration } from "../lib/db/migrations";
import { embeddedOptions, emptyDatabase, prepareDatabase } from "../lib/db/setup";
import { activeProviders } from "../lib/env";
import { seedDemo } from "../prisma/seed/demo";
import { describeHistory } from "../prisma/seed/history";

async function migrate() {
  const applied = await prepareDatabase();
  console.log(applied.length > 0 ? `Applied ${applied.join(", ")}` : "Database is up to date.");
}

async function seed() {
  await prepareDatabase();
  const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
  try {
    const result = await seedDemo(db);
    console.log(`Demo data ready (${result.ticketsCreated} new tickets).`);
    console.log(describeHistory(result.history));
    console.log(
      result.support.skipped
        ? `Support conversations not added: ${result.support.skipped}.`
        : `Support conversations: ${result.support.conversations} played through the Support agent.`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function reset() {
  console.log(`Resetting ${activeProviders().database.detail}`);
  await emptyDatabase();
  await migrate();
  await seed();
}

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = {
  migrate,
  seed,
  reset,
  async migration() {
    const name = args[0];
    if (!name) throw new Error("Name the migration: npm run db:migration -- add_sponsors");
    const created = await createMigration(name);
    console.log(created ? `Created prisma/migrations/${created}/migration.sql` : "schema.prisma has no changes.");
  },
  async stop() {
    const stopped = await stopEmbeddedDatabase(embeddedOptions());
    console.log(stopped ? "Embedded database stopped." : "Embedded database was not running.");
  },
};

const run = command ? commands[command] : undefined;
if (!run) {
  console.error(`Usage: tsx scripts/db.ts <${Object.keys(commands).join("|")}>`);
  process.exit(2);
}
try {
  await run();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
