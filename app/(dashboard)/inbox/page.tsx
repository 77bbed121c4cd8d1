import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AGENTS } from "@/lib/agents/catalog";
import { requirePageContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Inbox" };

const RISK_TONE = { low: "neutral", medium: "info", high: "warn", critical: "bad" } as const;

export default async function InboxPage() {
  const context = await requirePageContext();
  const approvals = await db.approval.findMany({
    where: { organizationId: context.organization.id, status: "pending" },
    include: { event: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return (
    <>
      <PageHeader title="Inbox" description="Agent actions waiting for a person to approve, edit or reject." />
      {approvals.length === 0 ? (
        <EmptyState icon={Inbox} title="Nothing needs your decision">
          When an agent in assisted mode proposes a write, or a policy escalates an action (a deal over $50k, a refund
          over $500, a deliverable 3+ days overdue), it lands here for a decision.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {approvals.map((approval) => (
            <li key={approval.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={RISK_TONE[approval.risk]}>{approval.risk} risk</Badge>
                <span className="font-semibold">{approval.action}</span>
                <span className="text-sm text-slate-500">
                  {AGENTS[approval.agentId].name} agent{approval.event ? ` · ${approval.event.name}` : ""}
                </span>
              </div>
              <p className="mt-2 text-sm">{approval.reason}</p>
              <p className="mt-1 text-xs text-slate-500">
                Asked {formatDateTime(approval.createdAt)}
                {approval.amountCents !== null && approval.currency
                  ? ` · ${formatMoney(approval.amountCents, approval.currency)} at stake`
                  : ""}
                {approval.recipients.length > 0 ? ` · to ${approval.recipients.join(", ")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
