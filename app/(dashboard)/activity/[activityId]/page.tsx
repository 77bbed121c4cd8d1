import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ACTIVITY_STATUS_TONE } from "@/components/activity/status-tone";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TechnicalDetails } from "@/components/ui/technical-details";
import { describeActivity } from "@/lib/agents/activity-description";
import type { ActivityField } from "@/lib/agents/activity-fields";
import { AGENTS } from "@/lib/agents/catalog";
import { activityLabel } from "@/lib/agents/labels";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Activity detail" };

export default async function ActivityDetailPage({ params }: { params: Promise<{ activityId: string }> }) {
  const context = await requirePageContext();
  const format = await getFormatter();
  const { activityId } = await params;
  const activity = z.uuid().safeParse(activityId).success
    ? await db.agentActivity.findFirst({
        where: { id: activityId, organizationId: context.organization.id },
        include: { event: { select: { name: true } }, approval: true },
      })
    : null;
  if (!activity) notFound();
  const { asked, outcome } = await describeActivity(db, activity, format);
  const facts: [string, string][] = [
    ["Agent", `${AGENTS[activity.agentId].name} (version ${activity.agentVersion ?? "–"})`],
    ["Event", activity.event?.name ?? "–"],
    ["When", format.dateTime(activity.createdAt)],
    ["Autonomous", activity.autonomous ? "yes" : "no"],
    ["Needed human review", activity.requiredHumanReview ? "yes" : "no"],
    ["Duration", activity.durationMs === null ? "–" : `${activity.durationMs} ms`],
    ["LLM tokens", activity.llmTokensUsed === null ? "–" : String(activity.llmTokensUsed)],
  ];
  return (
    <>
      <PageHeader
        title={activityLabel(activity.activityType)}
        description={activity.reasoning ?? undefined}
        actions={<Badge tone={ACTIVITY_STATUS_TONE[activity.status]}>{activity.status}</Badge>}
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Facts">
          <dl className="space-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="flex justify-between gap-3">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-right">{value}</dd>
              </div>
            ))}
          </dl>
          {activity.escalationReason && (
            <p className="mt-3 text-sm text-amber-800">Escalated: {activity.escalationReason}</p>
          )}
          {activity.errorMessage && <p className="mt-3 text-sm text-rose-700">Error: {activity.errorMessage}</p>}
          {activity.approval && (
            <p className="mt-3 text-sm">
              Inbox item: <strong>{activity.approval.status}</strong>
              {activity.approval.decisionReason ? ` – "${activity.approval.decisionReason}"` : ""}
            </p>
          )}
        </Card>
        <Card title="What it was asked">
          {asked.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing: it ran without input.</p>
          ) : (
            <AskedFields fields={asked} />
          )}
        </Card>
        <Card title="What came of it">
          <p className="whitespace-pre-line text-sm">{outcome.summary}</p>
          {outcome.link && (
            <p className="mt-2 text-sm">
              <Link
                href={outcome.link.href}
                className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
              >
                {outcome.link.label}
              </Link>
            </p>
          )}
          <TechnicalDetails
            entries={[
              ["Input data", activity.inputData],
              ["Output data", activity.outputData],
            ]}
          />
        </Card>
      </div>
    </>
  );
}

function AskedFields({ fields }: { fields: ActivityField[] }) {
  return (
    <dl className="space-y-2 text-sm">
      {fields.map((field) => (
        <div key={field.label}>
          <dt className="text-slate-500">{field.label}</dt>
          <dd className="whitespace-pre-line break-words">
            {field.href ? (
              <Link href={field.href} className="text-brand-700 underline underline-offset-2 hover:text-brand-600">
                {field.value}
              </Link>
            ) : (
              field.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
