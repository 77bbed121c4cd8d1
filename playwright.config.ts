import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";
import { findChromium, launchOptions } from "./scripts/browser";

export const E2E_PORT = 3100;
/** The same build with Supabase Auth configured (against e2e/fakes/supabase-auth.ts). */
export const SUPABASE_E2E_PORT = 3101;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  // A 2-core machine runs the app, the engine and the database next to the browser.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "local-auth", testIgnore: /supabase\.spec\.ts/, use: browser() },
    {
      name: "supabase-auth",
      testMatch: /supabase\.spec\.ts/,
      use: { ...browser(), baseURL: `http://127.0.0.1:${SUPABASE_E2E_PORT}` },
    },
  ],
});

/** The browser `scripts/e2e.ts` found or installed and passed on, else whichever scripts/browser.ts finds. */
function browser() {
  const path = env.PLAYWRIGHT_CHROMIUM_PATH;
  const found = path ? { source: "configured" as const, executablePath: path } : findChromium();
  return { ...devices["Desktop Chrome"], launchOptions: launchOptions(found) };
}
