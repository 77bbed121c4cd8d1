"use client";

import { useActionState } from "react";
import { type SponsorActionState, startCampaignAction } from "@/app/(dashboard)/sponsors/actions";
import { Button } from "@/components/ui/button";

/** Starts the Sales agent's outreach campaign for the event, in its mode or a stricter one. */
export function StartCampaignForm({ eventId, modeLabel }: { eventId: string; modeLabel: string }) {
  const [state, action, pending] = useActionState<SponsorActionState, FormData>(startCampaignAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="eventId" value={eventId} />
      <label htmlFor="campaign-mode" className="font-medium">
        Run the Sales agent
      </label>
      <select id="campaign-mode" name="mode" className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
        <option value="">as configured ({modeLabel})</option>
        <option value="assisted">assisted: approve the prospect list first</option>
        <option value="review_only">review only: analyse, send nothing</option>
      </select>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Starting…" : "Find sponsors"}
      </Button>
      <span role="status" className="text-rose-700">
        {state.error}
      </span>
    </form>
  );
}
