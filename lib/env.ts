import { z } from "zod";

/**
 * The whole configuration, validated once. The app reads nothing else from `process.env` (scripts and
 * tool configs only pass the environment on to child processes).
 * Every integration has a working local default; see the configuration table in README.md.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Public URL; unset: http://localhost:<PORT>, so `npm run dev -- -p 3600` links to port 3600. */
    APP_URL: optionalUrl,
    /** The port the app serves on (`next dev`/`next start` read it too; `npm run dev -- -p` sets it). */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Tests only: the Chromium or Chrome the end-to-end suite drives (scripts/browser.ts). */
    PLAYWRIGHT_CHROMIUM_PATH: optionalString,
    DATABASE_URL: optionalUrl,
    EMBEDDED_DB_DIR: z.string().default(".data/pglite"),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(5488),
    SUPABASE_URL: optionalUrl,
    SUPABASE_ANON_KEY: optionalString,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: z.string().default("gpt-4o-mini"),
    /** An embedding model at the same OpenAI-compatible API; set: knowledge search adds vector similarity. */
    OPENAI_EMBEDDING_MODEL: optionalString,
    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: optionalUrl,
    SMTP_URL: optionalUrl,
    /** Shared secret of the inbound-email webhook (HTTP Basic password); unset: the webhook is off. */
    INBOUND_EMAIL_SECRET: optionalString,
    /** How many reverse proxies in front of the app append to X-Forwarded-For (lib/request-meta.ts); 0: none, the header is not trusted. */
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
    /** The inbound address replies reach the webhook through; outreach gets Reply-To `<local>+<token>@<domain>`. */
    INBOUND_REPLY_ADDRESS: optionalString.pipe(
      z.email({ error: "INBOUND_REPLY_ADDRESS must be an email address." }).optional(),
    ),
    /** Where search_linkedin finds decision makers (lib/agents/sales/enrichment.ts). */
    ENRICHMENT_PROVIDER: z.enum(["contact-book"]).default("contact-book"),
    EMAIL_FROM: z.string().default("EventOS <agents@eventos.local>"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    INNGEST_DEV: optionalUrl,
    INNGEST_BASE_URL: optionalUrl,
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_SIGNING_KEY_FALLBACK: optionalString,
    INNGEST_LOCAL_TIME_SCALE: z.coerce.number().positive().default(1),
    INNGEST_LOCAL_CRONS: z.enum(["on", "off"]).default("on"),
    /** The explicit opt-in to unsigned dev mode in a production build (a production build tried locally). */
    INNGEST_ALLOW_DEV_IN_PRODUCTION: z.enum(["true", "false"]).default("false"),
  })
  .refine((env) => Boolean(env.SUPABASE_URL) === Boolean(env.SUPABASE_ANON_KEY), {
    message: "SUPABASE_URL and SUPABASE_ANON_KEY must be set together",
    path: ["SUPABASE_ANON_KEY"],
  })
  // Dev mode accepts unsigned requests at /api/inngest: anyone who can reach the app could start its
  // functions. So production refuses it unless someone opted in, and a signing key always wins.
  .refine(
    (env) => !(env.NODE_ENV === "production" && env.INNGEST_DEV && env.INNGEST_ALLOW_DEV_IN_PRODUCTION !== "true"),
    {
      message:
        "is set in production: dev mode accepts unsigned requests. Unset it and set INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY (INNGEST_BASE_URL for a self-hosted server), or set INNGEST_ALLOW_DEV_IN_PRODUCTION=true to run a production build against a local dev server",
      path: ["INNGEST_DEV"],
    },
  )
  .refine((env) => !(env.INNGEST_DEV && env.INNGEST_SIGNING_KEY), {
    message:
      "and INNGEST_SIGNING_KEY are both set: a signing key means every request is signed, which dev mode would turn off. Unset INNGEST_DEV (use INNGEST_BASE_URL to point at another Inngest server)",
    path: ["INNGEST_DEV"],
  })
  .transform((env) => ({ ...env, APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}` }));

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/** Where the local engine (or an Inngest dev server) listens when nothing else is configured. */
export const DEFAULT_INNGEST_DEV_URL = "http://127.0.0.1:8288";

export type JobsConfig =
  | { mode: "dev"; url: string }
  | { mode: "cloud"; baseUrl?: string; eventKey?: string; signingKey?: string; signingKeyFallback?: string };

/**
 * How the app talks to Inngest. Cloud mode (every request signed) whenever a signing key is set (nothing
 * overrides it) and in production; dev mode (no signatures) when INNGEST_DEV is set (refused in
 * production without the opt-in, see the schema) or by default outside production.
 */
export function jobsConfig(config: Env = env): JobsConfig {
  const cloud: JobsConfig = {
    mode: "cloud",
    baseUrl: config.INNGEST_BASE_URL,
    eventKey: config.INNGEST_EVENT_KEY,
    signingKey: config.INNGEST_SIGNING_KEY,
    signingKeyFallback: config.INNGEST_SIGNING_KEY_FALLBACK,
  };
  if (config.INNGEST_SIGNING_KEY) return cloud;
  if (config.INNGEST_DEV) return { mode: "dev", url: config.INNGEST_DEV };
  if (config.NODE_ENV === "production") return cloud;
  return { mode: "dev", url: DEFAULT_INNGEST_DEV_URL };
}

export type ProviderReport = { provider: string; detail: string };

/** Which real provider or local fallback each integration uses, as shown in the UI and /api/health. */
export function activeProviders(config: Env = env) {
  const database: ProviderReport = config.DATABASE_URL
    ? { provider: "postgresql", detail: `PostgreSQL server at ${new URL(config.DATABASE_URL).host}` }
    : { provider: "embedded", detail: `Embedded Postgres (PGlite) in ${config.EMBEDDED_DB_DIR}` };
  const auth: ProviderReport = config.SUPABASE_URL
    ? { provider: "supabase", detail: `Supabase Auth at ${new URL(config.SUPABASE_URL).host}` }
    : { provider: "local", detail: "Email and password, sessions in the database" };
  const llm: ProviderReport = config.OPENAI_API_KEY
    ? {
        provider: "openai-compatible",
        detail: `${config.OPENAI_MODEL} at ${config.OPENAI_BASE_URL ? new URL(config.OPENAI_BASE_URL).host : "the OpenAI API"}`,
      }
    : { provider: "offline-planner", detail: "Deterministic offline planner (no model configured)" };
  const email: ProviderReport = config.RESEND_API_KEY
    ? { provider: "resend", detail: "Resend API" }
    : config.SMTP_URL
      ? { provider: "smtp", detail: `SMTP server at ${new URL(config.SMTP_URL).host}` }
      : { provider: "local-outbox", detail: "Local outbox (stored, not delivered)" };
  const search: ProviderReport =
    config.OPENAI_API_KEY && config.OPENAI_EMBEDDING_MODEL
      ? { provider: "hybrid", detail: `Full-text ranking blended with ${config.OPENAI_EMBEDDING_MODEL} embeddings` }
      : { provider: "full-text", detail: "Postgres full-text ranking (no embedding model configured)" };
  const jobsSettings = jobsConfig(config);
  const jobs: ProviderReport =
    jobsSettings.mode === "dev"
      ? { provider: "inngest-dev", detail: `Local engine or Inngest dev server at ${new URL(jobsSettings.url).host}` }
      : !jobsSettings.signingKey
        ? {
            provider: "unconfigured",
            detail: "Inngest is not configured: set INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY",
          }
        : jobsSettings.baseUrl
          ? { provider: "inngest-self-hosted", detail: `Inngest server at ${new URL(jobsSettings.baseUrl).host}` }
          : { provider: "inngest-cloud", detail: "Inngest Cloud" };
  return { database, auth, llm, email, search, jobs };
}
