import type { DbOrTx } from "@/lib/db/client";
import { activeProviders, type Env, env } from "@/lib/env";
import { activeJobEngine } from "@/lib/jobs/engine";

/**
 * What /api/health reports: whether the database answers, and which provider each integration uses.
 * Provider names only, no hosts: the endpoint is public so load balancers can call it.
 */
export async function checkHealth(db: DbOrTx, config: Env = env) {
  const providers = activeProviders(config);
  const jobs = await activeJobEngine(config);
  const started = performance.now();
  let database: { ok: boolean; latencyMs: number; error?: string };
  try {
    await db.$queryRaw`SELECT 1`;
    database = { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    database = { ok: false, latencyMs: Math.round(performance.now() - started), error: "Database is unreachable" };
  }
  return {
    status: database.ok ? ("ok" as const) : ("degraded" as const),
    database: { ...database, provider: providers.database.provider },
    jobs: { provider: jobs.provider, reachable: jobs.reachable },
    auth: { provider: providers.auth.provider },
    llm: { provider: providers.llm.provider },
    email: { provider: providers.email.provider },
  };
}
