import { rm } from "node:fs/promises";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { poolConfig } from "@/lib/db/connection";
import { stopEmbeddedDatabase } from "@/lib/db/embedded";
import { embeddedOptions, prepareDatabase } from "@/lib/db/setup";
import { env } from "@/lib/env";

/**
 * A fresh, migrated database of the evaluation's own: the PostgreSQL server in DATABASE_URL emptied,
 * or (the default) a new embedded one in its own directory and port, removed afterwards.
 */
export async function freshDatabase() {
  if (env.DATABASE_URL) {
    const admin = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
    await admin.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
    await admin.$executeRawUnsafe("CREATE SCHEMA public");
    await admin.$disconnect();
  } else {
    await stopEmbeddedDatabase(embeddedOptions());
    await rm(path.resolve(env.EMBEDDED_DB_DIR), { recursive: true, force: true });
  }
  await prepareDatabase();
  const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
  return {
    db,
    async close() {
      await db.$disconnect();
      if (!env.DATABASE_URL) {
        await stopEmbeddedDatabase(embeddedOptions());
        await rm(path.resolve(env.EMBEDDED_DB_DIR), { recursive: true, force: true });
      }
    },
  };
}
