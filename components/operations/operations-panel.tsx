"use client";

import { useActionState } from "react";
import {
  generateReportAction,
  type OperationsState,
  runOperationsCheckAction,
} from "@/app/(dashboard)/events/[eventId]/actions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

const OUTCOME: Record<string, { label: string; tone: BadgeTone }> = {
  executed: { label: "done", tone: "good" },
  escalated: { label: "escalated", tone: "bad" },
  pending_approval: { label: "needs approval", tone: "warn" },
  drafted: { label: "drafted", tone: "neutral" },
};

export function OperationsPanel({ eventId, modeLabel }: { eventId: string; modeLabel: string }) {
  const [check, runCheck, checking] = useActionState<OperationsState, FormData>(runOperationsCheckAction, {});
  const [report, runReport, reporting] = useActionState<OperationsState, FormData>(generateReportAction, {});
  return (
    <div className="space-y-4">
      <form action={runCheck} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="eventId" value={eventId} />
        <div>
          <label htmlFor="run-mode" className="block text-xs font-medium text-slate-500">
            Mode for this run
          </label>
          <select
            id="run-mode"
            name="runMode"
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">As configured ({modeLabel})</option>
            <option value="assisted">Assisted (I approve each write)</option>
            <option value="review_only">Review only (draft, do nothing)</option>
          </select>
        </div>
        <Button type="submit" variant="primary" disabled={checking}>
          {checking ? "Checking…" : "Run the operations check"}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {check.error && <p className="text-sm text-rose-700">{check.error}</p>}
        {check.message && <p className="text-sm font-medium">{check.message}</p>}
        {check.actions && check.actions.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm">
            {check.actions.map((action) => {
              const outcome = OUTCOME[action.status] ?? { label: action.status, tone: "neutral" as const };
              return (
                <li key={action.summary} className="flex items-center gap-2">
                  <Badge tone={outcome.tone}>{outcome.label}</Badge>
                  {action.summary}
                </li>
              );
            })}
          </ul>
        )}
        {check.skipped && check.skipped.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm text-slate-600">
            {check.skipped.map((line) => (
              <li key={line} className="flex items-center gap-2">
                <Badge tone="neutral">skipped</Badge>
                {line}
              </li>
            ))}
          </ul>
        )}
      </div>
      <form action={runReport} className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <input type="hidden" name="eventId" value={eventId} />
        <Button type="submit" disabled={reporting}>
          {reporting ? "Writing…" : "Write the weekly status report"}
        </Button>
        <span role="status" className={`text-sm ${report.error ? "text-rose-700" : "text-slate-600"}`}>
          {report.error ?? report.message}
        </span>
      </form>
    </div>
  );
}
