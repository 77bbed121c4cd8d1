import Link from "next/link";
import { launchEventAction } from "@/app/(dashboard)/events/[eventId]/actions";
import { RunActionForm } from "@/components/runs/run-action-form";
import { Badge } from "@/components/ui/badge";
import { TableHead } from "@/components/ui/table-head";
import { AGENTS } from "@/lib/agents/catalog";
import { LAUNCH_TASKS } from "@/lib/agents/launch-plan";
import type { LaunchTask } from "@/lib/db/generated/client";
import { getFormatter } from "@/lib/format-context";

const STATE = {
  completed: { label: "Done", tone: "good" },
  failed: { label: "Failed", tone: "bad" },
  blocked: { label: "Blocked", tone: "warn" },
  unavailable: { label: "Agent not available yet", tone: "neutral" },
} as const;

/** The seed's launch graph for one event: each task's agent, dependencies and last outcome. */
export async function LaunchPanel({
  eventId,
  tasks,
  canRun,
}: {
  eventId: string;
  tasks: LaunchTask[];
  canRun: boolean;
}) {
  const format = await getFormatter();
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const lastRunId = tasks.toSorted((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0]?.runId;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-600">
        Analytics studies the audience first; Sales and Marketing build on it; Operations and Support start in parallel.
        Launching again skips the tasks that are done.
      </p>
      <table className="w-full">
        <caption className="sr-only">Launch tasks</caption>
        <TableHead columns={["Task", "Agent", "After", "Status"]} />
        <tbody className="divide-y divide-slate-100">
          {LAUNCH_TASKS.map((task) => {
            const outcome = byId.get(task.id);
            const state = outcome ? STATE[outcome.status as keyof typeof STATE] : undefined;
            return (
              <tr key={task.id}>
                <td className="py-2">
                  {task.label}
                  {outcome?.error && <p className="text-xs text-slate-500">{outcome.error}</p>}
                </td>
                <td className="py-2">{AGENTS[task.agent].name}</td>
                <td className="py-2 text-slate-600">
                  {task.dependsOn.map((dep) => LAUNCH_TASKS.find((other) => other.id === dep)?.label).join(", ") || "–"}
                </td>
                <td className="py-2">
                  {state ? (
                    <span title={outcome ? `Updated ${format.dateTime(outcome.updatedAt)}` : undefined}>
                      <Badge tone={state.tone}>{state.label}</Badge>
                    </span>
                  ) : (
                    <span className="text-slate-500">Not launched</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="flex flex-wrap items-center gap-4">
        {canRun && (
          <RunActionForm
            action={launchEventAction}
            fields={{ eventId }}
            label={tasks.length > 0 ? "Launch again" : "Launch the agents"}
            pendingLabel="Starting…"
            variant="primary"
          />
        )}
        {lastRunId && (
          <Link
            href={`/runs/${lastRunId}`}
            className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
          >
            Last launch run
          </Link>
        )}
      </div>
    </div>
  );
}
