import { Mail } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { activeProviders } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { outboxText } from "@/lib/team/outbox-visibility";

export const metadata: Metadata = { title: "Outbox" };

const STATUS_TONE = { queued: "neutral", sending: "info", sent: "good", failed: "bad" } as const;

export default async function OutboxPage() {
  const context = await requirePageContext();
  const emails = await db.emailMessage.findMany({
    where: { organizationId: context.organization.id },
    include: { event: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
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
                  <span className="font-medium">{email.subject}</span>
                  <span className="text-slate-500">to {email.to.join(", ")}</span>
                  <span className="ml-auto text-xs text-slate-500">
                    {email.event?.name ? `${email.event.name} · ` : ""}
                    {email.provider} · {formatDateTime(email.createdAt)}
                  </span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans text-sm">
                  {outboxText(email, context.role)}
                </pre>
                {email.error && <p className="mt-2 text-sm text-rose-700">Delivery failed: {email.error}</p>}
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
