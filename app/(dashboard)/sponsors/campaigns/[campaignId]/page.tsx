import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ScreenChatContext } from "@/components/copilot/screen-context";
import { AutoRefresh } from "@/components/runs/auto-refresh";
import { RecordReplyForm } from "@/components/sponsors/record-reply-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TableHead } from "@/components/ui/table-head";
import { AUTONOMY_TARGETS, MODES } from "@/lib/agents/catalog";
import { campaignAutonomy, prospectTimeline } from "@/lib/agents/sales/campaign";
import { requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";
import { describeRunState, getRun, runScope } from "@/lib/jobs/runs";

export const metadata: Metadata = { title: "Outreach campaign" };

const reportSchema = z
  .object({
    prospectsFound: z.number(),
    qualified: z.number(),
    proposalsSent: z.number(),
    emailed: z.number(),
    responseRate: z.number(),
    meetingsScheduled: z.number(),
    needsAttention: z.array(z.string()),
    note: z.string(),
    opportunities: z.array(z.object({ name: z.string(), score: z.number(), reasons: z.array(z.string()) })),
  })
  .partial();

const STATUS_TONE = { running: "info", waiting_for_approval: "warn", completed: "good", failed: "bad" } as const;

export default async function CampaignPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const context = await requirePageContext();
  const format = await getFormatter();
  const { campaignId } = await params;
  const campaign = z.uuid().safeParse(campaignId).success
    ? await db.outreachCampaign.findFirst({
        where: { id: campaignId, event: { organizationId: context.organization.id } },
        include: {
          event: { select: { id: true, name: true, timezone: true } },
          prospects: {
            orderBy: { score: "desc" },
            include: {
              deal: {
                include: {
                  company: { select: { name: true } },
                  contact: { select: { name: true, email: true } },
                  emails: {
                    where: { dealId: { not: null } },
                    select: {
                      subject: true,
                      createdAt: true,
                      openCount: true,
                      clickCount: true,
                      firstOpenedAt: true,
                      firstClickedAt: true,
                    },
                  },
                  proposals: { select: { token: true, viewCount: true, firstViewedAt: true } },
                  replies: { select: { classification: true, receivedAt: true } },
                  meetings: { select: { status: true, startsAt: true, createdAt: true, bookedAt: true } },
                },
              },
            },
          },
        },
      })
    : null;
  if (!campaign) notFound();
  const [run, autonomy] = await Promise.all([
    campaign.runId ? getRun(db, campaign.runId, runScope(context)) : null,
    campaignAutonomy(db, context.organization.id, campaign.runId),
  ]);
  const report = reportSchema.safeParse(campaign.report).data ?? {};
  const active = campaign.status === "running" || campaign.status === "waiting_for_approval";
  const canRecord = can(context.role, "agents:run");
  const tone = STATUS_TONE[campaign.status as keyof typeof STATUS_TONE] ?? "neutral";
  return (
    <>
      <ScreenChatContext
        screen={{ page: `The sponsor outreach campaign of ${campaign.event.name}`, eventId: campaign.event.id }}
        suggestions={["How is the sponsor campaign going?", "What is waiting for my approval?"]}
      />
      <PageHeader
        title={`Sponsor outreach · ${campaign.event.name}`}
        description={`Started ${format.dateTime(campaign.createdAt, campaign.event.timezone)} in ${MODES[campaign.mode].label} mode.`}
        actions={<Badge tone={tone}>{campaign.status.replaceAll("_", " ")}</Badge>}
      />
      <AutoRefresh active={active} />
      <div className="mb-6 grid gap-4 lg:grid-cols-2">
        <Card title="Progress">
          {run ? (
            <div className="space-y-1 text-sm">
              <p>
                {run.progress.done} of {run.progress.total} steps done
                {run.state ? `, ${describeRunState(run.state, format)}` : ""}.
              </p>
              <Link
                href={`/runs/${run.id}`}
                className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
              >
                Open the run
              </Link>
            </div>
          ) : (
            <p className="text-sm text-slate-600">The job engine has not picked the campaign up yet.</p>
          )}
        </Card>
        <Card title="Funnel">
          <dl className="grid grid-cols-3 gap-3 text-sm">
            {[
              ["Prospects found", report.prospectsFound ?? "–"],
              ["Qualified (80+)", report.qualified ?? campaign.prospects.length],
              ["Proposals sent", report.proposalsSent ?? "–"],
              ["Emailed", report.emailed ?? "–"],
              ["Response rate", report.responseRate === undefined ? "–" : format.percent(report.responseRate)],
              ["Meetings", report.meetingsScheduled ?? "–"],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="text-lg font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm">
            Autonomy:{" "}
            {autonomy ? (
              <>
                <strong>{format.percent(autonomy.rate ?? 0)}</strong>: {autonomy.autonomous} of {autonomy.attempted}{" "}
                write actions done without a person{" "}
                <Badge tone={(autonomy.rate ?? 0) >= AUTONOMY_TARGETS.sales ? "good" : "warn"}>
                  target {format.percent(AUTONOMY_TARGETS.sales)}
                </Badge>
              </>
            ) : (
              "no action yet"
            )}
          </p>
          <p className="mt-1 text-xs text-slate-500">
            The specification's other targets (3x the outreach and 2x the conversion of manual work) need a manual
            baseline this organization has not recorded.
          </p>
        </Card>
      </div>
      {(report.note || (report.needsAttention?.length ?? 0) > 0) && (
        <Card title="Report" className="mb-6">
          {report.note && <p className="text-sm">{report.note}</p>}
          {(report.needsAttention?.length ?? 0) > 0 && (
            <>
              <h3 className="mt-2 text-sm font-medium">Needs a person</h3>
              <ul className="list-disc pl-5 text-sm">
                {report.needsAttention?.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          {report.opportunities && (
            <ul className="mt-2 space-y-1 text-sm">
              {report.opportunities.map((opportunity) => (
                <li key={opportunity.name}>
                  <span className="font-medium">{opportunity.name}</span> ({opportunity.score}):{" "}
                  {opportunity.reasons.join("; ")}
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      <Card title={`Prospects (${campaign.prospects.length})`}>
        {campaign.prospects.length === 0 ? (
          <p className="text-sm text-slate-600">No prospect is in the campaign yet.</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Prospects of the campaign</caption>
            <TableHead
              columns={["Company", "Score", "Status", "Opens / clicks", "Proposal views", "Replies", "Meeting"]}
            />
            <tbody className="divide-y divide-slate-100">
              {campaign.prospects.map(({ deal, ...prospect }) => (
                <tr key={prospect.id}>
                  <td className="py-2">
                    <p className="font-medium">{deal.company.name}</p>
                    <p className="text-xs text-slate-500">{deal.contact?.name ?? "no contact"}</p>
                    <details className="text-xs">
                      <summary className="cursor-pointer text-brand-700">Timeline</summary>
                      <ol className="mt-1 space-y-0.5">
                        {prospectTimeline(deal).map((entry) => (
                          <li key={`${entry.at.toISOString()}-${entry.text}`}>
                            {format.dateTime(entry.at, campaign.event.timezone)}: {entry.text}
                          </li>
                        ))}
                      </ol>
                    </details>
                  </td>
                  <td className="py-2">{prospect.score}</td>
                  <td className="py-2">
                    {prospect.status.replaceAll("_", " ")}
                    {prospect.stoppedReason && <p className="text-xs text-slate-500">{prospect.stoppedReason}</p>}
                    {prospect.lastEmailAt && (
                      <p className="text-xs text-slate-500">
                        last email {format.dateTime(prospect.lastEmailAt, campaign.event.timezone)}
                      </p>
                    )}
                  </td>
                  <td className="py-2">
                    {deal.emails.reduce((sum, email) => sum + email.openCount, 0)} /{" "}
                    {deal.emails.reduce((sum, email) => sum + email.clickCount, 0)}
                  </td>
                  <td className="py-2">
                    {deal.proposals.map((proposal) => (
                      <Link
                        key={proposal.token}
                        href={`/p/${proposal.token}`}
                        className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
                      >
                        {proposal.viewCount} view{proposal.viewCount === 1 ? "" : "s"}
                      </Link>
                    ))}
                  </td>
                  <td className="py-2">
                    {deal.replies.map((reply) => reply.classification.replace("_", " ")).join(", ") || "–"}
                    {canRecord && deal.contact && (
                      <RecordReplyForm dealId={deal.id} contactEmail={deal.contact.email} />
                    )}
                  </td>
                  <td className="py-2">
                    {deal.meetings
                      .map((meeting) =>
                        meeting.startsAt ? format.dateTime(meeting.startsAt, campaign.event.timezone) : meeting.status,
                      )
                      .join(", ") || "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
