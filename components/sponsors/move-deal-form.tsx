"use client";

import { useActionState } from "react";
import { type MoveDealState, moveDealAction } from "@/app/(dashboard)/sponsors/actions";
import { Button } from "@/components/ui/button";
import { PIPELINE_STAGES } from "@/lib/agents/sales/pipeline";
import type { DealStage } from "@/lib/db/generated/enums";

/** Moves one deal to another stage: a labelled select and a button, usable from the keyboard. */
export function MoveDealForm({ dealId, stage, company }: { dealId: string; stage: DealStage; company: string }) {
  const [state, action, pending] = useActionState<MoveDealState, FormData>(moveDealAction, {});
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-1.5">
      <input type="hidden" name="dealId" value={dealId} />
      <label className="sr-only" htmlFor={`stage-${dealId}`}>
        Stage of {company}
      </label>
      <select
        id={`stage-${dealId}`}
        name="stage"
        defaultValue={stage}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs"
      >
        {PIPELINE_STAGES.map((column) => (
          <option key={column.stage} value={column.stage}>
            {column.label}
          </option>
        ))}
      </select>
      <Button type="submit" disabled={pending} className="text-xs">
        {pending ? "Moving…" : "Move"}
      </Button>
      <span role="status" className={`w-full text-xs ${state.error ? "text-rose-700" : "text-slate-500"}`}>
        {state.error ?? state.message}
      </span>
    </form>
  );
}
