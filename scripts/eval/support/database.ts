import { createDb } from "@/lib/db/client";
import { poolConfig } from "@/lib/db/connection";
import { emptyDatabase, prepareDatabase } from "@/lib/db/setup";
import { env } from "@/lib/env";

/**
 * A fresh, migrated database of the evaluation's own: the PostgreSQL server in DATABASE_URL emptied,
 * or (the default) a new embedded one in its own directory and port, deleted afterwards.
 */
export async function freshDatabase() {
  await emptyDatabase();
  await prepareDatabase();
  const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
  return {
    db,
    async close() {
      await db.$disconnect();
      if (!env.DATABASE_URL) await emptyDatabase();
    },
  };
}
