import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { JobRunStatus } from "@/lib/db/generated/enums";
import { getFormatter } from "@/lib/format-context";
import { describeRunState, type RunState } from "@/lib/jobs/runs";

/** Badge colour of a run status: active runs in blue, runs held up by a sleep or a wait in amber. */
export const RUN_STATUS_TONE: Record<JobRunStatus, BadgeTone> = {
  queued: "info",
  running: "info",
  sleeping: "warn",
  waiting: "warn",
  completed: "good",
  failed: "bad",
  cancelled: "neutral",
};

/** Badge colour of a step status (planned, pending, completed or failed). */
export const STEP_STATUS_TONE: Record<string, BadgeTone> = {
  planned: "info",
  pending: "warn",
  completed: "good",
  failed: "bad",
};

export async function RunStatus({ run }: { run: { status: JobRunStatus; state: RunState | null } }) {
  const format = await getFormatter();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone={RUN_STATUS_TONE[run.status]}>{run.status}</Badge>
      {run.state && <span className="text-xs text-slate-600">{describeRunState(run.state, format)}</span>}
    </span>
  );
}

/** A link to a run, named by its function, with its status. */
export function RunLink({
  run,
}: {
  run: { id: string; functionName: string; status: JobRunStatus; state: RunState | null };
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Link
        href={`/runs/${run.id}`}
        className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
      >
        {run.functionName}
      </Link>
      <RunStatus run={run} />
    </span>
  );
}

export async function Timestamp({ date }: { date: Date | null }) {
  const format = await getFormatter();
  return date ? <time dateTime={date.toISOString()}>{format.dateTime(date)}</time> : <span>–</span>;
}
