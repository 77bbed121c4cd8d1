import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { CHANNEL_LABELS, escalationLabel, STATUS_TONE } from "@/components/support/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { PROMPT_INJECTION_FLAG } from "@/lib/agents/support/injection";
import { STATUS_LABELS } from "@/lib/agents/support/metrics";
import { resolutionOutcome } from "@/lib/agents/support/resolution";
import { AWAITING } from "@/lib/agents/support/turn";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Support conversation" };

/** The conversation of the current organization, or a 404 before anything is streamed. */
async function findConversation(id: string) {
  const context = await requirePageContext();
  const conversation = z.uuid().safeParse(id).success
    ? await db.supportConversation.findFirst({
        where: { id, organizationId: context.organization.id },
        select: { id: true },
      })
    : null;
  if (!conversation) notFound();
  return { organizationId: context.organization.id, id: conversation.id };
}

export default async function ConversationPage({ params }: Props) {
  const found = await findConversation((await params).id);
  return (
    <Suspense fallback={<PageSkeleton />}>
      <ConversationView {...found} />
    </Suspense>
  );
}

const citationList = z.array(z.object({ articleId: z.string(), title: z.string() })).catch([]);
const actionList = z
  .array(
    z.object({
      type: z.string(),
      orderReference: z.string().optional(),
      orderExternalId: z.string().nullable().optional(),
      status: z.string(),
      amountCents: z.number().optional(),
    }),
  )
  .catch([]);

const ROLE_LABEL: Record<string, string> = { attendee: "Attendee", agent: "Support agent", staff: "Staff" };
const ROLE_STYLE: Record<string, string> = {
  attendee: "border-slate-200 bg-white",
  agent: "border-brand-100 bg-brand-50",
  staff: "border-amber-200 bg-amber-50",
};
const ACTION_LABEL: Record<string, string> = { refund: "Refund", transfer: "Transfer", resend: "Tickets sent again" };
const FLAGS: Record<string, { label: string; tone: BadgeTone }> = {
  [PROMPT_INJECTION_FLAG]: {
    label: "Tried to change the rules (prompt injection): flagged, nothing changed",
    tone: "bad",
  },
  needs_verification: { label: "Asked for the one-time code sent to the order's email", tone: "info" },
  [AWAITING.verification]: { label: "Waited for the one-time code", tone: "neutral" },
  [AWAITING.order]: { label: "Waited for the order reference", tone: "neutral" },
  [AWAITING.newHolder]: { label: "Waited for the new holder's name and email", tone: "neutral" },
  [AWAITING.confirmation]: { label: "Offered to act: waited for a yes", tone: "neutral" },
};

/** A message's flag in words: the known ones, a hand-off by its reason, anything else as stored. */
function flagView(flag: string): { label: string; tone: BadgeTone } {
  if (flag.startsWith("escalation:")) {
    return { label: `Handed off: ${escalationLabel(flag.slice("escalation:".length))?.toLowerCase()}`, tone: "warn" };
  }
  return FLAGS[flag] ?? { label: flag.replaceAll("_", " "), tone: "neutral" };
}
const OUTCOME_LABEL = {
  verified: "Verified resolved",
  pending: "Resolved, inside the 72-hour reopen window",
  unresolved: "Not resolved",
};

