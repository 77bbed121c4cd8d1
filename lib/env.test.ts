import { describe, expect, it } from "vitest";
import { activeProviders, parseEnv } from "./env";

describe("configuration", () => {
  it("works with nothing set, using every local default", () => {
    const env = parseEnv({});
    expect(env.EMBEDDED_DB_PORT).toBe(5488);
    expect(activeProviders(env)).toMatchObject({
      database: { provider: "embedded" },
      auth: { provider: "local" },
      llm: { provider: "offline-planner" },
      email: { provider: "local-outbox" },
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
    expect(activeProviders(parseEnv({ RESEND_API_KEY: "re_x", SMTP_URL: "smtp://m" })).email.provider).toBe("resend");
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
