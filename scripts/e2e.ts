/**
 * `npm run test:e2e`: a fresh embedded database with the demo data, a production build served on
 * port 3100, then Playwright in Chromium. Nothing outside this machine is contacted.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { E2E_PORT } from "../playwright.config";

const database = { EMBEDDED_DB_DIR: ".data/e2e", EMBEDDED_DB_PORT: "5502" };
const env = { ...process.env, ...database, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", LOG_LEVEL: "warn" };
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: "inherit", env });

run("npx", ["tsx", "scripts/db.ts", "stop"]);
await rm(database.EMBEDDED_DB_DIR, { recursive: true, force: true });
run("npx", ["tsx", "scripts/db.ts", "seed"]);

if (!existsSync("/usr/bin/chromium")) run("npx", ["playwright", "install", "chromium"]);
if (!process.argv.includes("--no-build")) run("npx", ["next", "build"]);

// Its own process group, so that stopping it stops every process `next start` spawned.
const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
  stdio: "inherit",
  env,
  detached: true,
});
let exitCode = 1;
try {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${E2E_PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error("The app did not become healthy within 60 s");
    await sleep(250);
  }
  const args = process.argv.slice(2).filter((arg) => arg !== "--no-build");
  exitCode = await new Promise<number>((resolve) => {
    spawn("npx", ["playwright", "test", ...args], { stdio: "inherit", env }).on("exit", (code) => resolve(code ?? 1));
  });
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  run("npx", ["tsx", "scripts/db.ts", "stop"]);
}
process.exit(exitCode);
