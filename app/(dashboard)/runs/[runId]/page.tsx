import { Circle, Hourglass, type LucideIcon, Moon, Play, Send, Workflow } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { AutoRefresh } from "@/components/runs/auto-refresh";
import { RunActionForm } from "@/components/runs/run-action-form";
import { RunLink, RunStatus, STEP_STATUS_TONE, Timestamp } from "@/components/runs/run-parts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TechnicalDetails } from "@/components/ui/technical-details";
import { stepLabel } from "@/inngest/functions/step-labels";
import { requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { summarizeData } from "@/lib/data-summary";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";
import { describeTrigger, type RunTrigger, stepOutputInWords } from "@/lib/jobs/run-words";
import { describeRunState, getRun, isActive, isRerunnable, type RunDetail, runScope } from "@/lib/jobs/runs";
import { cancelRunAction, rerunAction } from "../actions";

type Props = { params: Promise<{ runId: string }> };

const STEP_KINDS: Record<string, { label: string; icon: LucideIcon }> = {
  run: { label: "step", icon: Play },
  sendEvent: { label: "send event", icon: Send },
  sleep: { label: "sleep", icon: Moon },
  waitForEvent: { label: "wait for event", icon: Hourglass },
  invoke: { label: "invoke", icon: Workflow },
};

/** The run if the member may see it, or a 404 before anything is rendered (once per request). */
const findRun = cache(async (runId: string) => {
  const context = await requirePageContext();
  const run = await getRun(db, runId, runScope(context));
  if (!run) notFound();
  return { context, run };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { run } = await findRun((await params).runId);
  return { title: `Run: ${run.functionName}` };
}

export default async function RunPage({ params }: Props) {
  const { context, run } = await findRun((await params).runId);
  const trigger = await describeTrigger(db, context.organization.id, run);
  const related = [
    ...(run.parent ? [{ role: "Started by", run: run.parent }] : []),
    ...run.children.map((child) => ({ role: run.system ? "Started for your organization" : "Started", run: child })),
  ];
  return (
    <>
      <PageHeader
        title={run.functionName}
        description={<Trigger trigger={trigger} run={run} />}
        actions={can(context.role, "agents:run") && !run.system ? <RunControls run={run} /> : undefined}
      />
      {run.system && (
        <p role="note" className="mb-6 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          This run belongs to a schedule shared by every organization. You see the runs it started for{" "}
          {context.organization.name} only, without its data; no organization can cancel or re-run it. Run now on the
          Runs page runs the schedule for your organization.
        </p>
      )}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <RunStatus run={run} />
        <AutoRefresh active={isActive(run.status)} />
      </div>
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Facts">
          <Facts run={run} />
          {!run.system && (
            <TechnicalDetails
              entries={[
                ["Triggering event", { name: run.eventName, data: run.eventData }],
                ["Run output", run.output],
              ]}
            />
          )}
        </Card>
        {run.error ? (
          <Card title={isActive(run.status) ? "Last error (retrying)" : "Error"}>
            <p className="text-sm text-rose-700">{run.error}</p>
          </Card>
        ) : run.status === "completed" && !run.system ? (
          <Card title="Result">
            <p className="text-sm">{summarizeData(run.output) ?? "Done, with nothing to report."}</p>
          </Card>
        ) : null}
      </div>
      {related.length > 0 && (
        <Card title="Related runs" className="mt-6">
          <ul className="space-y-1 text-sm">
            {related.map(({ role, run: other }) => (
              <li key={other.id} className="flex flex-wrap items-center gap-2">
                <span className="text-slate-500">{role}:</span>
                <RunLink run={other} />
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={`Steps (${run.progress.done}/${run.progress.total} done)`} className="mt-6">
        {run.steps.length === 0 ? (
          <p className="text-sm text-slate-600">No step has run yet.</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {run.steps.map((step) => (
              <Step key={step.id} step={step} />
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}

function Trigger({ trigger, run }: { trigger: RunTrigger; run: RunDetail }) {
  return (
    <>
      {trigger.what}
      {run.subjectEvent && (
        <>
          {" for "}
          <Link
            href={`/events/${run.subjectEvent.id}`}
            className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
          >
            {run.subjectEvent.name}
          </Link>
        </>
      )}
      {trigger.details.map((detail) => `, ${detail}`).join("")}
    </>
  );
}

function RunControls({ run }: { run: RunDetail }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      {isActive(run.status) && (
        <RunActionForm
          action={cancelRunAction}
          fields={{ runId: run.id }}
          label="Cancel run"
          pendingLabel="Cancelling…"
          variant="danger"
          confirm={{ label: "Yes, cancel the run", dismiss: "Keep it running" }}
        />
      )}
      {isRerunnable(run.status) && run.served && (
        <RunActionForm
          action={rerunAction}
          fields={{ runId: run.id }}
          label="Re-run"
          pendingLabel="Starting…"
          variant="primary"
        />
      )}
    </div>
  );
}

async function Facts({ run }: { run: RunDetail }) {
  const format = await getFormatter();
  return (
    <dl className="space-y-2 text-sm">
      <Fact label="Function">
        <code>{run.functionId}</code>
      </Fact>
      <Fact label="Started">
        <Timestamp date={run.createdAt} />
      </Fact>
      <Fact label="Ended">
        <Timestamp date={run.endedAt} />
      </Fact>
      <Fact label="Duration">{run.durationMs === null ? "–" : format.duration(run.durationMs)}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-right">{children}</dd>
    </div>
  );
}

async function Step({ step }: { step: RunDetail["steps"][number] }) {
  const format = await getFormatter();
  const kind = STEP_KINDS[step.kind] ?? { label: step.kind, icon: Circle };
  // `attempts` counts failed attempts; each was retried unless the step finally failed.
  const retries = step.status === "failed" ? step.attempts - 1 : step.attempts;
  const output = step.data === null ? null : stepOutputInWords(step);
  return (
    <li className="flex gap-3 py-3 text-sm">
      <kind.icon aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-slate-400" />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{stepLabel(step.name)}</span>
          <span className="text-xs text-slate-500">{kind.label}</span>
          <Badge tone={STEP_STATUS_TONE[step.status] ?? "neutral"}>{step.status}</Badge>
          {retries > 0 && (
            <span className="text-xs text-amber-800">
              {retries} {retries === 1 ? "retry" : "retries"}
            </span>
          )}
        </div>
        {step.state && (
          <p className="text-xs text-slate-600">
            {describeRunState(step.state, format)}
            {step.state.kind === "waiting" && step.wakeAt && (
              <>
                {" · times out "}
                <Timestamp date={step.wakeAt} />
              </>
            )}
          </p>
        )}
        {step.error && (
          <p className="text-rose-700">
            {step.status === "failed" ? "Failed" : "Last error"}: {step.error}
          </p>
        )}
        <p className="text-xs text-slate-500">
          Started <Timestamp date={step.startedAt} />
          {step.endedAt && (
            <>
              {" · ended "}
              <Timestamp date={step.endedAt} />
            </>
          )}
        </p>
        {output && <p className="text-slate-700">{output}</p>}
        <TechnicalDetails
          entries={[
            ["Step id", step.name],
            ["Step output", step.data],
          ]}
        />
      </div>
    </li>
  );
}
