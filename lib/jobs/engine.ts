import { activeProviders, type Env, env, jobsConfig, type ProviderReport } from "@/lib/env";

/** What the local engine answers at GET /dev, so it can be told apart from a real Inngest server. */
export const LOCAL_ENGINE_NAME = "eventos-local-engine";

export type Occupant = "none" | "local-engine" | "inngest-server";

type LocalEngineState = { engine?: string; synced?: boolean; appUrl?: string };

/** What answers at an Inngest address, and (for the local engine) which app it synced. */
async function look(baseUrl: string): Promise<{ occupant: Occupant; synced: boolean; appUrl?: string }> {
  try {
    const response = await fetch(new URL("/dev", baseUrl), { signal: AbortSignal.timeout(1000) });
    const body = (await response.json().catch(() => ({}))) as LocalEngineState;
    if (body.engine !== LOCAL_ENGINE_NAME) return { occupant: "inngest-server", synced: false };
    return { occupant: "local-engine", synced: body.synced === true, appUrl: body.appUrl };
  } catch {
    return { occupant: "none", synced: false };
  }
}

/** Who answers at an Inngest address: nobody, the local engine, or (anything else) an Inngest server. */
export async function probe(baseUrl: string): Promise<Occupant> {
  return (await look(baseUrl)).occupant;
}

/** The address the local engine must have synced for this app's runs to start. */
export const inngestEndpoint = (appUrl: string) => new URL("/api/inngest", appUrl).href;

/**
 * Whether the local engine at `baseUrl` has synced its app (events sent before that start nothing);
 * with `appUrl`, whether the app it synced is that one.
 */
export async function engineSynced(baseUrl: string, appUrl?: string) {
  const state = await look(baseUrl);
  return state.synced && (appUrl === undefined || state.appUrl === inngestEndpoint(appUrl));
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
  const state = await look(address);
  switch (state.occupant) {
    case "local-engine": {
      const detail = `Local Inngest engine at ${host} (${jobs.mode} mode)`;
      if (!state.synced) return { provider: "local-engine", detail: `${detail}: not synced yet`, reachable: false };
      if (state.appUrl !== inngestEndpoint(config.APP_URL)) {
        const other = state.appUrl ? new URL(state.appUrl).host : "another app";
        return { provider: "local-engine", detail: `${detail}: serves ${other}, not this app`, reachable: false };
      }
      return { provider: "local-engine", detail, reachable: true };
    }
    case "inngest-server":
      return { ...configured, reachable: true };
    case "none":
      return { ...configured, detail: `${configured.detail}: not answering`, reachable: false };
  }
}
