/**
 * The local engine's state in Postgres: events in, runs started, waits resumed, runs cancelled. Every
 * change is one transaction, so two engine processes (or the Runs page and the engine) never step on
 * each other, and a restart picks up exactly where the last process stopped.
 */
import { randomUUID } from "node:crypto";
import type { Db, DbOrTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import {
  concurrencyOf,
  evaluateKey,
  type FunctionConfig,
  functionConfigSchema,
  type JsonEvent,
  matches,
  maxAttempts,
} from "./functions";

export type IncomingEvent = { name: string; data?: Record<string, unknown>; id?: string; ts?: number; user?: unknown };

export const ACTIVE_STATUSES = ["queued", "running", "sleeping", "waiting"] as const;

async function syncedFunctions(tx: DbOrTx) {
  const rows = await tx.jobFunction.findMany();
  return rows.flatMap((row) => {
    const parsed = functionConfigSchema.safeParse(row.config);
    return parsed.success ? [parsed.data] : [];
  });
}

function stringField(data: Record<string, unknown>, key: string) {
  const value = data[key];
  return typeof value === "string" ? value : null;
}

/** Starts a run of `config` for `event` (a trigger, a cron tick, an invoke or a re-run). */
export async function createRun(
  tx: DbOrTx,
  config: FunctionConfig,
  event: JsonEvent,
  parent?: { runId: string; stepId: string },
) {
  const concurrency = concurrencyOf(config);
  const run = await tx.jobRun.create({
    data: {
      functionId: config.id,
      event: toJson(event),
      eventName: event.name,
      maxAttempts: maxAttempts(config),
      organizationId: stringField(event.data, "organizationId"),
      subjectEventId: stringField(event.data, "eventId"),
      wakeAt: new Date(),
      parentRunId: parent?.runId,
      parentStepId: parent?.stepId,
      concurrencyKey: concurrency ? `${config.id}:${concurrency.key ? evaluateKey(concurrency.key, event) : ""}` : null,
      concurrencyLimit: concurrency?.limit ?? null,
    },
  });
  return run.id;
}

/**
 * Takes events in: stores each (an event whose id was seen before is dropped, as Inngest does), starts
 * the runs it triggers, resumes the waits it matches and cancels the runs it cancels. Returns the ids.
 */
export async function ingestInTx(tx: DbOrTx, incoming: IncomingEvent[], now = new Date()) {
  const functions = await syncedFunctions(tx);
  const ids: string[] = [];
  for (const raw of incoming) {
    const id = raw.id ?? randomUUID();
    ids.push(id);
    if (raw.id && (await tx.jobEvent.findUnique({ where: { externalId: raw.id } }))) continue;
    const event: JsonEvent = { name: raw.name, data: raw.data ?? {}, id, ts: raw.ts ?? now.getTime(), user: raw.user };
    await tx.jobEvent.create({
      data: {
        externalId: raw.id ?? null,
        name: event.name,
        data: toJson(event.data),
        ts: new Date(event.ts),
        receivedAt: now,
      },
    });

    for (const config of functions) {
      const triggered = config.triggers.some(
        (trigger) => "event" in trigger && trigger.event === event.name && matches(trigger.expression, { event }),
      );
      if (triggered) await createRun(tx, config, event);
    }
    await resumeWaits(tx, event, now);
    await applyCancelOn(tx, functions, event, now);
  }
  return ids;
}

export function ingestEvents(db: Db, incoming: IncomingEvent[], now = new Date()) {
  return db.$transaction((tx) => ingestInTx(tx, incoming, now));
}

async function resumeWaits(tx: DbOrTx, event: JsonEvent, now: Date) {
  const waiting = await tx.jobStep.findMany({
    where: { kind: "waitForEvent", status: "pending", waitFor: { path: ["event"], equals: event.name } },
    include: { run: { select: { event: true, status: true } } },
  });
  for (const step of waiting) {
    const waitFor = step.waitFor as { if?: string; since: string };
    if (Date.parse(waitFor.since) > now.getTime()) continue;
    if (!matches(waitFor.if, { event: step.run.event as JsonEvent, async: event })) continue;
    await settleStep(tx, step.runId, step.hashedId, { data: event }, now);
  }
}

async function applyCancelOn(tx: DbOrTx, functions: FunctionConfig[], event: JsonEvent, now: Date) {
  for (const config of functions) {
    for (const rule of config.cancel ?? []) {
      if (rule.event !== event.name) continue;
      const runs = await tx.jobRun.findMany({
        where: { functionId: config.id, status: { in: [...ACTIVE_STATUSES] } },
        select: { id: true, event: true },
      });
      for (const run of runs) {
        if (matches(rule.if, { event: run.event as JsonEvent, async: event })) {
          await cancelRunInTx(tx, run.id, `Cancelled by the event ${event.name}`, now);
        }
      }
    }
  }
}

/**
 * Settles a pending or planned step (a wait matched, a sleep ended, an invoked run finished) and makes
 * its run due, so the next request replays it. A step that already settled is left alone.
 */
export async function settleStep(
  tx: DbOrTx,
  runId: string,
  hashedId: string,
  result: { data: unknown } | { error: unknown },
  now: Date,
) {
  const updated = await tx.jobStep.updateMany({
    where: { runId, hashedId, status: { in: ["pending", "planned"] } },
    data:
      "data" in result
        ? { status: "completed", data: toJson(result.data), wakeAt: null, endedAt: now }
        : { status: "failed", error: toJson(result.error), wakeAt: null, endedAt: now },
  });
  if (updated.count === 0) return;
  await tx.$executeRaw`
    UPDATE job_runs SET stack = array_append(stack, ${hashedId}), needs_discovery = true, wake_at = ${now},
      status = CASE WHEN status = 'running' THEN status ELSE 'queued' END, updated_at = ${now}
    WHERE id = ${runId}::uuid AND status IN ('queued', 'running', 'sleeping', 'waiting')`;
}

/**
 * Ends a run as completed, failed or cancelled, once: hands the result to the run that invoked it and
 * sends Inngest's `inngest/function.finished|failed|cancelled` event (onFailure handlers listen to it).
 */
export async function finishRun(
  tx: DbOrTx,
  runId: string,
  outcome: { status: "completed"; output: unknown } | { status: "failed" | "cancelled"; error: unknown },
  now: Date,
) {
  const ended = await tx.jobRun.updateMany({
    where: { id: runId, status: { in: [...ACTIVE_STATUSES] } },
    data: {
      status: outcome.status,
      output: outcome.status === "completed" ? toJson(outcome.output) : undefined,
      error: outcome.status === "completed" ? undefined : toJson(outcome.error),
      endedAt: now,
      wakeAt: null,
      lockedUntil: null,
    },
  });
  if (ended.count === 0) return false;
  const run = await tx.jobRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.parentRunId && run.parentStepId) {
    const result =
      outcome.status === "completed"
        ? { data: outcome.output }
        : { error: { name: "Error", message: `The invoked function ${run.functionId} ${outcome.status}` } };
    await settleStep(tx, run.parentRunId, run.parentStepId, result, now);
  }
  const kind = { completed: "finished", failed: "failed", cancelled: "cancelled" }[outcome.status];
  await ingestInTx(
    tx,
    [
      {
        name: `inngest/function.${kind}`,
        data: {
          function_id: run.functionId,
          run_id: run.id,
          event: run.event,
          ...(outcome.status === "completed" ? { result: outcome.output } : { error: outcome.error }),
        },
      },
    ],
    now,
  );
  return true;
}

