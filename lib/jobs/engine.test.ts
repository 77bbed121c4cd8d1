import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { activeJobEngine, engineSynced, LOCAL_ENGINE_NAME } from "./engine";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A local engine's GET /dev answer, on a free port; returns its address. */
async function engineAnswering(state: { synced: boolean; appUrl?: string }) {
  server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ engine: LOCAL_ENGINE_NAME, mode: "dev", ...state }));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}

const config = (engineUrl: string) => parseEnv({ APP_URL: "http://localhost:3600", INNGEST_DEV: engineUrl });

describe("whether the local engine can start this app's runs", () => {
  it("is reachable once it has synced this app", async () => {
    const url = await engineAnswering({ synced: true, appUrl: "http://localhost:3600/api/inngest" });
    expect(await activeJobEngine(config(url))).toMatchObject({ provider: "local-engine", reachable: true });
    expect(await engineSynced(url, "http://localhost:3600")).toBe(true);
  });

  it("is not reachable before its first sync", async () => {
    const url = await engineAnswering({ synced: false, appUrl: "http://localhost:3600/api/inngest" });
    const report = await activeJobEngine(config(url));
    expect(report).toMatchObject({ reachable: false });
    expect(report.detail).toMatch(/not synced yet/);
  });

  it("is not reachable when it serves an app on another port", async () => {
    const url = await engineAnswering({ synced: true, appUrl: "http://localhost:3000/api/inngest" });
    const report = await activeJobEngine(config(url));
    expect(report).toMatchObject({ reachable: false });
    expect(report.detail).toMatch(/serves localhost:3000, not this app/);
    expect(await engineSynced(url, "http://localhost:3600")).toBe(false);
  });

  it("is not reachable when nothing answers", async () => {
    const report = await activeJobEngine(config("http://127.0.0.1:9"));
    expect(report).toMatchObject({ reachable: false });
    expect(report.detail).toMatch(/not answering/);
  });
});
