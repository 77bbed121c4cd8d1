import { Inngest } from "inngest";
import { describe, expect, it } from "vitest";
import { jobsConfig, parseEnv } from "@/lib/env";
import { clientOptions } from "./client";

describe("the Inngest client", () => {
  it("stays in signed cloud mode with a signing key, whatever INNGEST_DEV says", () => {
    const both = { ...parseEnv({ INNGEST_SIGNING_KEY: "signkey-prod-abc" }), INNGEST_DEV: "http://127.0.0.1:8288" };
    const client = new Inngest(clientOptions(jobsConfig(both)));
    expect(client.mode).toBe("cloud");
    expect(clientOptions(jobsConfig(both))).toMatchObject({ isDev: false, signingKey: "signkey-prod-abc" });
  });

  it("runs in dev mode only when configured so", () => {
    expect(new Inngest(clientOptions(jobsConfig(parseEnv({})))).mode).toBe("dev");
    expect(new Inngest(clientOptions(jobsConfig(parseEnv({ NODE_ENV: "production" })))).mode).toBe("cloud");
  });
});
