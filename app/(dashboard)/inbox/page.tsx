import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { ScreenChatContext } from "@/components/copilot/screen-context";
import { ApprovalCard, type ApprovalView } from "@/components/inbox/approval-card";
import { BulkApprove } from "@/components/inbox/bulk-approve";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AGENTS } from "@/lib/agents/catalog";
import { decisionRefusal } from "@/lib/agents/core/policy";
import { toolLabel } from "@/lib/agents/labels";
import { findTool } from "@/lib/agents/registry";
import { requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Inbox" };

const DECISION_TONE = {
  approved: "good",
  rejected: "bad",
  expired: "neutral",
  cancelled: "neutral",
  pending: "neutral",
} as const;
const BULK_FORM = "bulk-approve";

export default async function InboxPage() {
  const context = await requirePageContext();
  const format = await getFormatter();
  const now = new Date();
  const [pending, decided] = await Promise.all([
    db.approval.findMany({
      where: { organizationId: context.organization.id, status: "pending" },
      include: { event: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    db.approval.findMany({
      where: { organizationId: context.organization.id, status: { not: "pending" } },
      include: { event: { select: { name: true } } },
      orderBy: { decidedAt: "desc" },
      take: 20,
    }),
  ]);
  const deciders = new Map(
    (
      await db.user.findMany({
        where: { id: { in: decided.flatMap((item) => (item.decidedById ? [item.decidedById] : [])) } },
        select: { id: true, name: true },
      })
    ).map((user) => [user.id, user.name]),
  );
  const canDecide = can(context.role, "approvals:decide");
  // The same rule the server applies on decision, so the page offers only what will be accepted.
  const person = { userId: context.user.id, role: context.role };
  const views: ApprovalView[] = pending.map((item) => ({
    id: item.id,
    agentName: AGENTS[item.agentId].name,
    eventName: item.event?.name ?? null,
    action: toolLabel(item.action),
    effect: findTool(item.action)?.description ?? null,
    reason: item.reason,
    risk: item.risk,
    // A held edit is the item's current proposal (see decideApproval).
    argumentsJson: JSON.stringify(item.editedArguments ?? item.arguments, null, 2),
    edited: item.editedArguments !== null,
    approveBlocked: decisionRefusal(item, person, "approve"),
    rejectBlocked: decisionRefusal(item, person, "reject"),
    money: item.amountCents !== null && item.currency ? format.money(item.amountCents, item.currency) : null,
    recipients: item.recipients,
    asked: format.relative(item.createdAt, now),
    expires: item.expiresAt ? format.relative(item.expiresAt, now) : null,
  }));
  return (
    <>
      <ScreenChatContext
        screen={{ page: "The approval inbox" }}
        suggestions={["What is waiting for my approval?", "How is the sales agent doing?"]}
      />
      <PageHeader
        title="Inbox"
        description="Agent actions waiting for a person: approve, edit and approve, or reject with a reason."
        actions={canDecide && views.length > 0 ? <BulkApprove formId={BULK_FORM} /> : undefined}
      />
      {views.length === 0 ? (
        <EmptyState icon={Inbox} title="Nothing needs your decision">
          When an agent in assisted mode proposes a write, or a policy escalates an action (a deal over $50,000, custom
          pricing or a legal question, a deliverable 3+ days overdue, a budget overrun), it lands here for a decision.
        </EmptyState>
      ) : canDecide ? (
        <ul className="space-y-3">
          {views.map((item) => (
            <ApprovalCard key={item.id} item={item} bulkFormId={BULK_FORM} />
          ))}
        </ul>
      ) : (
        <ul className="space-y-2">
          {views.map((item) => (
            <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <strong>{toolLabel(item.action)}</strong> · {item.reason}
              <p className="text-xs text-slate-500">Viewers can see the inbox; members and above decide.</p>
            </li>
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <section aria-labelledby="decided" className="mt-10">
          <h2 id="decided" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
            Recently decided
          </h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
            {decided.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                <Badge tone={DECISION_TONE[item.status]}>{item.status}</Badge>
                <span className="font-medium">{toolLabel(item.action)}</span>
                <span className="min-w-0 flex-1 truncate text-slate-600">
                  {item.reason}
                  {item.decisionReason ? ` · "${item.decisionReason}"` : ""}
                </span>
                <span className="text-xs text-slate-500">
                  {item.decidedById ? `${deciders.get(item.decidedById) ?? "Someone"}, ` : ""}
                  {item.decidedAt ? format.dateTime(item.decidedAt) : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
