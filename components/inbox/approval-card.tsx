"use client";

import { useActionState, useId } from "react";
import { type DecisionState, decideAction } from "@/app/(dashboard)/inbox/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export type ApprovalView = {
  id: string;
  agentName: string;
  eventName: string | null;
  /** The tool's label, e.g. "Follow up vendor". */
  action: string;
  /** What approving does: the tool's own description. */
  effect: string | null;
  reason: string;
  risk: "low" | "medium" | "high" | "critical";
  argumentsJson: string;
  /** A person edited the agent's arguments and the policy held the edit for an admin or owner. */
  edited: boolean;
  /** Why this person may not approve / reject it (the server's rule), or null. */
  approveBlocked: string | null;
  rejectBlocked: string | null;
  money: string | null;
  recipients: string[];
  asked: string;
  expires: string | null;
};

const RISK_TONE = { low: "neutral", medium: "info", high: "warn", critical: "bad" } as const;

export function ApprovalCard({ item, bulkFormId }: { item: ApprovalView; bulkFormId: string }) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(decideAction, {});
  const id = useId();
  const decided = Boolean(state.message);
  const critical = item.risk === "critical";
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`${id}-title`}>
      <div className="flex flex-wrap items-start gap-3">
        <input
          type="checkbox"
          name="approvalId"
          value={item.id}
          form={bulkFormId}
          aria-label={`Select ${item.action} for bulk approval`}
          aria-describedby={critical ? `${id}-not-bulk` : undefined}
          disabled={decided || critical || item.approveBlocked !== null}
          className="mt-1 h-4 w-4"
        />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={RISK_TONE[item.risk]}>{item.risk} risk</Badge>
            <h2 id={`${id}-title`} className="font-semibold">
              {item.action}
            </h2>
            <span className="text-sm text-slate-500">
              {item.agentName} agent{item.eventName ? ` · ${item.eventName}` : ""}
            </span>
          </div>
          <p className="mt-1 text-sm">{item.reason}</p>
          {critical && (
            <p id={`${id}-not-bulk`} className="mt-1 text-xs font-medium text-rose-700">
              Policy escalation: an admin or owner decides it, on its own (not in bulk approve), and not the person who
              asked for it.
            </p>
          )}
          {item.edited && (
            <p className="mt-1 text-xs text-slate-600">
              A person edited the agent's arguments; the arguments below are the edited ones.
            </p>
          )}
          <p className="mt-1 text-xs text-slate-500">
            Asked {item.asked}
            {item.expires ? ` · expires ${item.expires}` : ""}
            {item.money ? ` · ${item.money} at stake` : ""}
            {item.recipients.length > 0
              ? ` · ${item.recipients.length} recipient${item.recipients.length === 1 ? "" : "s"}: ${item.recipients.join(", ")}`
              : ""}
          </p>
        </div>
      </div>
      {decided ? (
        <p role="status" className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
          {state.message}
        </p>
      ) : (
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="approvalId" value={item.id} />
          <details>
            <summary className="cursor-pointer text-sm font-medium text-slate-700">
              Arguments (edit before approving)
            </summary>
            <label htmlFor={`${id}-args`} className="sr-only">
              Arguments of {item.action}
            </label>
            <textarea
              id={`${id}-args`}
              name="arguments"
              defaultValue={item.argumentsJson}
              rows={Math.min(12, item.argumentsJson.split("\n").length + 1)}
              className="mt-2 w-full rounded-md border border-slate-300 p-2 font-mono text-xs"
            />
          </details>
          <div className="flex flex-wrap items-end gap-2">
            <Button
              type="submit"
              name="decision"
              value="approve"
              variant="approve"
              disabled={pending || item.approveBlocked !== null}
              title={item.approveBlocked ?? undefined}
              aria-describedby={item.effect && !item.approveBlocked ? `${id}-effect` : undefined}
            >
              Approve
            </Button>
            <label htmlFor={`${id}-reason`} className="sr-only">
              Reason for rejecting {item.action}
            </label>
            <input
              id={`${id}-reason`}
              name="reason"
              placeholder="Reason, if you reject"
              className="min-w-48 flex-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
            <Button
              type="submit"
              name="decision"
              value="reject"
              variant="danger"
              disabled={pending || item.rejectBlocked !== null}
              title={item.rejectBlocked ?? undefined}
            >
              Reject
            </Button>
          </div>
          {item.effect && !item.approveBlocked && (
            <p id={`${id}-effect`} className="text-xs text-slate-600">
              Approving runs it now{item.edited ? " with the arguments above" : ""}: {item.effect}
            </p>
          )}
          {(item.approveBlocked ?? item.rejectBlocked) && (
            <p className="text-sm text-slate-600">{item.approveBlocked ?? item.rejectBlocked}</p>
          )}
          {state.error && (
            <p role="alert" className="text-sm text-rose-700">
              {state.error}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
