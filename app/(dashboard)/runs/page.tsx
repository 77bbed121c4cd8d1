import { Workflow } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { AutoRefresh } from "@/components/runs/auto-refresh";
import { RunActionForm } from "@/components/runs/run-action-form";
import { RunLink, RunStatus, Timestamp } from "@/components/runs/run-parts";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { TableHead } from "@/components/ui/table-head";
import { type OrgContext, requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { JobRunStatus } from "@/lib/db/generated/enums";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/email/send";
import { failingEmails } from "@/lib/email/sweep";
import { getFormatter } from "@/lib/format-context";
import { activeJobEngine } from "@/lib/jobs/engine";
import {
  isActive,
  listRuns,
  listSchedules,
  needsAttention,
  type RunSummary,
  runScope,
  runStatusSchema,
} from "@/lib/jobs/runs";
import { runScheduleNowAction } from "./actions";

export const metadata: Metadata = { title: "Runs" };

// Unknown filter values are ignored rather than failing the page; the function is checked against the list.
const filterSchema = z.object({
  status: runStatusSchema.optional().catch(undefined),
  function: z.string().optional().catch(undefined),
});
type Filters = z.infer<typeof filterSchema>;

const SECTION_HEADING = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";

export default async function RunsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const context = await requirePageContext();
  const filters = filterSchema.parse(await searchParams);
  return (
    <>
      <PageHeader
        title="Runs"
        description="The durable work of the agents and the schedules: what ran, what is waiting and what failed."
      />
      <Suspense fallback={<PageSkeleton />}>
        <RunsView context={context} filters={filters} />
      </Suspense>
    </>
  );
}

async function RunsView({ context, filters }: { context: OrgContext; filters: Filters }) {
  const scope = runScope(context);
  const functions = await db.jobFunction.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  const functionId = functions.some((fn) => fn.id === filters.function) ? filters.function : undefined;
  const [failed, emails, schedules, runs, engine] = await Promise.all([
    needsAttention(db, scope),
    failingEmails(db, context.organization.id, new Date(Date.now() - 30 * 86_400_000)),
    listSchedules(db, scope),
    listRuns(db, { ...scope, status: filters.status, functionId }),
    activeJobEngine(),
  ]);
  return (
    <div className="space-y-10">
      {engine.provider !== "local-engine" && (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Jobs run on {engine.detail}. This page lists the runs of the local engine only; follow the others in the
          Inngest dashboard.
        </p>
      )}
      {(failed.length > 0 || emails.length > 0) && <NeedsAttention runs={failed} emails={emails} />}
      <Schedules
        schedules={schedules}
        canOpenRuns={scope.includeSystem}
        canRunNow={can(context.role, "agents:configure")}
        organizationName={context.organization.name}
      />
      <section aria-labelledby="runs-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="runs-heading" className={SECTION_HEADING}>
            All runs
          </h2>
          <AutoRefresh active={runs.some((run) => isActive(run.status))} />
        </div>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the runs">
          <FilterSelect
            name="status"
            label="Status"
            value={filters.status}
            options={Object.values(JobRunStatus).map((status) => [status, status])}
          />
          <FilterSelect
            name="function"
            label="Function"
            value={functionId}
            options={functions.map((fn) => [fn.id, fn.name])}
          />
          <Button type="submit">Apply</Button>
          <Link href="/runs" className="px-2 py-1.5 text-sm text-slate-600 underline">
            Clear
          </Link>
        </form>
        {runs.length === 0 ? (
          <EmptyState
            icon={Workflow}
            title={filters.status || functionId ? "No runs match these filters" : "No runs yet"}
          >
            Each schedule tick, daily operations check and event launch runs as a durable job; its steps, waits and
            retries appear here.
          </EmptyState>
        ) : (
          <RunTable runs={runs} />
        )}
      </section>
    </div>
  );
}

type FailingEmail = Awaited<ReturnType<typeof failingEmails>>[number];

