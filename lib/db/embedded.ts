import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { embeddedPoolConfig } from "./connection";

/**
 * The embedded Postgres (PGlite) is owned by exactly ONE process: two processes opening the same
 * PGlite directory silently lose writes. That owner is a small server (scripts/embedded-postgres.ts)
 * that serves the directory over the Postgres wire protocol on loopback; the app, migrations, seeds,
 * tests and psql are all ordinary clients. A lock file next to the directory, holding the owner's
 * pid, keeps a second owner from ever opening it.
 */
export type EmbeddedOptions = { dataDir: string; port: number };

const SERVER_SCRIPT = path.resolve("scripts/embedded-postgres.ts");
const START_TIMEOUT_MS = 90_000;

export function lockPath(dataDir: string) {
  return `${path.resolve(dataDir)}.lock`;
}

/** True when something answers SQL on the port. */
export async function isServing(port: number): Promise<boolean> {
  const client = new pg.Client({ ...embeddedPoolConfig(port), connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Starts the embedded server in the background unless it is already serving; resolves once it answers. */
export async function ensureEmbeddedDatabase({ dataDir, port }: EmbeddedOptions): Promise<void> {
  if (await isServing(port)) return;
  const logFile = `${path.resolve(dataDir)}.log`;
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_SCRIPT], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, EMBEDDED_DB_DIR: dataDir, EMBEDDED_DB_PORT: String(port) },
  });
  child.unref();
  closeSync(log);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await isServing(port)) return;
    await sleep(250);
  }
  throw new Error(`The embedded database did not start on port ${port} within 90 s; see ${logFile}`);
}

/** Asks the owner to shut down cleanly and waits until it has released the directory. */
export async function stopEmbeddedDatabase({ dataDir }: EmbeddedOptions): Promise<boolean> {
  const owner = readOwner(dataDir);
  if (owner === null) return false;
  process.kill(owner, "SIGTERM");
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (readOwner(dataDir) === null) return true;
    await sleep(100);
  }
  throw new Error(`The embedded database (pid ${owner}) did not stop within 30 s`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of the live process that owns the directory, or null. */
export function readOwner(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(lockPath(dataDir), "utf8"));
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes ownership of the directory for this process. Returns false if a live process owns it.
 * A lock left by a crashed owner is taken over.
 */
export function acquireOwnership(dataDir: string): boolean {
  const file = lockPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (readOwner(dataDir) !== null) return false;
      unlinkSync(file);
    }
  }
  return false;
}

export function releaseOwnership(dataDir: string) {
  if (readOwner(dataDir) === process.pid) unlinkSync(lockPath(dataDir));
}
