"use client";

import { useActionState } from "react";
import { recordReplyAction, type SponsorActionState } from "@/app/(dashboard)/sponsors/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Records a prospect's reply on a deal (for replies that reached a person rather than the webhook). */
export function RecordReplyForm({ dealId, contactEmail }: { dealId: string; contactEmail: string }) {
  const [state, action, pending] = useActionState<SponsorActionState, FormData>(recordReplyAction, {});
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-brand-700">Record a reply</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="dealId" value={dealId} />
        <TextField
          id={`from-${dealId}`}
          name="fromEmail"
          type="email"
          label="From"
          defaultValue={contactEmail}
          required
        />
        <TextField id={`subject-${dealId}`} name="subject" label="Subject" />
        <div>
          <label htmlFor={`body-${dealId}`} className="block text-sm font-medium text-slate-700">
            Reply
          </label>
          <textarea
            id={`body-${dealId}`}
            name="body"
            required
            rows={3}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Recording…" : "Record"}
        </Button>
        <p role="status" className={state.error ? "text-rose-700" : "text-slate-600"}>
          {state.error ?? state.message}
        </p>
      </form>
    </details>
  );
}
