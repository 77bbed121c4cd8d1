import { describe, expect, it } from "vitest";
import { BrowserMissingError, ensureChromium, findChromium, INSTALL_ADVICE, type Machine } from "./browser";

const PLAYWRIGHT = "/cache/ms-playwright/chromium/chrome";
const SYSTEM = "/usr/bin/chromium";

/** A machine whose browsers are the paths in `installed`; commands in `succeeds` exit 0 and may install. */
function machine(
  options: {
    installed?: string[];
    configuredPath?: string;
    isRoot?: boolean;
    succeeds?: (line: string) => boolean;
    installs?: Record<string, string>;
  } = {},
) {
  const installed = new Set(options.installed ?? []);
  const commands: string[] = [];
  const fake: Machine = {
    configuredPath: options.configuredPath,
    playwrightPath: () => PLAYWRIGHT,
    systemPaths: [SYSTEM, "/usr/bin/google-chrome"],
    starts: (path) => installed.has(path),
    run: (command, args) => {
      const line = [command, ...args].join(" ");
      commands.push(line);
      const ok = options.succeeds?.(line) ?? false;
      for (const [pattern, path] of Object.entries(options.installs ?? {}))
        if (ok && line.includes(pattern)) installed.add(path);
      return ok;
    },
    isRoot: options.isRoot ?? false,
    log: () => {},
  };
  return { fake, commands };
}

describe("finding the end-to-end browser", () => {
  it("uses PLAYWRIGHT_CHROMIUM_PATH first, and says so when that path does not start", () => {
    const { fake } = machine({ installed: ["/opt/chrome", SYSTEM], configuredPath: "/opt/chrome" });
    expect(findChromium(fake)).toEqual({ source: "configured", executablePath: "/opt/chrome" });
    const broken = machine({ installed: [SYSTEM], configuredPath: "/opt/missing" }).fake;
    expect(() => findChromium(broken)).toThrow(/PLAYWRIGHT_CHROMIUM_PATH is \/opt\/missing/);
  });

  it("prefers Playwright's own download over the system's browser", () => {
    expect(findChromium(machine({ installed: [PLAYWRIGHT, SYSTEM] }).fake)?.source).toBe("playwright");
    expect(findChromium(machine({ installed: ["/usr/bin/google-chrome"] }).fake)).toEqual({
      source: "system",
      executablePath: "/usr/bin/google-chrome",
    });
  });

  it("installs nothing when a browser is already there", () => {
    const { fake, commands } = machine({ installed: [SYSTEM] });
    expect(ensureChromium(fake).executablePath).toBe(SYSTEM);
    expect(commands).toEqual([]);
  });
});

describe("installing the end-to-end browser on a machine without one", () => {
  it("uses Playwright's installer when its download works", () => {
    const { fake, commands } = machine({
      succeeds: (line) => line.startsWith("npx playwright install"),
      installs: { "playwright install": PLAYWRIGHT },
    });
    expect(ensureChromium(fake).source).toBe("playwright");
    expect(commands).toEqual(["npx playwright install chromium"]);
  });

  it("falls back to apt-get as root when the download is blocked", () => {
    const { fake, commands } = machine({
      isRoot: true,
      succeeds: (line) => !line.startsWith("npx") && !line.includes("dpkg -s"),
      installs: { "apt-get install": SYSTEM },
    });
    expect(ensureChromium(fake)).toEqual({ source: "system", executablePath: SYSTEM });
    expect(commands.at(-1)).toBe("env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
  });

  it("reinstalls the package when it is installed but its browser does not start", () => {
    const { fake, commands } = machine({
      isRoot: true,
      succeeds: (line) => !line.startsWith("npx"),
      installs: { "apt-get install": SYSTEM },
    });
    ensureChromium(fake);
    expect(commands.at(-1)).toContain("apt-get install -y -qq --reinstall chromium-common chromium");
  });

  it("uses sudo only when it needs no password", () => {
    const withSudo = machine({
      succeeds: (line) => !line.startsWith("npx") && !line.includes("dpkg -s"),
      installs: { "apt-get install": SYSTEM },
    });
    ensureChromium(withSudo.fake);
    expect(withSudo.commands.at(-1)).toMatch(/^sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install/);

    const noSudo = machine({ succeeds: () => false });
    expect(() => ensureChromium(noSudo.fake)).toThrow(BrowserMissingError);
    expect(noSudo.commands.some((line) => line.includes("apt-get"))).toBe(false);
  });

  it("stops with one sentence saying what to install when nothing works", () => {
    const { fake } = machine({ isRoot: true, succeeds: (line) => line.includes("command -v apt-get") });
    expect(() => ensureChromium(fake)).toThrow(INSTALL_ADVICE);
    expect(INSTALL_ADVICE).toMatch(/apt-get install chromium/);
    expect(INSTALL_ADVICE).toMatch(/PLAYWRIGHT_CHROMIUM_PATH/);
  });
});
