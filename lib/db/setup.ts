import { PrismaPg } from "@prisma/adapter-pg";
import { type Env, env } from "@/lib/env";
import { poolConfig } from "./connection";
import { ensureEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrations";

export function embeddedOptions(config: Env = env) {
  return { dataDir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT };
}

/** Makes the configured database reachable (starting the embedded one if needed) and up to date. */
export async function prepareDatabase(config: Env = env): Promise<string[]> {
  if (!config.DATABASE_URL) await ensureEmbeddedDatabase(embeddedOptions(config));
  return applyMigrations(new PrismaPg({ ...poolConfig(config), idleTimeoutMillis: 1_000 }));
}
