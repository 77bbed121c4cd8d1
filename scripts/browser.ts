/**
 * The Chromium the end-to-end tests drive, found or installed by the means the machine allows.
 *
 * Looked for, in order: `PLAYWRIGHT_CHROMIUM_PATH` (a Chromium or Chrome executable), Playwright's own
 * download cache, the system's Chromium or Chrome. A candidate counts only if it renders a page, so a
 * package whose files are gone is not mistaken for a browser. When none is found, `ensureChromium`
 * installs one: Playwright's installer first, else the system package manager (apt-get) when this
 * process is root or may use sudo without a password. Otherwise it stops with one sentence saying what
 * to install.
 *
 * `npx tsx scripts/browser.ts` runs `ensureChromium` and prints the browser it settled on.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { env } from "../lib/env";

export type BrowserSource = "configured" | "playwright" | "system";
export type FoundBrowser = { source: BrowserSource; executablePath: string };

export const SYSTEM_CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/** What the finder and the installer need from the machine; tests pass their own. */
export type Machine = {
  configuredPath: string | undefined;
  playwrightPath: () => string;
  systemPaths: readonly string[];
  /** Whether the executable exists and renders a page. */
  starts: (executablePath: string) => boolean;
  /** Runs a command (its errors shown, and its output too unless quiet); true when it exited 0. */
  run: (command: string, args: string[], options?: { quiet?: boolean }) => boolean;
  isRoot: boolean;
  log: (message: string) => void;
};

export class BrowserMissingError extends Error {}

export const INSTALL_ADVICE =
  "No Chromium for the end-to-end tests: install one (on Debian or Ubuntu `sudo apt-get install chromium`, " +
  "elsewhere `npx playwright install chromium`), or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome executable.";

export function findChromium(machine: Machine = thisMachine()): FoundBrowser | null {
  if (machine.configuredPath) {
    if (machine.starts(machine.configuredPath)) return { source: "configured", executablePath: machine.configuredPath };
    throw new BrowserMissingError(
      `PLAYWRIGHT_CHROMIUM_PATH is ${machine.configuredPath}, which does not start as a browser: fix or unset it.`,
    );
  }
  const cached = machine.playwrightPath();
  if (machine.starts(cached)) return { source: "playwright", executablePath: cached };
  const system = machine.systemPaths.find((path) => machine.starts(path));
  return system ? { source: "system", executablePath: system } : null;
}

export function ensureChromium(machine: Machine = thisMachine()): FoundBrowser {
  const found = findChromium(machine);
  if (found) return found;

  machine.log("No Chromium found: trying Playwright's installer.");
  if (machine.run("npx", ["playwright", "install", "chromium"], { quiet: true })) {
    const installed = findChromium(machine);
    if (installed) return installed;
  }

  const asRoot = machine.isRoot ? [] : machine.run("sudo", ["-n", "true"], { quiet: true }) ? ["sudo", "-n"] : null;
  if (asRoot && machine.run("sh", ["-c", "command -v apt-get >/dev/null"])) {
    machine.log("Playwright's download failed: installing Debian's chromium with apt-get.");
    // An installed package whose browser does not start (files removed or hidden) needs a reinstall,
    // with chromium-common, which holds part of the browser's files.
    const reinstall = machine.run("sh", ["-c", "dpkg -s chromium >/dev/null 2>&1"])
      ? ["--reinstall", "chromium-common"]
      : [];
    const aptGet = (...args: string[]) => {
      const [command = "apt-get", ...rest] = [...asRoot, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args];
      return machine.run(command, rest, { quiet: true });
    };
    if (aptGet("update", "-qq") && aptGet("install", "-y", "-qq", ...reinstall, "chromium")) {
      const installed = findChromium(machine);
      if (installed) return installed;
    }
  }
  throw new BrowserMissingError(INSTALL_ADVICE);
}

/** Flags that keep Chromium quiet on a machine with no network beyond localhost (and running as root). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright launch options for a found browser: its own build needs no path. */
export function launchOptions(browser: FoundBrowser | null) {
  if (!browser || browser.source === "playwright") return { args: CHROMIUM_ARGS };
  return { executablePath: browser.executablePath, args: CHROMIUM_ARGS };
}

export function thisMachine(): Machine {
  return {
    configuredPath: env.PLAYWRIGHT_CHROMIUM_PATH,
    playwrightPath: () => chromium.executablePath(),
    systemPaths: SYSTEM_CHROMIUM_PATHS,
    starts: (executablePath) => {
      if (!existsSync(executablePath)) return false;
      // Rendering a page proves more than --version, which works even when the browser's data files are gone.
      const profile = mkdtempSync(join(tmpdir(), "eventos-browser-check-"));
      try {
        const page = execFileSync(
          executablePath,
          [...CHROMIUM_ARGS, "--headless", `--user-data-dir=${profile}`, "--dump-dom", "data:text/html,<p>ok</p>"],
          { stdio: ["ignore", "pipe", "ignore"], timeout: 60_000, encoding: "utf8" },
        );
        return page.includes("<p>ok</p>");
      } catch {
        return false;
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
    run: (command, args, { quiet = false } = {}) => {
      try {
        execFileSync(command, args, { stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"] });
        return true;
      } catch {
        return false;
      }
    },
    isRoot: process.getuid?.() === 0,
    log: (message) => console.log(message),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const browser = ensureChromium();
    console.log(`Chromium (${browser.source}): ${browser.executablePath}`);
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
