import { rm } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { type Env, env } from "@/lib/env";
import { createDb } from "./client";
import { poolConfig } from "./connection";
import { ensureEmbeddedDatabase, stopEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrations";

export function embeddedOptions(config: Env = env) {
  return { dataDir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT };
}

/** Makes the configured database reachable (starting the embedded one if needed) and up to date. */
export async function prepareDatabase(config: Env = env): Promise<string[]> {
  if (!config.DATABASE_URL) await ensureEmbeddedDatabase(embeddedOptions(config));
  return applyMigrations(new PrismaPg({ ...poolConfig(config), idleTimeoutMillis: 1_000 }));
}

/**
 * Empties the configured database: the server's public schema dropped and created again, or the
 * embedded directory deleted (its server stopped first). `prepareDatabase` makes it usable again.
 */
export async function emptyDatabase(config: Env = env) {
  if (config.DATABASE_URL) {
    const db = createDb({ ...poolConfig(config), idleTimeoutMillis: 1_000 });
    await db.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
    await db.$executeRawUnsafe("CREATE SCHEMA public");
    await db.$disconnect();
  } else {
    await stopEmbeddedDatabase(embeddedOptions(config));
    await rm(path.resolve(config.EMBEDDED_DB_DIR), { recursive: true, force: true });
  }
}
