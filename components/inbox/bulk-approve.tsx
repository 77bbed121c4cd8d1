"use client";

import { useActionState } from "react";
import { bulkApproveAction, type DecisionState } from "@/app/(dashboard)/inbox/actions";
import { Button } from "@/components/ui/button";

export function BulkApprove({ formId }: { formId: string }) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(bulkApproveAction, {});
  return (
    <form id={formId} action={action} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? "Approving…" : "Approve selected"}
      </Button>
      <span className="text-xs text-slate-500">
        Policy escalations (critical) are left out: each is decided on its own.
      </span>
      <span role="status" className={`text-sm ${state.error ? "text-rose-700" : "text-slate-600"}`}>
        {state.error ?? state.message}
      </span>
    </form>
  );
}
