import { LifeBuoy } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ScreenChatContext } from "@/components/copilot/screen-context";
import { CHANNEL_LABELS, escalationLabel, STATUS_TONE } from "@/components/support/labels";
import { ResolutionCompare } from "@/components/support/resolution-compare";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { TableHead } from "@/components/ui/table-head";
import {
  CONVERSATION_STATUSES,
  CONVERSATIONS_PAGE_SIZE,
  listConversations,
  PERIODS,
  type Period,
  periodSchema,
  STATUS_LABELS,
  supportMetrics,
} from "@/lib/agents/support/metrics";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Support" };

const PERIOD_LABELS: Record<Period, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  all: "All time",
};

// Unknown filter values are ignored rather than failing the page.
const filterSchema = z.object({
  event: z.uuid().optional().catch(undefined),
  period: periodSchema.catch("30d").default("30d"),
  status: z.enum(CONVERSATION_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function SupportPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const context = await requirePageContext();
  const format = await getFormatter();
  const organizationId = context.organization.id;
  const filters = filterSchema.parse(await searchParams);
  const events = await db.event.findMany({
    where: { organizationId },
    orderBy: { startsAt: "asc" },
    select: { id: true, name: true, timezone: true },
  });
  const event = events.find((candidate) => candidate.id === filters.event);
  const scope = { organizationId, eventId: event?.id, period: filters.period };
  const [metrics, list] = await Promise.all([
    supportMetrics(db, scope),
    listConversations(db, { ...scope, status: filters.status, page: filters.page }),
  ]);
  const { resolution, firstResponse } = metrics;
  const pages = Math.max(1, Math.ceil(list.total / CONVERSATIONS_PAGE_SIZE));
  const query = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { event: event?.id, period: filters.period, status: filters.status, page: filters.page, ...changes };
    for (const [name, value] of Object.entries(merged)) if (value !== undefined) params.set(name, String(value));
    return `/support?${params.toString()}`;
  };
  const where = event ? event.name : "all events";

  return (
    <>
      <ScreenChatContext
        screen={{ page: `Support for ${where}`, eventId: event?.id }}
        suggestions={["How many support requests are open?", "What are attendees asking about?"]}
      />
      <PageHeader
        title="Support"
        description="Attendees' conversations with the Support agent, what it resolved (checked against the database, not its own word) and what it handed to a person."
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter support">
        <FilterSelect
          name="event"
          label="Event"
          value={event?.id}
          options={events.map((candidate) => [candidate.id, candidate.name])}
        />
        <div>
          <label htmlFor="filter-period" className="block text-xs font-medium text-slate-500">
            Period
          </label>
          <select
            id="filter-period"
            name="period"
            defaultValue={filters.period}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {(Object.keys(PERIODS) as Period[]).map((period) => (
              <option key={period} value={period}>
                {PERIOD_LABELS[period]}
              </option>
            ))}
          </select>
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          options={CONVERSATION_STATUSES.map((status) => [status, STATUS_LABELS[status]])}
        />
        <Button type="submit">Apply</Button>
        <Link href="/support" className="px-2 py-1.5 text-sm text-slate-600 underline">
          Clear
        </Link>
      </form>

      <nav aria-label="Knowledge base and policy" className="mb-6 text-sm text-slate-700">
        {events.length === 0 ? (
          "Create an event first: each event has its own knowledge base and support policy."
        ) : (
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {(event ? [event] : events).map((candidate) => (
              <li key={candidate.id}>
                <span className="font-medium">{candidate.name}:</span>{" "}
                <Link
                  href={`/support/${candidate.id}/articles`}
                  className="text-brand-700 underline underline-offset-2"
                >
                  Knowledge base
                </Link>{" "}
                ·{" "}
                <Link href={`/support/${candidate.id}/policy`} className="text-brand-700 underline underline-offset-2">
                  Support policy
                </Link>
              </li>
            ))}
          </ul>
        )}
      </nav>

      {metrics.total === 0 ? (
        <EmptyState icon={LifeBuoy} title="No support conversations yet">
          {PERIOD_LABELS[filters.period]}, nobody wrote to support for {where}. When attendees write on the help page,
          by email or through the API, their conversations, what the agent did and what it handed to a person show up
          here. Meanwhile, fill each event's knowledge base so the agent can answer.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Stat
              label="Conversations"
              value={format.number(metrics.total)}
              hint={`${format.number(metrics.byStatus.open)} open · ${format.number(metrics.byStatus.resolved)} resolved · ${format.number(metrics.byStatus.handed_off)} handed off`}
            />
            <Stat
              label="Verified resolution"
              value={resolution.rate === null ? "–" : format.percent(resolution.rate)}
              tone={resolution.rate === null ? "neutral" : resolution.rate >= 0.95 ? "good" : "warn"}
              hint={
                resolution.rate === null
                  ? "No outcome is known yet"
                  : `${format.number(resolution.verified)} of ${format.number(resolution.conversations - resolution.pending)} with a known outcome`
              }
            />
            <Stat
              label="First response (median)"
              value={firstResponse.medianMs === null ? "–" : format.duration(Math.round(firstResponse.medianMs))}
              hint={
                firstResponse.p90Ms === null
                  ? "No reply measured yet"
                  : `90% within ${format.duration(Math.round(firstResponse.p90Ms))} · target under 5 min`
              }
            />
            <Stat
              label="Handed to a person"
              value={format.number(metrics.byStatus.handed_off)}
              hint={
                metrics.total > 0
                  ? `${format.percent(metrics.byStatus.handed_off / metrics.total)} of conversations`
                  : undefined
              }
            />
          </div>

          <Card title="Verified resolution against the targets">
            <ResolutionCompare rate={resolution.rate} />
            <p className="mt-3 text-xs text-slate-600">
              A conversation counts only when the action it needed is in the database (a refund row, a new ticket, an
              email sent) or the answer was informational, nobody asked for a person, and it was not reopened within 72
              hours. {format.number(resolution.pending)}{" "}
              {resolution.pending === 1 ? "conversation is" : "conversations are"} still inside those 72 hours: not
              counted either way yet. Intercom Fin's published average counts a conversation resolved when the customer
              does not ask for a person, without checking the database.
            </p>
          </Card>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card title="What attendees ask about">
              <TopicBars
                rows={metrics.topics.map((topic) => ({ key: topic.kind, label: topic.label, count: topic.count }))}
                empty="No attendee messages in this period."
              />
              {metrics.messagesRead > 0 && (
                <p className="mt-2 text-xs text-slate-500">
                  Read from {format.number(metrics.messagesRead)} attendee messages.
                </p>
              )}
            </Card>
            <Card title="Articles cited most">
              <TopicBars
                rows={metrics.topArticles.map((article) => ({
                  key: article.articleId,
                  label: article.title,
                  count: article.citations,
                }))}
                empty="No reply cited an article in this period."
              />
            </Card>
            <Card title="Questions with no answer">
              {metrics.unanswered.length === 0 ? (
                <p className="text-sm text-slate-600">
                  Every question in this period had an answer in the knowledge base.
                </p>
              ) : (
                <>
                  <p className="mb-2 text-xs text-slate-600">
                    Handed off because the knowledge base did not answer them: write articles for these.
                  </p>
                  <ul className="space-y-2 text-sm">
                    {metrics.unanswered.map((item) => (
                      <li key={`${item.conversationId}-${item.createdAt.toISOString()}`} className="flex gap-2">
                        <Link href={`/support/conversations/${item.conversationId}`} className="flex-1 hover:underline">
                          “{item.body.length > 200 ? `${item.body.slice(0, 200)}…` : item.body}”
                        </Link>
                        <Link
                          href={`/support/${item.eventId}/articles`}
                          className="shrink-0 text-xs text-brand-700 underline underline-offset-2"
                        >
                          Write an article
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Card>
            <Card title="Hand-offs by reason">
              <TopicBars
                rows={metrics.escalations.map((row) => ({
                  key: row.reason,
                  label: escalationLabel(row.reason) ?? row.reason,
                  count: row.count,
                }))}
                empty="Nothing was handed to a person in this period."
              />
            </Card>
          </div>

          <Card title={`Conversations${filters.status ? `: ${STATUS_LABELS[filters.status].toLowerCase()}` : ""}`}>
            {list.conversations.length === 0 ? (
              <p className="text-sm text-slate-600">No conversation has this status in this period.</p>
            ) : (
              <table className="w-full text-sm">
                <caption className="sr-only">Support conversations, newest first</caption>
                <TableHead
                  columns={[
                    "Started",
                    ...(event ? [] : ["Event"]),
                    "Attendee",
                    "Channel",
                    "Status",
                    { label: "First response", align: "right" },
                    "Handed off for",
                  ]}
                  cellClassName="py-2 pr-3"
                />
                <tbody className="divide-y divide-slate-100">
                  {list.conversations.map((row) => (
                    <tr key={row.id} className="align-top">
                      <td className="py-2 pr-3 whitespace-nowrap">
                        <Link href={`/support/conversations/${row.id}`} className="font-medium hover:underline">
                          {format.dateTime(row.createdAt)}
                        </Link>
                        {row.firstMessage && (
                          <p className="max-w-xs truncate text-xs text-slate-500">{row.firstMessage}</p>
                        )}
                      </td>
                      {!event && <td className="py-2 pr-3">{row.event.name}</td>}
                      <td className="py-2 pr-3 break-all">{row.attendeeEmail}</td>
                      <td className="py-2 pr-3">{CHANNEL_LABELS[row.channel]}</td>
                      <td className="py-2 pr-3">
                        <Badge tone={STATUS_TONE[row.status]}>{STATUS_LABELS[row.status]}</Badge>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {row.firstResponseMs === null ? "–" : format.duration(row.firstResponseMs)}
                      </td>
                      <td className="py-2 pr-3 text-slate-700">{escalationLabel(row.escalationReason) ?? "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {pages > 1 && (
              <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm">
                {filters.page > 1 && (
                  <Link href={query({ page: filters.page - 1 })} className="underline">
                    Newer
                  </Link>
                )}
                <span className="text-slate-600">
                  Page {format.number(filters.page)} of {format.number(pages)}
                </span>
                {filters.page < pages && (
                  <Link href={query({ page: filters.page + 1 })} className="underline">
                    Older
                  </Link>
                )}
              </nav>
            )}
          </Card>
        </div>
      )}
    </>
  );
}

/** Counts as labelled bars, the longest full width; the figure is in the text for screen readers. */
async function TopicBars({ rows, empty }: { rows: { key: string; label: string; count: number }[]; empty: string }) {
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  const most = Math.max(...rows.map((row) => row.count));
  return (
    <ul className="space-y-2 text-sm">
      {rows.map((row) => (
        <li key={row.key}>
          <div className="flex justify-between gap-3">
            <span>{row.label}</span>
            <span className="tabular-nums text-slate-700">{format.number(row.count)}</span>
          </div>
          <div aria-hidden className="mt-1 h-1.5 rounded bg-slate-100">
            <div className="h-1.5 rounded bg-brand-500" style={{ width: `${(row.count / most) * 100}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
