import { Activity } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ACTIVITY_STATUS_TONE } from "@/components/activity/status-tone";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { AGENTS, agentIdSchema } from "@/lib/agents/catalog";
import { activityLabel } from "@/lib/agents/labels";
import { BUILT_AGENTS, LOGGED_ACTIVITY_TYPES } from "@/lib/agents/registry";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Activity" };

const DECISION_LABEL = {
  pending: "waiting in the inbox",
  approved: "approved",
  rejected: "rejected",
  expired: "expired",
  cancelled: "cancelled with its run",
};

// Unknown filter values are ignored rather than failing the page.
const filterSchema = z.object({
  agent: agentIdSchema.optional().catch(undefined),
  event: z.uuid().optional().catch(undefined),
  status: z.enum(["success", "failed", "pending", "escalated"]).optional().catch(undefined),
  type: z
    .string()
    .refine((type) => LOGGED_ACTIVITY_TYPES.includes(type))
    .optional()
    .catch(undefined),
});

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const context = await requirePageContext();
  const format = await getFormatter();
  const filters = filterSchema.parse(await searchParams);
  const [activities, events] = await Promise.all([
    db.agentActivity.findMany({
      where: {
        organizationId: context.organization.id,
        agentId: filters.agent,
        eventId: filters.event,
        status: filters.status,
        activityType: filters.type,
      },
      include: { event: { select: { name: true } }, approval: { select: { status: true } } },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    db.event.findMany({ where: { organizationId: context.organization.id }, select: { id: true, name: true } }),
  ]);
  return (
    <>
      <PageHeader title="Activity" description="Every action every agent took, with its reasoning and outcome." />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the activity">
        <FilterSelect
          name="agent"
          label="Agent"
          value={filters.agent}
          options={BUILT_AGENTS.map((id) => [id, AGENTS[id].name])}
        />
        <FilterSelect
          name="event"
          label="Event"
          value={filters.event}
          options={events.map((event) => [event.id, event.name])}
        />
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          options={["success", "failed", "pending", "escalated"].map((status) => [status, status])}
        />
        <FilterSelect
          name="type"
          label="Type"
          value={filters.type}
          options={LOGGED_ACTIVITY_TYPES.map((type) => [type, activityLabel(type)])}
        />
        <Button type="submit">Apply</Button>
        <Link href="/activity" className="px-2 py-1.5 text-sm text-slate-600 underline">
          Clear
        </Link>
      </form>
      {activities.length === 0 ? (
        <EmptyState icon={Activity} title="No agent activity yet">
          Each search, email, reminder, escalation and report an agent makes is logged here with its input, output,
          reasoning and whether a person had to review it.
        </EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {activities.map((activity) => (
            <li key={activity.id} className="flex flex-wrap items-start gap-3 px-4 py-3 text-sm">
              <Badge tone={ACTIVITY_STATUS_TONE[activity.status]}>{activity.status}</Badge>
              <div className="min-w-0 flex-1">
                <Link href={`/activity/${activity.id}`} className="font-medium hover:underline">
                  {AGENTS[activity.agentId].name}: {activityLabel(activity.activityType)}
                </Link>
                {activity.event ? <span className="text-slate-500"> · {activity.event.name}</span> : null}
                {activity.reasoning && <p className="text-slate-600">{activity.reasoning}</p>}
                {activity.escalationReason && <p className="text-amber-800">Escalated: {activity.escalationReason}</p>}
                {activity.approval && activity.status !== "success" && (
                  <p className="text-xs text-slate-500">Decision: {DECISION_LABEL[activity.approval.status]}</p>
                )}
              </div>
              <time className="text-xs text-slate-500" dateTime={activity.createdAt.toISOString()}>
                {format.dateTime(activity.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
