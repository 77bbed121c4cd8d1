import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { db } from "./client";
import { ensureEmbeddedDatabase } from "./embedded";

/**
 * At server start: starts the embedded database if it is the one in use, then opens the app's first
 * connection. The pool keeps it open, which keeps the embedded server (it exits when no client is
 * connected) alive for as long as the app runs.
 */
export async function ensureAppDatabase() {
  if (!env.DATABASE_URL) {
    await ensureEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
  }
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    logger.error("database unreachable at start", { error: error instanceof Error ? error.message : String(error) });
  }
}
