import type { Metadata } from "next";
import { AgentModeForm } from "@/components/agents/agent-mode-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { AGENTS, MODES } from "@/lib/agents/catalog";
import { getAgentModes } from "@/lib/agents/settings";
import { requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage() {
  const context = await requirePageContext();
  const modes = await getAgentModes(db, context.organization.id);
  const canConfigure = can(context.role, "agents:configure");
  return (
    <>
      <PageHeader
        title="Agents"
        description="Five co-agents and the autonomy each works with across your organization. The agents themselves are not switched on in this build yet: the modes set here are the ones they will use."
      />
      <dl className="mb-6 grid gap-3 text-sm sm:grid-cols-3">
        {Object.entries(MODES).map(([mode, { label, summary }]) => (
          <div key={mode} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <dt className="font-semibold">{label}</dt>
            <dd className="text-slate-600">{summary}</dd>
          </div>
        ))}
      </dl>
      <ul className="space-y-3">
        {modes.map(({ agent, mode, isDefault }) => (
          <li key={agent} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div className="max-w-2xl">
                <h2 className="font-semibold">
                  {AGENTS[agent].name} agent{" "}
                  <Badge tone={mode === "full_auto" ? "info" : mode === "assisted" ? "warn" : "neutral"}>
                    {MODES[mode].label}
                    {isDefault ? " (default)" : ""}
                  </Badge>
                </h2>
                <p className="mt-1 text-sm text-slate-600">{AGENTS[agent].summary}</p>
              </div>
              {canConfigure ? (
                <AgentModeForm agent={agent} name={AGENTS[agent].name} mode={mode} />
              ) : (
                <p className="text-xs text-slate-500">Admins can change the mode.</p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
