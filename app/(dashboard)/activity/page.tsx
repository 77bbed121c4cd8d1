import { Activity } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AGENT_IDS, AGENTS, agentIdSchema } from "@/lib/agents/catalog";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Activity" };

const STATUS_TONE = { success: "good", failed: "bad", pending: "neutral", escalated: "warn" } as const;
const filterSchema = z.object({
  agent: agentIdSchema.optional().catch(undefined),
});

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const context = await requirePageContext();
  const { agent } = filterSchema.parse(await searchParams);
  const activities = await db.agentActivity.findMany({
    where: { organizationId: context.organization.id, agentId: agent },
    include: { event: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return (
    <>
      <PageHeader title="Activity" description="Every action every agent took, with its reasoning and outcome." />
      <nav aria-label="Filter by agent" className="mb-4 flex flex-wrap gap-2 text-sm">
        {[undefined, ...AGENT_IDS].map((id) => (
          <Link
            key={id ?? "all"}
            href={id ? `/activity?agent=${id}` : "/activity"}
            aria-current={agent === id ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ${agent === id ? "bg-brand-600 text-white ring-brand-600" : "bg-white ring-slate-200 hover:bg-slate-50"}`}
          >
            {id ? AGENTS[id].name : "All agents"}
          </Link>
        ))}
      </nav>
      {activities.length === 0 ? (
        <EmptyState icon={Activity} title="No agent activity yet">
          Each search, email, reminder, escalation and report an agent makes is logged here with its input, output,
          reasoning and whether a person had to review it.
        </EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {activities.map((activity) => (
            <li key={activity.id} className="flex flex-wrap items-start gap-3 px-4 py-3 text-sm">
              <Badge tone={STATUS_TONE[activity.status]}>{activity.status}</Badge>
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {AGENTS[activity.agentId].name}: {activity.activityType.replaceAll("_", " ")}
                  {activity.event ? <span className="font-normal text-slate-500"> · {activity.event.name}</span> : null}
                </p>
                {activity.reasoning && <p className="text-slate-600">{activity.reasoning}</p>}
                {activity.escalationReason && <p className="text-amber-800">Escalated: {activity.escalationReason}</p>}
              </div>
              <time className="text-xs text-slate-500" dateTime={activity.createdAt.toISOString()}>
                {formatDateTime(activity.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
