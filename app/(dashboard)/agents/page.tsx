import type { Metadata } from "next";
import Link from "next/link";
import { AgentModeForm } from "@/components/agents/agent-mode-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { AGENTS, AUTONOMY_TARGETS, MODES } from "@/lib/agents/catalog";
import { activityLabel } from "@/lib/agents/labels";
import { BUILT_AGENTS, TOOLS } from "@/lib/agents/registry";
import { getAgentModes } from "@/lib/agents/settings";
import { type Autonomy, autonomyByAgent } from "@/lib/agents/stats";
import { requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage() {
  const context = await requirePageContext();
  const format = await getFormatter();
  const since = new Date(Date.now() - 30 * 86_400_000);
  const [modes, autonomy, recent] = await Promise.all([
    getAgentModes(db, context.organization.id),
    autonomyByAgent(db, context.organization.id, since),
    db.agentActivity.findMany({
      where: { organizationId: context.organization.id },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, agentId: true, activityType: true, status: true, createdAt: true },
    }),
  ]);
  const toolCount = (agent: string) => Object.values(TOOLS).filter((tool) => tool.agent === agent).length;
  const canConfigure = can(context.role, "agents:configure");
  return (
    <>
      <PageHeader
        title="Agents"
        description={`Five co-agents and the autonomy each works with across your organization. ${listOf(
          BUILT_AGENTS.map((agent) => AGENTS[agent].name),
        )} work today; the others are not built yet.`}
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
        {modes.map(({ agent, mode, isDefault }) =>
          !BUILT_AGENTS.includes(agent) ? (
            <li key={agent} className="rounded-xl border border-dashed border-slate-300 bg-white p-5">
              <h2 className="font-semibold">{AGENTS[agent].name} agent</h2>
              <p className="mt-1 text-sm text-slate-600">{AGENTS[agent].summary}</p>
              <p className="mt-2 text-xs text-slate-600">
                Not built yet: it takes no actions, so it has no mode to set.
              </p>
            </li>
          ) : (
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
                  <p className="mt-2 text-xs text-slate-600">{toolCount(agent)} tools</p>
                  <AutonomyLine autonomy={autonomy[agent]} target={AUTONOMY_TARGETS[agent] ?? null} />
                  <ul className="mt-2 space-y-0.5 text-xs">
                    {recent
                      .filter((activity) => activity.agentId === agent)
                      .slice(0, 3)
                      .map((activity) => (
                        <li key={activity.id}>
                          <Link
                            href={`/activity/${activity.id}`}
                            className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
                          >
                            {activityLabel(activity.activityType)}
                          </Link>{" "}
                          <span className="text-slate-500">
                            {activity.status} · {format.dateTime(activity.createdAt)}
                          </span>
                        </li>
                      ))}
                  </ul>
                </div>
                {canConfigure ? (
                  <AgentModeForm agent={agent} name={AGENTS[agent].name} mode={mode} />
                ) : (
                  <p className="text-xs text-slate-500">Admins can change the mode.</p>
                )}
              </div>
            </li>
          ),
        )}
      </ul>
    </>
  );
}

/**
 * The agent's autonomy over 30 days against the specification's target, with the counts behind it:
 * write actions done without a person ÷ write actions attempted, each counted once.
 */
async function AutonomyLine({ autonomy, target }: { autonomy: Autonomy; target: number | null }) {
  const format = await getFormatter();
  const { counts, attempted, autonomous, rate } = autonomy;
  const targetText = target === null ? "no target in the spec" : `target ${format.percent(target)} (the spec)`;
  return (
    <div className="mt-1 text-xs text-slate-600">
      <p>
        Autonomy (30 days):{" "}
        {rate === null ? (
          <>no write actions yet · {targetText}</>
        ) : (
          <>
            <strong>{format.percent(rate)}</strong> ({autonomous} of {attempted} write actions done without a person) ·{" "}
            {targetText}
            {target !== null && (
              <>
                {" "}
                <Badge tone={rate >= target ? "good" : "warn"}>{rate >= target ? "on target" : "below target"}</Badge>
              </>
            )}
          </>
        )}
      </p>
      {attempted > 0 && (
        <p className="text-slate-500">
          {counts.executed} executed · {counts.approved} approved by a person · {counts.rejected} rejected or expired ·{" "}
          {counts.escalated} escalated, waiting · {counts.pending} waiting for approval. Reads and review-only drafts
          are not counted.
        </p>
      )}
    </div>
  );
}

/** "Operations and Sales", "A, B and C". */
function listOf(names: string[]) {
  return names.length <= 1 ? (names[0] ?? "None") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