async function ConversationView({ organizationId, id }: { organizationId: string; id: string }) {
  const format = await getFormatter();
  const conversation = await db.supportConversation.findFirstOrThrow({
    where: { id, organizationId },
    include: {
      event: { select: { id: true, name: true, timezone: true, currency: true } },
      order: { include: { tickets: { include: { ticketType: { select: { name: true } } } } } },
      messages: { orderBy: { createdAt: "asc" } },
    },
  });
  const approval = conversation.approvalId
    ? await db.approval.findFirst({
        where: { id: conversation.approvalId, organizationId },
        select: { id: true, status: true, reason: true, createdAt: true, decidedAt: true },
      })
    : null;
  const { event, order } = conversation;
  const outcome = resolutionOutcome(conversation, new Date());
  const money = (cents: number) => format.money(cents, event.currency, { exact: true });

  return (
    <>
      <PageHeader
        title={`Conversation with ${conversation.attendeeEmail}`}
        description={
          <>
            {event.name} · {CHANNEL_LABELS[conversation.channel]} · started {format.dateTime(conversation.createdAt)} ·{" "}
            <Link href={`/support?event=${event.id}`} className="underline">
              Back to Support
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-label="Messages" className="space-y-3 lg:col-span-2">
          {conversation.messages.length === 0 && <p className="text-sm text-slate-600">No messages.</p>}
          <ol className="space-y-3">
            {conversation.messages.map((message) => {
              const citations = citationList.parse(message.citations);
              const actions = actionList.parse(message.actions);
              return (
                <li
                  key={message.id}
                  className={`rounded-xl border p-4 text-sm shadow-sm ${ROLE_STYLE[message.role] ?? ROLE_STYLE.attendee}`}
                >
                  <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                    <span className="font-semibold text-slate-700">{ROLE_LABEL[message.role] ?? message.role}</span>
                    <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt)}</time>
                    {message.responseMs !== null && <span>answered in {format.duration(message.responseMs)}</span>}
                  </div>
                  {message.flags.length > 0 && (
                    <ul className="mb-2 flex flex-wrap gap-2" aria-label="Flags">
                      {message.flags.map((flag) => {
                        const view = flagView(flag);
                        return (
                          <li key={flag}>
                            <Badge tone={view.tone}>{view.label}</Badge>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  <p className="whitespace-pre-wrap break-words">{message.body}</p>
                  {citations.length > 0 && (
                    <p className="mt-2 text-xs text-slate-600">
                      Cited:{" "}
                      {citations.map((citation, i) => (
                        <span key={citation.articleId}>
                          {i > 0 && ", "}
                          <Link
                            href={`/support/${event.id}/articles#article-${citation.articleId}`}
                            className="underline"
                          >
                            {citation.title}
                          </Link>
                        </span>
                      ))}
                    </p>
                  )}
                  {actions.length > 0 && (
                    <ul className="mt-2 flex flex-wrap gap-2" aria-label="Actions">
                      {actions.map((action) => (
                        <li key={`${action.type}-${action.orderReference ?? action.orderExternalId}`}>
                          <Badge tone={action.status === "done" ? "good" : "warn"}>
                            {ACTION_LABEL[action.type] ?? action.type}
                            {action.orderReference ? ` on ${action.orderReference}` : ""}
                            {action.amountCents !== undefined ? ` · ${money(action.amountCents)}` : ""}
                            {action.status === "done" ? " · done" : " · waiting for a person"}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </section>

        <div className="space-y-6">
          <Card title="Status">
            <dl className="space-y-2 text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-slate-500">Status</dt>
                <dd>
                  <Badge tone={STATUS_TONE[conversation.status]}>{STATUS_LABELS[conversation.status]}</Badge>
                </dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-slate-500">Resolution</dt>
                <dd className="text-right">{OUTCOME_LABEL[outcome]}</dd>
              </div>
              {conversation.escalationReason && (
                <div className="flex justify-between gap-3">
                  <dt className="text-slate-500">Handed off for</dt>
                  <dd className="text-right">{escalationLabel(conversation.escalationReason)}</dd>
                </div>
              )}
              <div className="flex justify-between gap-3">
                <dt className="text-slate-500">First response</dt>
                <dd>{conversation.firstResponseMs === null ? "–" : format.duration(conversation.firstResponseMs)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-slate-500">Sender verified</dt>
                <dd>{conversation.verifiedAt ? format.dateTime(conversation.verifiedAt) : "No"}</dd>
              </div>
              {conversation.resolvedAt && (
                <div className="flex justify-between gap-3">
                  <dt className="text-slate-500">Resolved</dt>
                  <dd>{format.dateTime(conversation.resolvedAt)}</dd>
                </div>
              )}
              {conversation.reopenedAt && (
                <div className="flex justify-between gap-3">
                  <dt className="text-slate-500">Reopened</dt>
                  <dd>{format.dateTime(conversation.reopenedAt)}</dd>
                </div>
              )}
            </dl>
          </Card>

          <Card title="Order">
            {order ? (
              <div className="space-y-2 text-sm">
                <p>
                  <span className="font-medium">{order.reference}</span>
                  {order.externalId ? <span className="text-slate-500"> ({order.externalId})</span> : null} ·{" "}
                  {order.status.replaceAll("_", " ")}
                </p>
                <p>
                  {order.buyerName} &lt;{order.buyerEmail}&gt;
                </p>
                <p>
                  Paid {money(order.totalCents)}
                  {order.refundedCents > 0 ? ` · ${money(order.refundedCents)} refunded` : ""}
                </p>
                <ul className="space-y-1 text-xs text-slate-600">
                  {order.tickets.map((ticket) => (
                    <li key={ticket.id}>
                      {ticket.ticketType.name} for {ticket.attendeeName} ({ticket.attendeeEmail}),{" "}
                      {ticket.status.replaceAll("_", " ")}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="text-sm text-slate-600">No order is linked to this conversation.</p>
            )}
          </Card>

          <Card title="Inbox item">
            {approval ? (
              <div className="space-y-2 text-sm">
                <p>
                  <Badge tone={approval.status === "pending" ? "warn" : "neutral"}>{approval.status}</Badge> filed{" "}
                  {format.dateTime(approval.createdAt)}
                  {approval.decidedAt ? `, decided ${format.dateTime(approval.decidedAt)}` : ""}
                </p>
                <p className="line-clamp-4 whitespace-pre-wrap text-slate-700">{approval.reason}</p>
                <Link href="/inbox" className="text-brand-700 underline underline-offset-2">
                  Open the inbox
                </Link>
              </div>
            ) : (
              <p className="text-sm text-slate-600">Nothing from this conversation waits for a person.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
