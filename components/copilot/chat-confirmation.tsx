"use client";

import { useEffect, useState, useTransition } from "react";
import {
  type ChatRequestView,
  cancelChatRequestAction,
  chatRequestAction,
  confirmChatRequestAction,
} from "@/app/(dashboard)/chat-request-actions";
import type { ChatConfirmation } from "@/lib/copilot/answer";
import { ChatResultView } from "./chat-result";

/**
 * The card that asks the person to confirm outward work before it starts. Its state is read from the
 * server when it shows (a reload, another tab), so a confirmed or cancelled request shows what happened.
 */
export function ChatConfirmationCard({ confirmation }: { confirmation: ChatConfirmation }) {
  const [view, setView] = useState<ChatRequestView>({});
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    chatRequestAction(confirmation.id).then(setView);
  }, [confirmation.id]);
  const act = (action: typeof confirmChatRequestAction) =>
    startTransition(async () => setView(await action(confirmation.id)));
  const state = view.state;
  return (
    <section
      aria-label={`Confirm: ${confirmation.title}`}
      className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs"
      data-testid="chat-confirmation"
    >
      <p className="font-semibold text-slate-900">{confirmation.title}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-4 text-slate-700">
        {confirmation.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {state?.status === "confirmed" && (
        <div className="mt-2 border-t border-amber-200 pt-2">
          <p role="status" className="font-medium text-emerald-800">
            Confirmed.
          </p>
          {state.result && <ChatResultView result={state.result} showSummary />}
        </div>
      )}
      {state?.status === "cancelled" && (
        <p role="status" className="mt-2 font-medium text-slate-700">
          Cancelled. Nothing was started.
        </p>
      )}
      {(state === undefined || state.status === "pending") && (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            disabled={pending || state === undefined}
            onClick={() => act(confirmChatRequestAction)}
            className="rounded bg-indigo-700 px-3 py-1 font-semibold text-white disabled:opacity-60"
          >
            {pending ? "Starting…" : confirmation.confirmLabel}
          </button>
          <button
            type="button"
            disabled={pending || state === undefined}
            onClick={() => act(cancelChatRequestAction)}
            className="rounded border border-slate-300 bg-white px-3 py-1 disabled:opacity-60"
          >
            Cancel
          </button>
        </div>
      )}
      {view.error && (
        <p role="alert" className="mt-1 text-rose-700">
          {view.error}
        </p>
      )}
    </section>
  );
}
