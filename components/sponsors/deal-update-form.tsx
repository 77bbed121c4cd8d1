"use client";

import { useActionState } from "react";
import { type SponsorActionState, updateDealAction } from "@/app/(dashboard)/sponsors/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { PIPELINE_STAGES } from "@/lib/agents/sales/pipeline";
import type { DealStage } from "@/lib/db/generated/enums";

/** Moves a deal and, when opened, adds a note and the next action: labelled fields, usable from the keyboard. */
export function DealUpdateForm({ dealId, stage, company }: { dealId: string; stage: DealStage; company: string }) {
  const [state, action, pending] = useActionState<SponsorActionState, FormData>(updateDealAction, {});
  return (
    <form action={action} className="mt-2 space-y-1.5 text-xs">
      <input type="hidden" name="dealId" value={dealId} />
      <div className="flex flex-wrap items-center gap-1.5">
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
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <details>
        <summary className="cursor-pointer text-brand-700">Note and next action</summary>
        <div className="mt-1 space-y-1.5">
          <div>
            <label htmlFor={`note-${dealId}`} className="block text-sm font-medium text-slate-700">
              Note
            </label>
            <textarea
              id={`note-${dealId}`}
              name="note"
              rows={2}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
            />
          </div>
          <TextField id={`next-${dealId}`} name="nextAction" label="Next action" />
          <TextField id={`next-on-${dealId}`} name="nextActionOn" type="date" label="By" />
        </div>
      </details>
      <span role="status" className={`block ${state.error ? "text-rose-700" : "text-slate-500"}`}>
        {state.error ?? state.message}
      </span>
    </form>
  );
}
