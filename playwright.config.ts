import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** Debian's Chromium where it is installed (CI, these machines); Playwright's own elsewhere. */
const systemChromium = "/usr/bin/chromium";
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

function browser() {
  return {
    ...devices["Desktop Chrome"],
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        }
      : {},
  };
}
