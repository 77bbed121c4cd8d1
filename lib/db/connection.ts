import type { PoolConfig } from "pg";
import { type Env, env } from "@/lib/env";

/** The embedded server speaks the Postgres wire protocol on loopback and trusts every local client. */
export function embeddedPoolConfig(port: number): PoolConfig {
  return { host: "127.0.0.1", port, user: "postgres", database: "postgres" };
}

/**
 * Where the app's database is: the PostgreSQL server in DATABASE_URL, or the embedded one.
 * The embedded server shuts itself down when no client is connected (scripts/embedded-postgres.ts),
 * so the app keeps its idle connections open instead of letting the pool close them.
 */
export function poolConfig(config: Env = env): PoolConfig {
  if (config.DATABASE_URL) return { connectionString: config.DATABASE_URL, max: 10 };
  return { ...embeddedPoolConfig(config.EMBEDDED_DB_PORT), max: 10, idleTimeoutMillis: 0 };
}
