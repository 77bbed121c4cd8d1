import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { bindFormatter } from "@/lib/format";
import { createEvent } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import {
  controllableRun,
  describeRunState,
  getRun,
  listRuns,
  listSchedules,
  needsAttention,
  SYSTEM_RUN_ERROR,
} from "./runs";

const db = testDb();
const now = new Date("2026-06-01T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const suffix = randomUUID().slice(0, 8);
const CHECK = `eventos-test-check-${suffix}`;
const UNSYNCED = `eventos-test-unsynced-${suffix}`;

type StepSpec = Omit<Prisma.JobStepCreateWithoutRunInput, "hashedId" | "position">;

/** A run as the engine stores it; steps get their position in the order given unless they name one. */
async function createRun(
  organizationId: string | null,
  run: Partial<Prisma.JobRunUncheckedCreateInput> = {},
  steps: (StepSpec & { position?: number })[] = [],
) {
  return db.jobRun.create({
    data: {
      functionId: CHECK,
      event: { name: "test/check.requested", data: { organizationId, eventId: run.subjectEventId } },
      eventName: "test/check.requested",
      maxAttempts: 4,
      organizationId,
      createdAt: now,
      ...run,
      steps: {
        create: steps.map((step, index) => ({ hashedId: `step-${index}`, position: index + 1, ...step })),
      },
    },
  });
}

const orgScope = (organizationId: string, includeSystem = false) => ({ organizationId, includeSystem });

beforeAll(async () => {
  await db.jobFunction.create({ data: { id: CHECK, name: "Test: check", config: {}, syncedAt: now } });
});

describe("tenancy", () => {
  it("shows an organization its own runs, and system runs only to those who may see them", async () => {
    const [mine, theirs] = await Promise.all([uniqueOrganization(db), uniqueOrganization(db)]);
    const own = await createRun(mine.id, { status: "completed" });
    const foreign = await createRun(theirs.id, { status: "completed" });
    const system = await createRun(null, { status: "completed" });

    const ids = async (includeSystem: boolean) =>
      (await listRuns(db, orgScope(mine.id, includeSystem), now)).map((run) => run.id);
    expect(await ids(false)).toEqual([own.id]);
    expect(await ids(true)).toEqual(expect.arrayContaining([own.id, system.id]));
    expect(await ids(true)).not.toContain(foreign.id);

    expect(await getRun(db, foreign.id, orgScope(mine.id, true), now)).toBeNull();
    expect(await getRun(db, system.id, orgScope(mine.id), now)).toBeNull();
    expect((await getRun(db, system.id, orgScope(mine.id, true), now))?.id).toBe(system.id);
    expect(await getRun(db, "not-a-uuid'; DROP TABLE job_runs; --", orgScope(mine.id, true), now)).toBeNull();
  });
});

describe("schedules' runs, shared by every organization", () => {
  it("a schedule's run shows an organization only the runs it started for that organization", async () => {
    const [mine, theirs] = await Promise.all([uniqueOrganization(db), uniqueOrganization(db)]);
    const [myEvent, theirEvent] = [`daily-check-${randomUUID()}`, `daily-check-${randomUUID()}`];
    const system = await createRun(
      null,
      {
        status: "failed",
        event: { name: "schedules/hourly.requested", data: { requestedById: randomUUID() } },
        output: { dailyChecksRequested: 2 },
        error: { name: "Error", message: `event ${theirs.id} broke` },
      },
      [
        {
          name: "find-due-daily-checks",
          kind: "run",
          status: "completed",
          data: [{ organizationId: theirs.id }, { organizationId: mine.id }],
        },
        { name: "request-daily-checks", kind: "sendEvent", status: "completed", data: { ids: [myEvent, theirEvent] } },
      ],
    );
    const started = (organizationId: string, id: string) =>
      createRun(organizationId, {
        event: { name: "operations/daily-check.requested", id, data: { organizationId } },
        status: "completed",
      });
    const myCheck = await started(mine.id, myEvent);
    await started(theirs.id, theirEvent);

    const seen = await getRun(db, system.id, orgScope(mine.id, true), now);
    expect(seen).toMatchObject({ system: true, eventData: null, output: null, error: SYSTEM_RUN_ERROR });
    expect(seen?.children.map((run) => run.id)).toEqual([myCheck.id]);
    expect(seen?.steps.map((step) => step.data)).toEqual([null, null]);
    expect(JSON.stringify(seen)).not.toContain(theirs.id);
    const [attention] = (await needsAttention(db, orgScope(mine.id, true), now)).filter((run) => run.id === system.id);
    expect(attention?.error).toBe(SYSTEM_RUN_ERROR);
  });

  it("no organization can cancel or re-run a schedule's run, only its own runs", async () => {
    const org = await uniqueOrganization(db);
    const system = await createRun(null, { status: "running" });
    const own = await createRun(org.id, { status: "running" });
    await expect(controllableRun(db, system.id, orgScope(org.id, true), now)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/no organization can cancel or re-run it/),
    });
    expect((await controllableRun(db, own.id, orgScope(org.id, true), now)).id).toBe(own.id);
    const other = await uniqueOrganization(db);
    await expect(controllableRun(db, own.id, orgScope(other.id, true), now)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("a schedule's latest run shown to an organization is never another organization's run now", async () => {
    const [mine, theirs] = await Promise.all([uniqueOrganization(db), uniqueOrganization(db)]);
    const functionId = "eventos-schedules-every-4-hours";
    const later = new Date("2099-06-01T00:00:00Z");
    const ownRunNow = await createRun(mine.id, { functionId, status: "completed", createdAt: later });
    await createRun(theirs.id, { functionId, status: "completed", createdAt: new Date(later.getTime() + 60_000) });
    const [, fourHourly] = await listSchedules(db, orgScope(mine.id, true));
    expect(fourHourly?.lastRun?.id).toBe(ownRunNow.id);
  });
});

describe("run list", () => {
  it("names the function, the EventOS event and the progress, newest first, filtered on request", async () => {
    const org = await uniqueOrganization(db);
    const event = await createEvent(db, org.id, testEventSpec(now));
    const older = await createRun(org.id, { subjectEventId: event.id, status: "completed", endedAt: at(2) }, [
      { name: "first", kind: "run", status: "completed" },
      { name: "second", kind: "run", status: "completed" },
      { name: "third", kind: "run", status: "failed" },
    ]);
    const newer = await createRun(org.id, {
      functionId: UNSYNCED,
      subjectEventId: "not-an-event-id",
      status: "failed",
      createdAt: at(1),
    });

    const runs = await listRuns(db, orgScope(org.id), now);
    expect(runs.map((run) => run.id)).toEqual([newer.id, older.id]);
    expect(runs[0]).toMatchObject({ functionName: `test-unsynced-${suffix}`, subjectEvent: null, durationMs: null });
    expect(runs[1]).toMatchObject({
      functionName: "Test: check",
      eventName: "test/check.requested",
      subjectEvent: { id: event.id, name: "Harbour Tech Day" },
      progress: { done: 2, total: 3 },
      durationMs: 120_000,
    });

    const byStatus = await listRuns(db, { ...orgScope(org.id), status: "completed" }, now);
    expect(byStatus.map((run) => run.id)).toEqual([older.id]);
    const byFunction = await listRuns(db, { ...orgScope(org.id), functionId: UNSYNCED }, now);
    expect(byFunction.map((run) => run.id)).toEqual([newer.id]);
  });

  it("says what holds each active run up", async () => {
    const org = await uniqueOrganization(db);
    const done = { name: "done", kind: "run", status: "completed" };
    const approval = { event: "approval/decision.recorded", if: null, since: now.toISOString() };
    const runs = {
      sleeping: await createRun(org.id, { status: "sleeping" }, [
        done,
        { name: "long nap", kind: "sleep", status: "pending", wakeAt: at(120) },
        { name: "short nap", kind: "sleep", status: "pending", wakeAt: at(60) },
      ]),
      approval: await createRun(org.id, { status: "waiting" }, [
        { name: "nap", kind: "sleep", status: "pending", wakeAt: at(5) },
        { name: "ask", kind: "waitForEvent", status: "pending", waitFor: approval, wakeAt: at(600) },
      ]),
      reply: await createRun(org.id, { status: "waiting" }, [
        { name: "reply", kind: "waitForEvent", status: "pending", waitFor: { event: "sponsor/reply.received" } },
      ]),
      invoke: await createRun(org.id, { status: "waiting" }, [
        { name: "child", kind: "invoke", status: "pending", waitFor: { functionId: CHECK, runId: randomUUID() } },
      ]),
      retrying: await createRun(org.id, { status: "running" }, [
        done,
        { name: "flaky", kind: "run", status: "planned", attempts: 2, wakeAt: at(1), error: { message: "timeout" } },
      ]),
      queued: await createRun(org.id, { status: "queued" }, [
        { name: "fresh", kind: "run", status: "planned", wakeAt: at(1) },
      ]),
      cancelled: await createRun(org.id, { status: "cancelled" }, [
        { name: "nap", kind: "sleep", status: "pending", wakeAt: at(60) },
      ]),
    };

    const listed = new Map((await listRuns(db, orgScope(org.id), now)).map((run) => [run.id, run.state]));
    const state = (run: { id: string }) => listed.get(run.id);
    expect(state(runs.sleeping)).toEqual({ kind: "sleeping", until: at(60) });
    expect(state(runs.approval)).toEqual({ kind: "waiting", for: "approval" });
    expect(state(runs.reply)).toEqual({ kind: "waiting", for: "sponsor/reply.received" });
    expect(state(runs.invoke)).toEqual({ kind: "waiting", for: "Test: check" });
    expect(state(runs.retrying)).toEqual({ kind: "retrying", at: at(1) });
    expect(state(runs.queued)).toBeNull();
    expect(state(runs.cancelled)).toBeNull();

    const format = bindFormatter({ locale: "en-GB", timeZone: "Europe/Lisbon" });
    expect(describeRunState({ kind: "waiting", for: "approval" }, format)).toBe("waiting for approval");
    expect(describeRunState({ kind: "sleeping", until: at(60) }, format)).toMatch(
      /^sleeping until 1 Jun 2026, .* WEST$/,
    );
    expect(describeRunState({ kind: "retrying", at: at(1) }, format)).toMatch(/^retrying at 1 Jun 2026, .* WEST$/);
  });
});

describe("needs attention", () => {
  it("lists the failed runs of the last 30 days, newest first, with their error message only", async () => {
    const org = await uniqueOrganization(db);
    const error = {
      name: "Error",
      message: "SMTP refused the message",
      stack: "Error: SMTP refused\n    at send.ts:1",
    };
    const recent = await createRun(org.id, { status: "failed", createdAt: at(-60), error });
    const older = await createRun(org.id, { status: "failed", createdAt: at(-10 * 1440), error: "plain text" });
    await createRun(org.id, { status: "failed", createdAt: at(-31 * 1440), error });
    await createRun(org.id, { status: "completed", createdAt: at(-30) });

    const failed = await needsAttention(db, orgScope(org.id), now);
    expect(failed.map((run) => [run.id, run.error])).toEqual([
      [recent.id, "SMTP refused the message"],
      [older.id, "plain text"],
    ]);
  });
});

describe("run detail", () => {
  it("orders the steps by position and links the parent and child runs", async () => {
    const org = await uniqueOrganization(db);
    const parent = await createRun(org.id, { status: "waiting", event: { name: "test/x", data: { marker: 7 } } }, [
      { name: "later", kind: "run", status: "completed", position: 2, data: { ok: true } },
      { name: "earlier", kind: "sleep", status: "completed", position: 1 },
      { name: "child", kind: "invoke", status: "pending", position: 3, waitFor: { functionId: CHECK } },
    ]);
    const child = await createRun(org.id, { status: "running", parentRunId: parent.id, createdAt: at(1) });

    const detail = await getRun(db, parent.id, orgScope(org.id), now);
    expect(detail?.steps.map((step) => [step.name, step.kind, step.status])).toEqual([
      ["earlier", "sleep", "completed"],
      ["later", "run", "completed"],
      ["child", "invoke", "pending"],
    ]);
    expect(detail?.steps[1]?.data).toEqual({ ok: true });
    expect(detail?.steps[2]?.state).toEqual({ kind: "waiting", for: "Test: check" });
    expect(detail).toMatchObject({ eventData: { marker: 7 }, served: true, parent: null });
    expect(detail?.children.map((run) => run.id)).toEqual([child.id]);
    expect((await getRun(db, child.id, orgScope(org.id), now))?.parent?.id).toBe(parent.id);
  });
});

describe("schedules", () => {
  it("shows each schedule's next tick and latest run", async () => {
    const functionId = "eventos-schedules-hourly";
    const nextAt = new Date("2099-01-01T00:00:00Z");
    await db.jobCron.upsert({
      where: { functionId_cron: { functionId, cron: "0 * * * *" } },
      create: { functionId, cron: "0 * * * *", nextAt },
      update: { nextAt },
    });
    // Later than any run another test file's engine may start, so it is the latest.
    const latest = await createRun(null, { functionId, status: "completed", createdAt: nextAt });

    const org = await uniqueOrganization(db);
    const [hourly, fourHourly] = await listSchedules(db, orgScope(org.id, true));
    expect(hourly).toMatchObject({
      id: "hourly",
      label: "Every hour",
      when: "At minute 0 of every hour (UTC)",
      nextAt,
      lastRun: { id: latest.id, status: "completed" },
    });
    expect(fourHourly).toMatchObject({ label: "Every 4 hours", when: "At minute 0 of every 4 hours (UTC)" });
  });
});
