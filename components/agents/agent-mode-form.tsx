"use client";

import { useActionState } from "react";
import { type AgentModeState, setAgentModeAction } from "@/app/(dashboard)/agents/actions";
import { Button } from "@/components/ui/button";
import { MODES } from "@/lib/agents/catalog";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";

/** An agent's mode for the organization, or, with `event`, that event's override. */
export function AgentModeForm({
  agent,
  name,
  mode,
  event,
}: {
  agent: AgentId;
  name: string;
  mode: AgentMode | "inherit";
  event?: { id: string; inheritedLabel: string };
}) {
  const [state, action, pending] = useActionState<AgentModeState, FormData>(setAgentModeAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="agent" value={agent} />
      {event && <input type="hidden" name="eventId" value={event.id} />}
      <label htmlFor={`mode-${agent}`} className="sr-only">
        Mode of the {name} agent{event ? " for this event" : ""}
      </label>
      <select
        id={`mode-${agent}`}
        name="mode"
        defaultValue={mode}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {event && <option value="inherit">As the organization ({event.inheritedLabel})</option>}
        {Object.entries(MODES).map(([value, { label }]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
      <span role="status" className="text-xs">
        {state.error ? <span className="text-rose-700">{state.error}</span> : state.saved ? "Saved" : null}
      </span>
    </form>
  );
}