async function NeedsAttention({ runs, emails }: { runs: RunSummary[]; emails: FailingEmail[] }) {
  const format = await getFormatter();
  return (
    <section aria-labelledby="attention-heading">
      <h2 id="attention-heading" className={SECTION_HEADING}>
        Needs attention
      </h2>
      <ul className="divide-y divide-rose-100 rounded-xl border border-rose-200 bg-white text-sm shadow-sm">
        {emails.map((email) => (
          <li key={email.id} className="flex flex-wrap items-start gap-3 px-4 py-3">
            <div className="min-w-0 flex-1">
              <Link
                href="/outbox"
                className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
              >
                Email not delivered: {email.subject}
              </Link>
              <span className="text-slate-500"> · to {email.to.join(", ")}</span>
              {email.error && <p className="text-rose-700">{email.error}</p>}
              <p className="text-xs text-slate-500">
                {email.nextAttemptAt
                  ? `Tried ${email.attempts} of ${MAX_DELIVERY_ATTEMPTS} times; the next try is ${format.relative(email.nextAttemptAt)}.`
                  : `Tried ${email.attempts} ${email.attempts === 1 ? "time" : "times"}; not retried automatically any more.`}
              </p>
            </div>
            <time className="text-xs text-slate-500" dateTime={email.createdAt.toISOString()}>
              {format.relative(email.createdAt)}
            </time>
          </li>
        ))}
        {runs.map((run) => (
          <li key={run.id} className="flex flex-wrap items-start gap-3 px-4 py-3">
            <div className="min-w-0 flex-1">
              <RunLink run={run} />
              {run.subjectEvent && (
                <span className="text-slate-500">
                  {" · "}
                  <Link href={`/events/${run.subjectEvent.id}`} className="hover:underline">
                    {run.subjectEvent.name}
                  </Link>
                </span>
              )}
              {run.error && <p className="text-rose-700">{run.error}</p>}
            </div>
            <time className="text-xs text-slate-500" dateTime={run.createdAt.toISOString()}>
              {format.relative(run.createdAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Schedule runs are system runs: their detail opens only for those who may see them. */
function Schedules({
  schedules,
  canOpenRuns,
  canRunNow,
  organizationName,
}: {
  schedules: Awaited<ReturnType<typeof listSchedules>>;
  canOpenRuns: boolean;
  canRunNow: boolean;
  organizationName: string;
}) {
  return (
    <section aria-labelledby="schedules-heading">
      <h2 id="schedules-heading" className={SECTION_HEADING}>
        Schedules
      </h2>
      <ul className="grid gap-4 lg:grid-cols-2">
        {schedules.map((schedule) => (
          <li
            key={schedule.id}
            aria-labelledby={`schedule-${schedule.id}`}
            className="rounded-xl border border-slate-200 bg-white p-5 text-sm shadow-sm"
          >
            <h3 id={`schedule-${schedule.id}`} className="font-semibold">
              {schedule.label}
            </h3>
            <p className="text-xs text-slate-500">{schedule.when}</p>
            <ul className="mt-3 list-disc space-y-1 pl-5">
              {schedule.tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
            {schedule.waitingFor.map((note) => (
              <p key={note} className="mt-1 text-xs text-slate-500">
                Not yet: {note}
              </p>
            ))}
            <dl className="mt-3 space-y-1">
              <div className="flex gap-2">
                <dt className="text-slate-500">Next tick</dt>
                <dd>{schedule.nextAt ? <Timestamp date={schedule.nextAt} /> : "not scheduled by the local engine"}</dd>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <dt className="text-slate-500">Last run</dt>
                <dd>
                  {schedule.lastRun ? (
                    <>
                      <RunStatus run={{ status: schedule.lastRun.status, state: null }} />{" "}
                      {canOpenRuns ? (
                        <Link
                          href={`/runs/${schedule.lastRun.id}`}
                          className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
                        >
                          <Timestamp date={schedule.lastRun.createdAt} />
                        </Link>
                      ) : (
                        <Timestamp date={schedule.lastRun.createdAt} />
                      )}
                    </>
                  ) : (
                    "never"
                  )}
                </dd>
              </div>
            </dl>
            {canRunNow && (
              <div className="mt-4">
                <RunActionForm
                  action={runScheduleNowAction}
                  fields={{ scheduleId: schedule.id }}
                  label="Run now"
                  pendingLabel="Starting…"
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-500">
        The scheduled ticks are shared by every organization: you see your part of them, and nobody can cancel or re-run
        them.{" "}
        {canRunNow
          ? `Run now runs a schedule's tasks for ${organizationName} only.`
          : "Admins and owners can run a schedule now for your organization."}
      </p>
    </section>
  );
}

async function RunTable({ runs }: { runs: RunSummary[] }) {
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Runs, newest first</caption>
        <TableHead columns={["Run", "Status", "Progress", "Started", "Ended"]} cellClassName="px-4 py-2" />
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className="px-4 py-2">
                <Link
                  href={`/runs/${run.id}`}
                  className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
                >
                  {run.functionName}
                </Link>
                <p className="text-xs text-slate-500">
                  {run.subjectEvent ? `${run.subjectEvent.name} · ` : ""}
                  {run.eventName}
                </p>
              </td>
              <td className="px-4 py-2">
                <RunStatus run={run} />
              </td>
              <td className="px-4 py-2 tabular-nums">
                {run.progress.done}/{run.progress.total} steps
              </td>
              <td className="px-4 py-2 text-slate-600">
                <Timestamp date={run.createdAt} />
              </td>
              <td className="px-4 py-2 text-slate-600">
                <Timestamp date={run.endedAt} />
                {run.durationMs !== null && (
                  <p className="text-xs text-slate-500">took {format.duration(run.durationMs)}</p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
