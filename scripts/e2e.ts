/**
 * `npm run test:e2e`: a fresh embedded database with the demo data and one production build, served
 * twice: on E2E_PORT with local sign-in, and on SUPABASE_E2E_PORT with Supabase Auth pointed at a fake
 * Supabase Auth server on this machine. Both run Inngest in cloud mode (every request signed, as in
 * production) against the local engine. Then Playwright in Chromium. Nothing outside this machine is
 * contacted.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { startFakeSupabaseAuth } from "../e2e/fakes/supabase-auth";
import { engineSynced } from "../lib/jobs/engine";
import { E2E_PORT, SUPABASE_E2E_PORT } from "../playwright.config";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";
import { BrowserMissingError, ensureChromium } from "./browser";

const database = { EMBEDDED_DB_DIR: ".data/e2e", EMBEDDED_DB_PORT: "5502" };
const ENGINE_URL = "http://127.0.0.1:8299";
const jobs = {
  INNGEST_BASE_URL: ENGINE_URL,
  INNGEST_EVENT_KEY: "e2e-event-key",
  INNGEST_SIGNING_KEY: "signkey-test-5d41402abc4b2a76b9719d911017c592e2e0c8b3a1f4d5e6f7a8b9c0d1e2f3a4",
  INNGEST_DEV: "",
};
// Links in emails (proposals, booking pages) point at the server the browser uses.
const env = {
  ...process.env,
  ...database,
  ...jobs,
  APP_URL: `http://127.0.0.1:${E2E_PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "",
  LOG_LEVEL: "warn",
};
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: "inherit", env });

run("npx", ["tsx", "scripts/db.ts", "stop"]);
await rm(database.EMBEDDED_DB_DIR, { recursive: true, force: true });
run("npx", ["tsx", "scripts/db.ts", "seed"]);

try {
  const browser = ensureChromium();
  console.log(`End-to-end tests in Chromium (${browser.source}): ${browser.executablePath}`);
  // Playwright's own build needs no path; any other is handed to playwright.config.ts, checked once.
  if (browser.source !== "playwright") Object.assign(env, { PLAYWRIGHT_CHROMIUM_PATH: browser.executablePath });
} catch (error) {
  if (!(error instanceof BrowserMissingError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (!process.argv.includes("--no-build")) run("npx", ["next", "build"]);

const FAKE_SUPABASE_PORT = 54_321;
const supabase = await startFakeSupabaseAuth(FAKE_SUPABASE_PORT, [
  { email: DEMO_USERS.owner.email, password: DEMO_PASSWORD },
  { email: "stranger@example.com", password: DEMO_PASSWORD },
  // Someone who registered the demo admin's address with Supabase but never confirmed it.
  { email: DEMO_USERS.admin.email, password: DEMO_PASSWORD, emailConfirmed: false },
  { email: "robin.diaz@example.com", password: DEMO_PASSWORD }, // invited in e2e/supabase.spec.ts
]);
const supabaseEnv = { SUPABASE_URL: `http://127.0.0.1:${FAKE_SUPABASE_PORT}`, SUPABASE_ANON_KEY: "fake-anon-key" };

// Each process in its own process group, so that stopping it stops every process it spawned.
function start(command: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv }, detached: true });
}
const serve = (port: number, extraEnv: Record<string, string> = {}) =>
  start("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], extraEnv);

async function isHealthy(port: number) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function waitUntilHealthy(port: number) {
  const deadline = Date.now() + 60_000;
  while (!(await isHealthy(port))) {
    if (Date.now() > deadline) throw new Error(`The app on port ${port} did not become healthy within 60 s`);
    await sleep(250);
  }
}

async function waitUntilEngineSynced() {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await engineSynced(ENGINE_URL, env.APP_URL)) return;
    if (Date.now() > deadline) throw new Error("The local Inngest engine did not sync the app within 60 s");
    await sleep(250);
  }
}

const servers = [serve(E2E_PORT), serve(SUPABASE_E2E_PORT, supabaseEnv)];
let exitCode = 1;
try {
  await waitUntilHealthy(E2E_PORT);
  await waitUntilHealthy(SUPABASE_E2E_PORT);
  // Both servers share the database, so one engine calling the first one runs every function.
  // Crons off: a top-of-the-hour tick must not start daily checks while specs count inbox items.
  const engineEnv = { INNGEST_LOCAL_CRONS: "off" };
  servers.push(start(process.execPath, ["--import", "tsx", "inngest/local/main.ts"], engineEnv));
  await waitUntilEngineSynced();
  const args = process.argv.slice(2).filter((arg) => arg !== "--no-build");
  exitCode = await new Promise<number>((resolve) => {
    spawn("npx", ["playwright", "test", ...args], { stdio: "inherit", env }).on("exit", (code) => resolve(code ?? 1));
  });
} finally {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
  supabase.close();
  run("npx", ["tsx", "scripts/db.ts", "stop"]);
}
process.exit(exitCode);
