/**
 * The one process that owns the embedded Postgres directory (see lib/db/embedded.ts).
 * Started in the background by `ensureEmbeddedDatabase`; serves PGlite over the Postgres wire
 * protocol on 127.0.0.1 and exits by itself once no client has been connected for IDLE_EXIT_MS.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireOwnership, releaseOwnership } from "../lib/db/embedded";
import { WireQueue } from "../lib/db/wire-queue";
import { env } from "../lib/env";

const IDLE_EXIT_MS = 120_000;
const dataDir = path.resolve(env.EMBEDDED_DB_DIR);
const port = env.EMBEDDED_DB_PORT;
const log = (message: string) =>
  console.log(`${new Date().toISOString()} [embedded-postgres ${process.pid}] ${message}`);

if (!acquireOwnership(dataDir)) {
  log(`${dataDir} is already owned by another process; leaving it alone`);
  process.exit(0);
}

mkdirSync(path.dirname(dataDir), { recursive: true });
const db = await PGlite.create(dataDir);
const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
// pglite-socket's queue interleaves connections mid-query under load; ours does not (lib/db/wire-queue.ts).
// It has no option for this, so the private field is replaced before the first connection.
(server as unknown as { queryQueue: WireQueue }).queryQueue = new WireQueue(db);

let stopping = false;
async function shutdown(reason: string, code = 0) {
  if (stopping) return;
  stopping = true;
  log(`stopping: ${reason}`);
  try {
    await server.stop();
    await db.close();
  } finally {
    releaseOwnership(dataDir);
    process.exit(code);
  }
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

try {
  await server.start();
} catch (error) {
  log(`cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
  await shutdown("start failed", 1);
}
log(`serving ${dataDir} on 127.0.0.1:${port}`);

let idleSince = Date.now();
setInterval(() => {
  if (server.getStats().activeConnections > 0) idleSince = Date.now();
  else if (Date.now() - idleSince > IDLE_EXIT_MS) void shutdown("no clients for 2 minutes");
}, 1_000);
