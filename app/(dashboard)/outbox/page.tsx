import { Mail } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { unmatchedReplies } from "@/lib/agents/sales/inbound";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/email/send";
import { activeProviders } from "@/lib/env";
import { getFormatter } from "@/lib/format-context";
import { outboxSubject, outboxText } from "@/lib/team/outbox-visibility";

export const metadata: Metadata = { title: "Outbox" };

const STATUS_TONE = { queued: "neutral", sending: "info", sent: "good", failed: "bad" } as const;

export default async function OutboxPage() {
  const context = await requirePageContext();
  const format = await getFormatter();
  const emails = await db.emailMessage.findMany({
    where: { organizationId: context.organization.id },
    include: { event: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  const unmatched = await unmatchedReplies(db, context.organization.id);
  const provider = activeProviders().email;
  return (
    <>
      <PageHeader
        title="Outbox"
        description={`Every email the agents send, with its status. Delivery: ${provider.detail}.`}
      />
      {emails.length === 0 ? (
        <EmptyState icon={Mail} title="No emails yet">
          Reminders, vendor follow-ups and status reports the agents send appear here, whichever provider delivers them.
        </EmptyState>
      ) : (
        <ul className="space-y-2">
          {emails.map((email) => (
            <li key={email.id} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-3 text-sm">
                  <Badge tone={STATUS_TONE[email.status]}>{email.status}</Badge>
                  <span className="font-medium">{outboxSubject(email)}</span>
                  <span className="text-slate-500">to {email.to.join(", ")}</span>
                  <span className="ml-auto text-xs text-slate-500">
                    {email.event?.name ? `${email.event.name} · ` : ""}
                    {email.provider} · {format.dateTime(email.createdAt)}
                  </span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans text-sm">
                  {outboxText(email, context.role)}
                </pre>
                {email.error && <p className="mt-2 text-sm text-rose-700">Delivery failed: {email.error}</p>}
                {email.status === "failed" && (
                  <p className="mt-1 text-xs text-slate-500">
                    {email.nextAttemptAt
                      ? `Tried ${email.attempts} of ${MAX_DELIVERY_ATTEMPTS} times; tried again ${format.relative(email.nextAttemptAt)}.`
                      : "Not retried automatically: listed on the Runs page under Needs attention."}
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      {unmatched.count > 0 && (
        <section className="mt-8" aria-labelledby="unmatched-replies">
          <h2 id="unmatched-replies" className="text-base font-semibold">
            Replies that changed nothing ({unmatched.count})
          </h2>
          <p className="mt-1 text-sm text-slate-500">
            Answers to these emails reached the inbound address, but not about a sponsor deal, so no agent acted on
            them. Read them here and answer them yourself.
          </p>
          <ul className="mt-3 space-y-2">
            {unmatched.latest.map((reply) => (
              <li key={reply.id} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-3 text-sm">
                    <Badge tone="warn">unmatched</Badge>
                    <span className="font-medium">{reply.subject || "(no subject)"}</span>
                    <span className="text-slate-500">from {reply.fromEmail}</span>
                    <span className="ml-auto text-xs text-slate-500">{format.dateTime(reply.receivedAt)}</span>
                  </summary>
                  <p className="mt-2 text-xs text-slate-500">
                    {reply.unmatchedReason}
                    {reply.emailMessage ? ` Answers: "${reply.emailMessage.subject}".` : ""}
                  </p>
                  <pre className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans text-sm">
                    {reply.body}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
