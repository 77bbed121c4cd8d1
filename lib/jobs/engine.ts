import { activeProviders, type Env, env, jobsConfig, type ProviderReport } from "@/lib/env";

/** What the local engine answers at GET /dev, so it can be told apart from a real Inngest server. */
export const LOCAL_ENGINE_NAME = "eventos-local-engine";

export type Occupant = "none" | "local-engine" | "inngest-server";

/** Who answers at an Inngest address: nobody, the local engine, or (anything else) an Inngest server. */
export async function probe(baseUrl: string): Promise<Occupant> {
  try {
    const response = await fetch(new URL("/dev", baseUrl), { signal: AbortSignal.timeout(1000) });
    const body = (await response.json().catch(() => ({}))) as { engine?: string };
    return body.engine === LOCAL_ENGINE_NAME ? "local-engine" : "inngest-server";
  } catch {
    return "none";
  }
}

/** Whether the local engine at `baseUrl` has synced its app (events sent before that start nothing). */
export async function engineSynced(baseUrl: string) {
  try {
    const response = await fetch(new URL("/dev", baseUrl), { signal: AbortSignal.timeout(1000) });
    const body = (await response.json()) as { engine?: string; synced?: boolean };
    return body.engine === LOCAL_ENGINE_NAME && body.synced === true;
  } catch {
    return false;
  }
}

/**
 * The job engine actually in use, for the UI and /api/health: the configuration says where Inngest is,
 * and a probe says whether the local engine, an Inngest server, or nobody answers there.
 */
export async function activeJobEngine(config: Env = env): Promise<ProviderReport & { reachable: boolean }> {
  const configured = activeProviders(config).jobs;
  const jobs = jobsConfig(config);
  const address = jobs.mode === "dev" ? jobs.url : jobs.baseUrl;
  if (!address || configured.provider === "unconfigured")
    return { ...configured, reachable: configured.provider !== "unconfigured" };
  const host = new URL(address).host;
  switch (await probe(address)) {
    case "local-engine":
      return {
        provider: "local-engine",
        detail: `Local Inngest engine at ${host} (${jobs.mode} mode)`,
        reachable: true,
      };
    case "inngest-server":
      return { ...configured, reachable: true };
    case "none":
      return { ...configured, detail: `${configured.detail}: not answering`, reachable: false };
  }
}
