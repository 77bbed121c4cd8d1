import { describe, expect, it } from "vitest";
import { activeProviders, jobsConfig, parseEnv } from "./env";

describe("configuration", () => {
  it("works with nothing set, using every local default", () => {
    const env = parseEnv({});
    expect(env.EMBEDDED_DB_PORT).toBe(5488);
    expect(activeProviders(env)).toMatchObject({
      database: { provider: "embedded" },
      auth: { provider: "local" },
      llm: { provider: "offline-planner" },
      email: { provider: "local-outbox" },
      search: { provider: "full-text" },
    });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OPENAI_API_KEY: " " }).DATABASE_URL).toBeUndefined();
  });

  it("switches to the real providers when configured", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://app@db.internal:5432/eventos",
      SUPABASE_URL: "https://abc.supabase.co",
      SUPABASE_ANON_KEY: "anon",
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://localhost:11434/v1",
      OPENAI_MODEL: "llama3.1",
      SMTP_URL: "smtp://mail.internal:587",
    });
    const providers = activeProviders(env);
    expect(providers.database).toEqual({ provider: "postgresql", detail: "PostgreSQL server at db.internal:5432" });
    expect(providers.auth.provider).toBe("supabase");
    expect(providers.llm.detail).toBe("llama3.1 at localhost:11434");
    expect(providers.email.provider).toBe("smtp");
    expect(activeProviders(parseEnv({ OPENAI_API_KEY: "sk-x", OPENAI_EMBEDDING_MODEL: "e5" })).search.provider).toBe(
      "hybrid",
    );
    expect(activeProviders(parseEnv({ RESEND_API_KEY: "re_x", SMTP_URL: "smtp://m" })).email.provider).toBe("resend");
  });

  it("picks the Inngest mode: dev by default, signed cloud mode with keys or in production", () => {
    expect(jobsConfig(parseEnv({}))).toEqual({ mode: "dev", url: "http://127.0.0.1:8288" });
    expect(jobsConfig(parseEnv({ INNGEST_DEV: "http://127.0.0.1:9999" }))).toEqual({
      mode: "dev",
      url: "http://127.0.0.1:9999",
    });
    const cloud = parseEnv({ INNGEST_SIGNING_KEY: "signkey-prod-abc", INNGEST_EVENT_KEY: "evt" });
    expect(jobsConfig(cloud)).toMatchObject({ mode: "cloud", signingKey: "signkey-prod-abc", baseUrl: undefined });
    expect(activeProviders(cloud).jobs.provider).toBe("inngest-cloud");
    const selfHosted = parseEnv({
      INNGEST_SIGNING_KEY: "signkey-prod-abc",
      INNGEST_BASE_URL: "http://inngest.internal:8288",
    });
    expect(activeProviders(selfHosted).jobs.detail).toBe("Inngest server at inngest.internal:8288");
    // Production without keys is never silently unsigned: the SDK refuses runs and the UI says why.
    const bare = parseEnv({ NODE_ENV: "production" });
    expect(jobsConfig(bare)).toMatchObject({ mode: "cloud", signingKey: undefined });
    expect(activeProviders(bare).jobs.provider).toBe("unconfigured");
  });

  it("refuses to start in production with INNGEST_DEV set, saying how to fix it, unless explicitly allowed", () => {
    expect(() => parseEnv({ NODE_ENV: "production", INNGEST_DEV: "http://127.0.0.1:8288" })).toThrow(
      /INNGEST_DEV: is set in production: dev mode accepts unsigned requests[\s\S]*INNGEST_SIGNING_KEY/,
    );
    // The e2e suite's production build: INNGEST_DEV empty, a signing key, a local Inngest server.
    const e2e = parseEnv({
      NODE_ENV: "production",
      INNGEST_DEV: "",
      INNGEST_SIGNING_KEY: "signkey-test-abc",
      INNGEST_BASE_URL: "http://127.0.0.1:8299",
    });
    expect(jobsConfig(e2e)).toMatchObject({ mode: "cloud", signingKey: "signkey-test-abc" });
    const optedIn = parseEnv({
      NODE_ENV: "production",
      INNGEST_DEV: "http://127.0.0.1:8288",
      INNGEST_ALLOW_DEV_IN_PRODUCTION: "true",
    });
    expect(jobsConfig(optedIn)).toEqual({ mode: "dev", url: "http://127.0.0.1:8288" });
    // Development keeps its dev mode.
    expect(jobsConfig(parseEnv({ NODE_ENV: "development", INNGEST_DEV: "http://127.0.0.1:8288" })).mode).toBe("dev");
  });

  it("never lets INNGEST_DEV switch off the signatures a signing key asks for", () => {
    expect(() => parseEnv({ INNGEST_DEV: "http://127.0.0.1:8288", INNGEST_SIGNING_KEY: "signkey-prod-abc" })).toThrow(
      /INNGEST_DEV: and INNGEST_SIGNING_KEY are both set/,
    );
    // Even an Env built around the parser keeps the signed mode.
    const both = { ...parseEnv({ INNGEST_SIGNING_KEY: "signkey-prod-abc" }), INNGEST_DEV: "http://127.0.0.1:8288" };
    expect(jobsConfig(both)).toMatchObject({ mode: "cloud", signingKey: "signkey-prod-abc" });
  });

  it("names every bad variable in one clear error", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url", EMBEDDED_DB_PORT: "80" })).toThrow(
      /DATABASE_URL[\s\S]*EMBEDDED_DB_PORT/,
    );
    expect(() => parseEnv({ SUPABASE_URL: "https://abc.supabase.co" })).toThrow(
      /SUPABASE_URL and SUPABASE_ANON_KEY must be set together/,
    );
  });
});
