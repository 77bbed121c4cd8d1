/**
 * The local Inngest engine: what the Inngest server does, for development and tests on a machine where
 * it cannot be installed. It syncs the app's unmodified `serve()` endpoint over HTTP, starts runs for
 * events and cron ticks, calls the endpoint step by step with the memoized state, and keeps sleeps,
 * waits, retries and invokes in Postgres so that any engine process can carry on after another stops.
 * Production never runs it. What it does not emulate is listed in docs/durable-work.md.
 */
import { randomUUID } from "node:crypto";
import { CronExpressionParser } from "cron-parser";
import type { Db, DbOrTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { LOCAL_ENGINE_NAME } from "@/lib/jobs/engine";
import { type FunctionConfig, functionConfigSchema, type JsonEvent } from "./functions";
import { dueAt, executionBody, type Op, opSchema, type StepMemo, signatureHeader } from "./protocol";
import { createRun, finishRun, ingestInTx, settleStep, storeSync } from "./store";

export type EngineOptions = {
  db: Db;
  /** The app's serve endpoint, e.g. http://localhost:3000/api/inngest. */
  appUrl: string;
  /** Cloud mode: every request is signed with this key and the SDK checks it. Dev mode without. */
  signingKey?: string;
  /** Divides the time left of every sleep, wait and invoke timeout (1 = real time). */
  timeScale?: number;
  /** First retry delay; it doubles with each attempt, up to 5 minutes. */
  retryBaseMs?: number;
  pollMs?: number;
  /** How long a claimed run stays with this process without a heartbeat. */
  leaseMs?: number;
  /** Runs worked on at once by this process. */
  parallelism?: number;
  /** Whether cron triggers fire (the e2e suite turns them off so a top-of-the-hour tick cannot interfere). */
  crons?: boolean;
  log?: (message: string, fields?: Record<string, unknown>) => void;
};

type Response206 = { kind: "ops"; ops: Op[]; retryAfter: string | null };
type CallResult =
  | Response206
  | { kind: "done"; output: unknown }
  | { kind: "error"; status: number; error: unknown; retriable: boolean; retryAfter: string | null }
  | { kind: "unreachable"; error: string };

const MAX_RETRY_DELAY_MS = 300_000;

export class LocalEngine {
  private readonly db: Db;
  private readonly options: Required<Omit<EngineOptions, "signingKey" | "db">> & { signingKey?: string };
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private synced = false;
  /** The app this engine serves (from its sync): it claims only that app's runs and crons. */
  private appPrefix = "";
  private readonly configs = new Map<string, FunctionConfig | null>();
  private syncFailed = false;

  constructor({ db, ...options }: EngineOptions) {
    this.db = db;
    this.options = {
      timeScale: 1,
      retryBaseMs: 1000,
      pollMs: 250,
      leaseMs: 60_000,
      parallelism: 4,
      crons: true,
      log: () => {},
      ...options,
    };
  }

  get mode() {
    return this.options.signingKey ? ("cloud" as const) : ("dev" as const);
  }

  /** Syncs the app (retrying until it answers) and starts polling for due runs and cron ticks. */
  start() {
    const loop = () => {
      if (this.stopped) return;
      this.ticking = this.tick()
        .catch((error) => this.options.log("engine tick failed", { error: String(error) }))
        .finally(() => {
          this.ticking = null;
          if (!this.stopped) this.timer = setTimeout(loop, this.options.pollMs);
        });
    };
    loop();
  }

  /** Stops polling and lets the requests in flight finish; runs stay in the database for the next engine. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    await Promise.all(this.inFlight);
  }

  /** One pass: sync if needed, fire due cron ticks, work on due runs. Tests call it directly. */
  async tick() {
    if (!this.synced) {
      this.synced = await this.sync().catch((error) => {
        if (!this.syncFailed) this.options.log("waiting for the app to answer the sync", { error: String(error) });
        this.syncFailed = true;
        return false;
      });
      if (!this.synced) return;
    }
    if (this.options.crons) await this.fireCrons();
    while (this.inFlight.size < this.options.parallelism) {
      const runId = await this.claim();
      if (!runId) break;
      const work: Promise<void> = this.process(runId)
        .catch((error) => this.options.log("run processing failed", { runId, error: String(error) }))
        .finally(() => this.inFlight.delete(work));
      this.inFlight.add(work);
    }
  }

  /** Ticks until no run is due and none is in flight (for tests and benchmarks). */
  async runUntilIdle(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.tick();
      if (this.inFlight.size === 0 && !(await this.hasDueWork())) return;
      if (Date.now() > deadline) throw new Error("The engine did not become idle in time");
      await Promise.race([...this.inFlight, new Promise((resolve) => setTimeout(resolve, 5))]);
    }
  }

  /** A function's synced config; read once per sync (only a sync changes it). */
  private async config(functionId: string) {
    if (!this.configs.has(functionId)) this.configs.set(functionId, await functionConfig(this.db, functionId));
    return this.configs.get(functionId) ?? null;
  }

  /** PUT /api/inngest (in-band sync): stores the app's functions and schedules its crons. */
  async sync() {
    const body = { url: this.options.appUrl };
    const response = await fetch(this.options.appUrl, {
      method: "PUT",
      headers: { ...this.headers(body), "x-inngest-sync-kind": "in_band" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sync answered ${response.status}: ${await response.text()}`);
    const { app_id: appId, functions } = (await response.json()) as { app_id: string; functions: unknown[] };
    const configs = functions.map((fn) => functionConfigSchema.parse(fn));
    await storeSync(this.db, appId, configs, (cron) => nextTick(cron, new Date()));
    this.appPrefix = `${appId}-`;
    this.configs.clear();
    this.options.log("app synced", { functions: configs.length });
    this.synced = true;
    return true;
  }

  private headers(body: unknown): Record<string, string> {
    return {
      "content-type": "application/json",
      "x-inngest-server-kind": this.mode,
      ...(this.options.signingKey ? { "x-inngest-signature": signatureHeader(body, this.options.signingKey) } : {}),
    };
  }

  private async hasDueWork() {
    const now = new Date();
    const [runs, crons] = await Promise.all([
      this.db.jobRun.count({
        where: {
          functionId: { startsWith: this.appPrefix },
          status: { in: ["queued", "running", "sleeping", "waiting"] },
          wakeAt: { lte: now },
        },
      }),
      this.db.jobCron.count({ where: { functionId: { startsWith: this.appPrefix }, nextAt: { lte: now } } }),
    ]);
    return runs + crons > 0;
  }

  private async fireCrons() {
    const now = new Date();
    const due = await this.db.jobCron.findMany({
      where: { functionId: { startsWith: this.appPrefix }, nextAt: { lte: now } },
    });
    for (const tick of due) {
      await this.db.$transaction(async (tx) => {
        const claimed = await tx.jobCron.updateMany({
          where: { functionId: tick.functionId, cron: tick.cron, nextAt: tick.nextAt },
          data: { nextAt: nextTick(tick.cron, now) },
        });
        if (claimed.count === 0) return;
        const config = await functionConfig(tx, tick.functionId);
        if (!config) return;
        const event = {
          name: "inngest/scheduled.timer",
          data: { cron: tick.cron },
          id: `cron-${tick.functionId}-${tick.nextAt.toISOString()}`,
          ts: now.getTime(),
        };
        await createRun(tx, config, event);
      });
    }
  }

  /**
   * Takes one due run of this engine's app; respects each function's concurrency limit per key. Events
   * reach every app's functions, but each app's runs are driven by an engine that synced that app.
   */
  private async claim(): Promise<string | null> {
    const now = new Date();
    const until = new Date(now.getTime() + this.options.leaseMs);
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      UPDATE job_runs SET status = 'running', locked_until = ${until}
      WHERE id = (
        SELECT r.id FROM job_runs r
        WHERE r.status IN ('queued', 'running', 'sleeping', 'waiting') AND r.wake_at <= ${now}
          AND starts_with(r.function_id, ${this.appPrefix})
          AND (r.locked_until IS NULL OR r.locked_until < ${now})
          AND (r.concurrency_key IS NULL OR r.concurrency_limit IS NULL OR r.concurrency_limit <= 0 OR (
            SELECT count(*) FROM job_runs o
            WHERE o.concurrency_key = r.concurrency_key AND o.id <> r.id AND o.locked_until > ${now}
          ) < r.concurrency_limit)
        ORDER BY r.wake_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id`;
    return rows[0]?.id ?? null;
  }

  /** Works on one claimed run until it ends or has to wait (a sleep, an event, a retry's backoff). */
  private async process(runId: string) {
    const heartbeat = setInterval(() => {
      void this.db.jobRun
        .updateMany({ where: { id: runId, status: "running" }, data: { lockedUntil: this.leaseEnd() } })
        .catch(() => {});
    }, this.options.leaseMs / 3);
    try {
      for (;;) {
        const next = this.stopped ? null : await this.nextRequest(runId);
        if (!next) return await this.release(runId);
        const result = await this.call(next);
        await this.db.$transaction((tx) => this.apply(tx, next, result), { timeout: 30_000 });
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  private leaseEnd() {
    return new Date(Date.now() + this.options.leaseMs);
  }

  /** Hands a run back to the queue (status derived from its steps) so any engine can go on with it. */
  private async release(runId: string) {
    await this.db.$transaction(async (tx) => {
      if ((await lockRun(tx, runId)) !== "running") return;
      const run = await tx.jobRun.findUniqueOrThrow({ where: { id: runId }, include: { steps: true } });
      const open = run.steps.filter((step) => step.status === "pending" || step.status === "planned");
      const due = [
        ...open.flatMap((step) => (step.wakeAt ? [step.wakeAt.getTime()] : [])),
        ...(run.needsDiscovery ? [run.wakeAt?.getTime() ?? Date.now()] : []),
      ];
      const waiting = open.some((step) => step.status === "pending" && step.kind !== "sleep");
      const sleeping = open.some((step) => step.status === "pending" && step.kind === "sleep");
      const busy = run.needsDiscovery || open.some((step) => step.status === "planned");
      await tx.jobRun.update({
        where: { id: runId },
        data: {
          status: busy ? "queued" : waiting ? "waiting" : sleeping ? "sleeping" : "queued",
          wakeAt: due.length > 0 ? new Date(Math.min(...due)) : null,
          lockedUntil: null,
        },
      });
    });
  }

  /**
   * What to ask the app next: a planned step that is due, or the function itself when a step settled.
   * Sleeps that ended and waits or invokes that timed out are settled first. Null when nothing is due.
   */
  private async nextRequest(runId: string) {
    const now = new Date();
    const run = await this.db.jobRun.findUnique({ where: { id: runId }, include: { steps: true } });
    if (run?.status !== "running") return null;
    const ended = run.steps.filter((step) => step.status === "pending" && step.wakeAt && step.wakeAt <= now);
    if (ended.length > 0) {
      await this.db.$transaction(async (tx) => {
        for (const step of ended) {
          const result =
            step.kind === "invoke"
              ? { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function" } }
              : { data: null };
          await settleStep(tx, runId, step.hashedId, result, now);
        }
      });
    }
    const fresh =
      ended.length > 0
        ? await this.db.jobRun.findUniqueOrThrow({ where: { id: runId }, include: { steps: true } })
        : run;
    const planned = fresh.steps
      .filter((step) => step.status === "planned" && (!step.wakeAt || step.wakeAt <= now))
      .sort((a, b) => a.position - b.position)[0];
    if (!planned && !(fresh.needsDiscovery && (!fresh.wakeAt || fresh.wakeAt <= now))) return null;
    if (!planned) await this.db.jobRun.update({ where: { id: runId }, data: { needsDiscovery: false } });
    const config = await this.config(fresh.functionId);
    if (!config) {
      await this.db.$transaction((tx) =>
        finishRun(
          tx,
          runId,
          { status: "failed", error: { message: `${fresh.functionId} is not served by the app` } },
          now,
        ),
      );
      return null;
    }
    const steps: StepMemo = {};
    for (const step of fresh.steps.toSorted((a, b) => a.position - b.position)) {
      if (step.status === "completed") steps[step.hashedId] = { type: "data", data: step.data };
      if (step.status === "failed") steps[step.hashedId] = { type: "error", error: step.error };
    }
    return {
      runId,
      config,
      stepId: planned?.hashedId ?? "step",
      attempt: planned ? planned.attempts : fresh.attempt,
      maxAttempts: fresh.maxAttempts,
      body: executionBody({
        event: fresh.event,
        steps,
        runId,
        attempt: planned ? planned.attempts : fresh.attempt,
        maxAttempts: fresh.maxAttempts,
        stack: fresh.stack,
      }),
    };
  }

  private async call(request: NonNullable<Awaited<ReturnType<LocalEngine["nextRequest"]>>>): Promise<CallResult> {
    const url = new URL(request.config.steps.step.runtime.url);
    url.searchParams.set("stepId", request.stepId);
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: this.headers(request.body),
        body: JSON.stringify(request.body),
      });
    } catch (error) {
      return { kind: "unreachable", error: error instanceof Error ? error.message : String(error) };
    }
    const text = await response.text();
    const body = text ? safeJson(text) : null;
    const retryAfter = response.headers.get("retry-after");
    if (response.status === 206) return { kind: "ops", ops: opSchema.array().parse(body), retryAfter };
    if (response.status === 200) return { kind: "done", output: body };
    return {
      kind: "error",
      status: response.status,
      error: body,
      retriable: response.headers.get("x-inngest-no-retry") !== "true" && response.status !== 401,
      retryAfter,
    };
  }

  private retryAt(attempt: number, retryAfter: string | null, now: Date) {
    if (retryAfter) {
      const seconds = Number(retryAfter);
      const at = Number.isFinite(seconds) ? now.getTime() + seconds * 1000 : Date.parse(retryAfter);
      if (!Number.isNaN(at)) return new Date(Math.max(at, now.getTime()));
    }
    return new Date(now.getTime() + Math.min(MAX_RETRY_DELAY_MS, this.options.retryBaseMs * 2 ** attempt));
  }

  /** Applies the app's answer to the run's state. */
  private async apply(
    tx: DbOrTx,
    request: NonNullable<Awaited<ReturnType<LocalEngine["nextRequest"]>>>,
    result: CallResult,
  ) {
    const now = new Date();
    if ((await lockRun(tx, request.runId)) !== "running") return; // cancelled while the request was in flight
    const run = await tx.jobRun.findUniqueOrThrow({ where: { id: request.runId } });
    switch (result.kind) {
      case "done":
        await finishRun(tx, run.id, { status: "completed", output: result.output }, now);
        return;
      case "unreachable":
        this.options.log("app unreachable; will retry", { runId: run.id, error: result.error });
        await tx.jobRun.update({
          where: { id: run.id },
          data: { needsDiscovery: request.stepId === "step" ? true : undefined, wakeAt: this.retryAt(2, null, now) },
        });
        return;
      case "error": {
        const attempt = request.attempt + 1;
        if (!result.retriable || attempt >= run.maxAttempts) {
          await finishRun(tx, run.id, { status: "failed", error: result.error }, now);
          return;
        }
        if (request.stepId === "step") {
          await tx.jobRun.update({
            where: { id: run.id },
            data: {
              attempt,
              needsDiscovery: true,
              wakeAt: this.retryAt(attempt, result.retryAfter, now),
              error: toJson(result.error),
            },
          });
        } else {
          await tx.jobStep.update({
            where: { runId_hashedId: { runId: run.id, hashedId: request.stepId } },
            data: {
              attempts: attempt,
              error: toJson(result.error),
              wakeAt: this.retryAt(attempt, result.retryAfter, now),
            },
          });
        }
        return;
      }
      case "ops":
        for (const op of result.ops) await this.applyOp(tx, run.id, op, result.retryAfter, now);
        return;
    }
  }

  /** One op of a 206 answer; an op for a step already known (a parallel step reported again) is skipped. */
  private async applyOp(tx: DbOrTx, runId: string, op: Op, retryAfter: string | null, now: Date) {
    const name = op.displayName ?? op.name ?? op.id;
    const existing = await tx.jobStep.findUnique({ where: { runId_hashedId: { runId, hashedId: op.id } } });
    const position = existing?.position ?? (await tx.jobStep.count({ where: { runId } })) + 1;
    const upsert = (kind: string, data: Record<string, unknown>) =>
      tx.jobStep.upsert({
        where: { runId_hashedId: { runId, hashedId: op.id } },
        create: { runId, hashedId: op.id, name, kind, position, status: "planned", ...data },
        update: data,
      });
    const settled = () => tx.$executeRaw`
      UPDATE job_runs SET stack = array_append(stack, ${op.id}), needs_discovery = true, wake_at = ${now}
      WHERE id = ${runId}::uuid`;
    switch (op.op) {
      case "StepRun":
        await upsert(existing?.kind ?? "run", {
          status: "completed",
          data: toJson(op.data),
          wakeAt: null,
          endedAt: now,
        });
        await settled();
        return;
      case "StepFailed":
        await upsert(existing?.kind ?? "run", {
          status: "failed",
          error: toJson(op.error),
          attempts: (existing?.attempts ?? 0) + 1,
          wakeAt: null,
          endedAt: now,
        });
        await settled();
        return;
      case "StepError": {
        const attempts = (existing?.attempts ?? 0) + 1;
        await upsert(existing?.kind ?? "run", {
          status: "planned",
          error: toJson(op.error),
          attempts,
          wakeAt: this.retryAt(attempts, retryAfter, now),
        });
        return;
      }
      case "StepPlanned":
        if (!existing) await upsert(op.opts?.type === "step.sendEvent" ? "sendEvent" : "run", { wakeAt: now });
        return;
      case "Sleep":
        if (!existing)
          await upsert("sleep", { status: "pending", wakeAt: dueAt(op.name, now.getTime(), this.options.timeScale) });
        return;
      case "WaitForEvent":
        if (!existing) {
          await upsert("waitForEvent", {
            status: "pending",
            waitFor: { event: op.name, if: op.opts.if ?? null, since: now.toISOString() },
            wakeAt: dueAt(op.opts.timeout, now.getTime(), this.options.timeScale),
          });
        }
        return;
      case "InvokeFunction": {
        if (existing) return;
        const config = await functionConfig(tx, op.opts.function_id);
        if (!config) {
          await upsert("invoke", {
            status: "failed",
            error: { name: "Error", message: `No function ${op.opts.function_id}` },
            endedAt: now,
          });
          await settled();
          return;
        }
        const event: JsonEvent = {
          name: "inngest/function.invoked",
          data: (op.opts.payload.data ?? {}) as Record<string, unknown>,
          id: randomUUID(),
          ts: now.getTime(),
        };
        await upsert("invoke", {
          status: "pending",
          wakeAt: op.opts.timeout ? dueAt(op.opts.timeout, now.getTime(), this.options.timeScale) : null,
          waitFor: { functionId: config.id },
        });
        const childId = await createRun(tx, config, event, { runId, stepId: op.id });
        await tx.jobStep.update({
          where: { runId_hashedId: { runId, hashedId: op.id } },
          data: { waitFor: { functionId: config.id, runId: childId } },
        });
        return;
      }
    }
  }

  /** For the HTTP event API and tests: takes events in as `inngest.send` would. */
  ingest(events: Parameters<typeof ingestInTx>[1]) {
    return this.db.$transaction((tx) => ingestInTx(tx, events));
  }

  describe() {
    return {
      engine: LOCAL_ENGINE_NAME,
      mode: this.mode,
      appUrl: this.options.appUrl,
      synced: this.synced,
      timeScale: this.options.timeScale,
    };
  }
}

/** Locks the run's row for the rest of the transaction (a cancel waits for it, or it sees the cancel). */
async function lockRun(tx: DbOrTx, runId: string) {
  const rows = await tx.$queryRaw<
    { status: string }[]
  >`SELECT status FROM job_runs WHERE id = ${runId}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

async function functionConfig(db: DbOrTx, functionId: string): Promise<FunctionConfig | null> {
  const row = await db.jobFunction.findUnique({ where: { id: functionId } });
  const parsed = functionConfigSchema.safeParse(row?.config);
  return parsed.success ? parsed.data : null;
}

/** The first tick of a cron strictly after `after`, in UTC (or the `TZ=` zone the cron names). */
export function nextTick(cron: string, after: Date) {
  const zone = /^TZ=(\S+)\s+(.*)$/.exec(cron);
  return CronExpressionParser.parse(zone?.[2] ?? cron, { currentDate: after, tz: zone?.[1] ?? "UTC" })
    .next()
    .toDate();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 500) };
  }
}
