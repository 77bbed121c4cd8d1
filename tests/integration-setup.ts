/**
 * Integration tests run against a real Postgres: the PostgreSQL server in TEST_DATABASE_URL when it
 * is set (CI), otherwise a fresh embedded one (PGlite served on its own port, deleted afterwards).
 * The database is emptied and migrated, and DATABASE_URL points every test worker at it.
 */
import { rm } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { embeddedPoolConfig } from "../lib/db/connection";
import { ensureEmbeddedDatabase, stopEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";

// TEST_EMBEDDED_PORT lets two suites run side by side on one machine (each gets its own directory).
const port = Number(process.env.TEST_EMBEDDED_PORT ?? 5499);
const EMBEDDED = { dataDir: `.data/test-integration-${port}`, port };

export default async function setup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url = serverUrl;
  if (!url) {
    await stopEmbeddedDatabase(EMBEDDED);
    await rm(EMBEDDED.dataDir, { recursive: true, force: true });
    await ensureEmbeddedDatabase(EMBEDDED);
    const { host, port, user, database } = embeddedPoolConfig(EMBEDDED.port);
    url = `postgresql://${user}@${host}:${port}/${database}`;
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
    await client.end();
  }
  await applyMigrations(new PrismaPg({ connectionString: url, idleTimeoutMillis: 1_000 }));
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL ??= "silent";

  return async () => {
    if (!serverUrl) {
      await stopEmbeddedDatabase(EMBEDDED);
      await rm(EMBEDDED.dataDir, { recursive: true, force: true });
    }
  };
}
