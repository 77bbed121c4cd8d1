"use client";

import { useActionState } from "react";
import { bulkApproveAction, type DecisionState } from "@/app/(dashboard)/inbox/actions";

export function BulkApprove({ formId }: { formId: string }) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(bulkApproveAction, {});
  return (
    <form id={formId} action={action} className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Approving…" : "Approve selected"}
      </button>
      <span role="status" className={`text-sm ${state.error ? "text-rose-700" : "text-slate-600"}`}>
        {state.error ?? state.message}
      </span>
    </form>
  );
}