async function cancelRunInTx(tx: DbOrTx, runId: string, reason: string, now: Date) {
  return finishRun(tx, runId, { status: "cancelled", error: { name: "Cancelled", message: reason } }, now);
}

/** Cancels a run that has not ended (the Runs page, or a `cancelOn` event). False if it had ended. */
export function cancelRun(db: Db, runId: string, reason: string, now = new Date()) {
  return db.$transaction((tx) => cancelRunInTx(tx, runId, reason, now));
}

/** Starts the same function again with the same event, as a new run. Returns its id. */
export async function rerun(db: Db, runId: string) {
  return db.$transaction(async (tx) => {
    const run = await tx.jobRun.findUniqueOrThrow({ where: { id: runId } });
    const fn = await tx.jobFunction.findUnique({ where: { id: run.functionId } });
    const config = functionConfigSchema.safeParse(fn?.config);
    if (!config.success) throw new Error(`The function ${run.functionId} is no longer served by the app`);
    return createRun(tx, config.data, run.event as JsonEvent);
  });
}

/**
 * Stores the functions of one app's sync and schedules their cron triggers; crons already scheduled keep
 * their next tick. Functions the app no longer serves are dropped; other apps' functions are kept.
 */
export async function storeSync(
  db: Db,
  appId: string,
  configs: FunctionConfig[],
  nextTick: (cron: string) => Date,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    for (const config of configs) {
      const data = { name: config.name, config: toJson(config), syncedAt: now };
      await tx.jobFunction.upsert({ where: { id: config.id }, create: { id: config.id, ...data }, update: data });
      const crons = config.triggers.flatMap((trigger) => ("cron" in trigger ? [trigger.cron] : []));
      await tx.jobCron.deleteMany({ where: { functionId: config.id, cron: { notIn: crons } } });
      for (const cron of crons) {
        await tx.jobCron.upsert({
          where: { functionId_cron: { functionId: config.id, cron } },
          create: { functionId: config.id, cron, nextAt: nextTick(cron) },
          update: {},
        });
      }
    }
    const served = configs.map((config) => config.id);
    const ofThisApp = { startsWith: `${appId}-`, notIn: served };
    await tx.jobCron.deleteMany({ where: { functionId: ofThisApp } });
    await tx.jobFunction.deleteMany({ where: { id: ofThisApp } });
  });
}
