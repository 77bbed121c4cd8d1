"use client";

import { useEffect, useState, useTransition } from "react";
import { approvalStateAction, decideAction } from "@/app/(dashboard)/inbox/actions";
import { useFormatter } from "@/components/shell/format-provider";
import { toolLabel } from "@/lib/agents/labels";
import type { ChatApproval } from "@/lib/copilot/answer";
import { decisionText } from "@/lib/copilot/decision-text";

/**
 * One inbox item inside the chat: the same decision path as the Inbox page. A card comes back with the
 * conversation after a reload, so it first asks the inbox where the item stands: one decided since
 * (here or elsewhere) shows that decision instead of the buttons.
 */
export function ChatApprovalItem({ item }: { item: ChatApproval }) {
  const format = useFormatter();
  const [current, setCurrent] = useState<{ checked: boolean; decided?: string | null; error?: string }>({
    checked: false,
  });
  useEffect(() => {
    let live = true;
    approvalStateAction(item.id).then(
      (answer) => {
        if (!live) return;
        setCurrent({
          checked: true,
          decided: answer.state ? decisionText(answer.state, format) : null,
          error: answer.error,
        });
      },
      () => live && setCurrent({ checked: true, error: "Could not read this item's state. Open the Inbox." }),
    );
    return () => {
      live = false;
    };
  }, [item.id, format]);
  const [reason, setReason] = useState("");
  const [edited, setEdited] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ message?: string; error?: string }>({});
  const [pending, startTransition] = useTransition();
  const decide = (decision: "approve" | "reject") =>
    startTransition(async () => {
      const form = new FormData();
      form.set("approvalId", item.id);
      form.set("decision", decision);
      form.set("reason", reason);
      if (edited !== null) form.set("arguments", edited);
      setOutcome(await decideAction({}, form));
    });
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2 text-xs" data-testid="chat-approval">
      <p className="font-medium">{item.summary}</p>
      <p className="text-slate-500">{toolLabel(item.action)}</p>
      {item.critical && (
        <p className="text-rose-700">Policy escalation: an admin or owner decides it, not the person who asked.</p>
      )}
      {outcome.message ? (
        <p role="status" className="mt-1 font-medium">
          {outcome.message}
        </p>
      ) : !current.checked ? (
        <p role="status" className="mt-1 text-slate-500">
          Checking the inbox…
        </p>
      ) : current.error || current.decided ? (
        <p role="status" className="mt-1 font-medium" data-testid="chat-approval-decided">
          {current.error ?? current.decided}
        </p>
      ) : (
        <div className="mt-1 flex flex-wrap items-center gap-1">
          {edited !== null && (
            <textarea
              aria-label={`Arguments of: ${item.summary}`}
              value={edited}
              onChange={(change) => setEdited(change.target.value)}
              rows={5}
              className="w-full rounded border border-slate-300 p-1 font-mono"
            />
          )}
          <button
            type="button"
            disabled={pending}
            onClick={() => decide("approve")}
            className="rounded bg-emerald-600 px-2 py-1 font-semibold text-white disabled:opacity-60"
          >
            {edited === null ? "Approve" : "Approve with edits"}
          </button>
          {edited === null && item.arguments !== undefined && (
            <button
              type="button"
              onClick={() => setEdited(JSON.stringify(item.arguments, null, 2))}
              className="rounded border border-slate-300 px-2 py-1"
            >
              Edit
            </button>
          )}
          <input
            aria-label={`Reason for rejecting: ${item.summary}`}
            placeholder="Reason to reject"
            value={reason}
            onChange={(change) => setReason(change.target.value)}
            className="min-w-24 flex-1 rounded border border-slate-300 px-1 py-1"
          />
          <button
            type="button"
            disabled={pending}
            onClick={() => decide("reject")}
            className="rounded border border-rose-300 px-2 py-1 font-semibold text-rose-700 disabled:opacity-60"
          >
            Reject
          </button>
          {outcome.error && (
            <p role="alert" className="w-full text-rose-700">
              {outcome.error}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
