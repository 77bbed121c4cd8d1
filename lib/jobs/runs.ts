/**
 * The Runs page's reading of the local engine's tables: runs with a state a person understands
 * ("sleeping until…", "waiting for approval", "retrying at…"), failed runs to look at, one run's step
 * timeline, and the schedules. A run belongs to the organization named in its event data; runs
 * without one (the schedules' cron ticks) are system runs, shared by every organization: shown only to
 * those who may see the settings, and then only their own part (no event data, step data, output or
 * error, only the runs it started for their organization), and nobody in an organization can cancel or
 * re-run them.
 */
import { z } from "zod";
import { INNGEST_APP_ID } from "@/inngest/client";
import { approvalDecided } from "@/inngest/events";
import { ACTIVE_STATUSES } from "@/inngest/local/store";
import { SCHEDULES, type ScheduleId } from "@/inngest/schedules";
import { can } from "@/lib/auth/roles";
import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { JobRunStatus, type Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { Formatter } from "@/lib/format";

export type RunScope = { organizationId: string; includeSystem: boolean };

/** The runs a member may see: their organization's, plus the system runs for those who may see settings. */
export function runScope(member: { organization: { id: string }; role: Role }): RunScope {
  return { organizationId: member.organization.id, includeSystem: can(member.role, "settings:view") };
}

export type RunState =
  | { kind: "waiting"; for: string }
  | { kind: "sleeping"; until: Date }
  | { kind: "retrying"; at: Date };

export const runIdSchema = z.uuid();
const isUuid = (value: string | null): value is string => runIdSchema.safeParse(value).success;
export const runStatusSchema = z.enum(JobRunStatus);
export const scheduleIdSchema = z.enum(Object.keys(SCHEDULES) as [ScheduleId, ...ScheduleId[]]);

const ATTENTION_WINDOW_MS = 30 * 86_400_000;
const FUNCTION_PREFIX = `${INNGEST_APP_ID}-`;
// A wait names the event it waits for; an invoke, the function it started.
const waitForSchema = z.object({ event: z.string(), functionId: z.string() }).partial().catch({});
const errorSchema = z.object({ message: z.string() });
const triggerSchema = z.object({ data: z.unknown() });

export function isActive(status: JobRunStatus) {
  return (ACTIVE_STATUSES as readonly JobRunStatus[]).includes(status);
}

/** Only a run that did not complete may start again with the same event. */
export function isRerunnable(status: JobRunStatus) {
  return status === "failed" || status === "cancelled";
}

/** What a held-up run is doing, its times shown by the page's formatter (the viewer's zone). */
export function describeRunState(state: RunState, format: Pick<Formatter, "dateTime">) {
  switch (state.kind) {
    case "waiting":
      return `waiting for ${state.for}`;
    case "sleeping":
      return `sleeping until ${format.dateTime(state.until)}`;
    case "retrying":
      return `retrying at ${format.dateTime(state.at)}`;
  }
}

/** The message of a stored error ({ name, message, stack }); never the stack. */
export function errorMessage(error: Prisma.JsonValue) {
  if (error === null) return null;
  if (typeof error === "string") return error;
  const parsed = errorSchema.safeParse(error);
  return parsed.success ? parsed.data.message : "No error message was recorded.";
}

function visibleTo(scope: RunScope): Prisma.JobRunWhereInput {
  return scope.includeSystem
    ? { OR: [{ organizationId: scope.organizationId }, { organizationId: null }] }
    : { organizationId: scope.organizationId };
}

type StepForState = { kind: string; status: string; attempts: number; wakeAt: Date | null; waitFor: Prisma.JsonValue };
type FunctionName = (functionId: string) => string;

/** What one step of an active run is doing, if it holds the run up. */
export function stepState(step: StepForState, functionName: FunctionName, now: Date): RunState | null {
  const waitFor = waitForSchema.parse(step.waitFor);
  if (step.status === "pending") {
    if (step.kind === "waitForEvent" && waitFor.event) {
      return { kind: "waiting", for: waitFor.event === approvalDecided.name ? "approval" : waitFor.event };
    }
    if (step.kind === "invoke" && waitFor.functionId) return { kind: "waiting", for: functionName(waitFor.functionId) };
    if (step.kind === "sleep" && step.wakeAt) return { kind: "sleeping", until: step.wakeAt };
  }
  if (step.status === "planned" && step.attempts > 0 && step.wakeAt && step.wakeAt > now) {
    return { kind: "retrying", at: step.wakeAt };
  }
  return null;
}

const STATE_ORDER: RunState["kind"][] = ["waiting", "sleeping", "retrying"];

/** What holds an active run up: a wait first, then the earliest sleep, then a retry. Null when none. */
export function runState(
  status: JobRunStatus,
  steps: StepForState[],
  functionName: FunctionName,
  now: Date,
): RunState | null {
  if (!isActive(status)) return null;
  const states = [...steps]
    .sort((a, b) => (a.wakeAt?.getTime() ?? 0) - (b.wakeAt?.getTime() ?? 0))
    .flatMap((step) => stepState(step, functionName, now) ?? []);
  for (const kind of STATE_ORDER) {
    const state = states.find((candidate) => candidate.kind === kind);
    if (state) return state;
  }
  return null;
}

async function functionNames(db: DbOrTx, ids: string[]): Promise<FunctionName> {
  const rows = await db.jobFunction.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return (id) => names.get(id) ?? (id.startsWith(FUNCTION_PREFIX) ? id.slice(FUNCTION_PREFIX.length) : id);
}

function invokedFunctionIds(steps: StepForState[]) {
  return steps.flatMap((step) => waitForSchema.parse(step.waitFor).functionId ?? []);
}

/** What an organization reads instead of a system run's error, which may name any organization's data. */
export const SYSTEM_RUN_ERROR =
  "This schedule's run failed. Its details span every organization, so they stay in the server's log.";

const runSelect = {
  id: true,
  organizationId: true,
  functionId: true,
  eventName: true,
  status: true,
  subjectEventId: true,
  createdAt: true,
  endedAt: true,
  error: true,
  steps: { select: { kind: true, status: true, attempts: true, wakeAt: true, waitFor: true } },
} satisfies Prisma.JobRunSelect;

/** Runs matching `where` within the scope, newest first, each with its names, progress and state. */
async function findRuns(db: DbOrTx, scope: RunScope, where: Prisma.JobRunWhereInput, limit: number, now: Date) {
  const runs = await db.jobRun.findMany({
    where: { AND: [visibleTo(scope), where] },
    select: runSelect,
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  // The id comes from event data; only a well-formed one may reach the uuid column.
  const eventIds = runs.map((run) => run.subjectEventId).filter(isUuid);
  const [functionName, events] = await Promise.all([
    functionNames(
      db,
      runs.flatMap((run) => [run.functionId, ...invokedFunctionIds(run.steps)]),
    ),
    db.event.findMany({
      where: { id: { in: eventIds }, organizationId: scope.organizationId },
      select: { id: true, name: true },
    }),
  ]);
  const eventNames = new Map(events.map((event) => [event.id, event.name]));
  return runs.map(({ steps, subjectEventId, error, organizationId, ...run }) => {
    const subjectEventName = subjectEventId ? eventNames.get(subjectEventId) : undefined;
    const system = organizationId === null;
    return {
      ...run,
      system,
      functionName: functionName(run.functionId),
      subjectEvent: subjectEventId && subjectEventName ? { id: subjectEventId, name: subjectEventName } : null,
      durationMs: run.endedAt ? run.endedAt.getTime() - run.createdAt.getTime() : null,
      progress: { done: steps.filter((step) => step.status === "completed").length, total: steps.length },
      state: runState(run.status, steps, functionName, now),
      error: system && error !== null ? SYSTEM_RUN_ERROR : errorMessage(error),
    };
  });
}

export type RunSummary = Awaited<ReturnType<typeof findRuns>>[number];

export type RunFilters = { status?: JobRunStatus; functionId?: string; limit?: number };

/** The scope's runs, newest first, optionally of one status or function. */
export function listRuns(
  db: DbOrTx,
  { status, functionId, limit = 100, ...scope }: RunScope & RunFilters,
  now = new Date(),
) {
  return findRuns(db, scope, { status, functionId }, limit, now);
}

/** The scope's failed runs of the last 30 days, newest first: what someone should look at. */
export function needsAttention(db: DbOrTx, scope: RunScope, now = new Date()) {
  const since = new Date(now.getTime() - ATTENTION_WINDOW_MS);
  return findRuns(db, scope, { status: "failed", createdAt: { gte: since } }, 20, now);
}

/** One run with its steps in order, its result and its related runs; null if the scope may not see it. */
export async function getRun(db: DbOrTx, runId: string, scope: RunScope, now = new Date()) {
  if (!isUuid(runId)) return null;
  const [[summary], detail] = await Promise.all([
    findRuns(db, scope, { id: runId }, 1, now),
    db.jobRun.findUnique({
      where: { id: runId },
      select: { event: true, output: true, parentRunId: true, steps: { orderBy: { position: "asc" } } },
    }),
  ]);
  if (!summary || !detail) return null;
  const [functionName, served, children, parent] = await Promise.all([
    functionNames(db, invokedFunctionIds(detail.steps)),
    db.jobFunction.count({ where: { id: summary.functionId } }),
    summary.system
      ? startedFor(db, scope, { id: runId, steps: detail.steps }, now)
      : findRuns(db, scope, { parentRunId: runId }, 50, now),
    detail.parentRunId ? findRuns(db, scope, { id: detail.parentRunId }, 1, now) : [],
  ]);
  const active = isActive(summary.status);
  // A system run's event, output and step data may hold every organization's ids and counts.
  const hidden = summary.system;
  return {
    ...summary,
    served: served > 0,
    eventData: hidden ? null : (triggerSchema.safeParse(detail.event).data?.data ?? null),
    output: hidden ? null : detail.output,
    steps: detail.steps.map((step) => ({
      id: step.hashedId,
      name: step.name,
      kind: step.kind,
      status: step.status,
      attempts: step.attempts,
      data: hidden ? null : step.data,
      error: hidden && step.error !== null ? SYSTEM_RUN_ERROR : errorMessage(step.error),
      wakeAt: step.wakeAt,
      startedAt: step.startedAt,
      endedAt: step.endedAt,
      waitFor: step.waitFor,
      state: active ? stepState(step, functionName, now) : null,
    })),
    children,
    parent: parent[0] ?? null,
  };
}

export type RunDetail = NonNullable<Awaited<ReturnType<typeof getRun>>>;

const sentEventsSchema = z.object({ ids: z.array(z.string()) });

/**
 * The scope's part of a system run: the runs its sent events (a schedule's fan-out) and its invokes
 * started in the scope's organization, never another organization's.
 */
async function startedFor(
  db: DbOrTx,
  scope: RunScope,
  run: { id: string; steps: { kind: string; data: Prisma.JsonValue }[] },
  now: Date,
) {
  const eventIds = run.steps.flatMap((step) =>
    step.kind === "sendEvent" ? (sentEventsSchema.safeParse(step.data).data?.ids ?? []) : [],
  );
  const started =
    eventIds.length > 0
      ? await db.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM job_runs
          WHERE organization_id = ${scope.organizationId} AND event->>'id' = ANY(${eventIds})`
      : [];
  const own = { organizationId: scope.organizationId, includeSystem: false };
  return findRuns(db, own, { OR: [{ id: { in: started.map((row) => row.id) } }, { parentRunId: run.id }] }, 50, now);
}

/**
 * The run a person may cancel or re-run: visible to them and their organization's own. A system run is
 * shared by every organization, so no organization controls it.
 */
export async function controllableRun(db: DbOrTx, runId: string, scope: RunScope, now = new Date()) {
  const run = await getRun(db, runId, scope, now);
  if (!run) throw new AppError("not_found", "That run does not exist, or belongs to another organization.");
  if (run.system) {
    throw new AppError(
      "forbidden",
      "This run belongs to a schedule shared by every organization: no organization can cancel or re-run it. Use Run now to run the schedule for your organization.",
    );
  }
  return run;
}

/** "At minute 0 of every hour (UTC)" for the crons SCHEDULES uses; other crons as they are. */
export function describeCron(cron: string) {
  const minutes = /^\*\/(\d+) \* \* \* \*$/.exec(cron);
  if (minutes) return `Every ${minutes[1]} minutes`;
  const match = /^(\d{1,2}) \*(?:\/(\d+))? \* \* \*$/.exec(cron);
  if (!match) return `Cron "${cron}" (UTC)`;
  const [, minute, hours] = match;
  return `At minute ${minute} of every ${hours ? `${hours} hours` : "hour"} (UTC)`;
}

/**
 * Each schedule with its next tick (null until the engine has synced it) and its latest run that the
 * scope may see (a cron tick, or this organization's "run now", never another organization's).
 */
export function listSchedules(db: DbOrTx, scope: RunScope) {
  return Promise.all(
    scheduleIdSchema.options.map(async (id) => {
      const schedule = SCHEDULES[id];
      const functionId = `${FUNCTION_PREFIX}${schedule.functionId}`;
      const [cron, lastRun] = await Promise.all([
        db.jobCron.findUnique({ where: { functionId_cron: { functionId, cron: schedule.cron } } }),
        db.jobRun.findFirst({
          where: { AND: [visibleTo(scope), { functionId }] },
          orderBy: { createdAt: "desc" },
          select: { id: true, status: true, createdAt: true },
        }),
      ]);
      return { id, ...schedule, when: describeCron(schedule.cron), nextAt: cron?.nextAt ?? null, lastRun };
    }),
  );
}
