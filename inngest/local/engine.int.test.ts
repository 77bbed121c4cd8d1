import { Inngest, NonRetriableError, RetryAfterError } from "inngest";
import { serve } from "inngest/next";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { eventually, freePort, serveRoute, startTestEngine, uniqueName } from "@/tests/inngest-harness";
import type { LocalEngine } from "./engine";
import { nextTick } from "./engine";

/**
 * The local engine against the SDK's real `serve()` handler over HTTP: every feature the product relies
 * on, with compressed time (one real second is about eleven days).
 */
const db = testDb();
const app = uniqueName("protocol");
const name = (suffix: string) => `${app}/${suffix}`;
const calls = new Map<string, number>();
const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1).get(key) ?? 0;

let engine: LocalEngine;
let client: Inngest;

/** The run of `functionId` whose event data has `marker` as one of its values (for an onFailure run, nested). */
async function runOf(functionId: string, marker: string | number) {
  const runs = await db.jobRun.findMany({
    where: { functionId: `${app}-${functionId}` },
    include: { steps: { orderBy: { position: "asc" } } },
  });
  const hasMarker = (data: unknown): boolean =>
    typeof data === "object" && data !== null
      ? Object.values(data).some((value) => value === marker || hasMarker(value))
      : false;
  return runs.find((run) => hasMarker((run.event as { data: unknown }).data));
}

async function settled(functionId: string, marker: string | number) {
  return eventually(engine, async () => {
    const run = await runOf(functionId, marker);
    return run && ["completed", "failed", "cancelled"].includes(run.status) ? run : undefined;
  });
}

beforeAll(async () => {
  const port = await freePort();
  client = new Inngest({ id: app, isDev: true, baseUrl: `http://127.0.0.1:${port}` });

  const campaign = client.createFunction(
    { id: "campaign", triggers: [{ event: name("campaign.started") }] },
    async ({ event, step }) => {
      await step.run("send-first-email", () => count(`first-email:${event.data.prospect}`));
      await step.sleep("wait-3-days", "3d");
      const reply = await step.waitForEvent("wait-for-reply", {
        event: name("reply.received"),
        timeout: event.data.timeout ?? "300d",
        match: "data.prospect",
      });
      await step.run("follow-up", () => count(`follow-up:${event.data.prospect}`));
      return { reply: reply?.data.text ?? null };
    },
  );

  const flaky = client.createFunction(
    { id: "flaky", retries: 3, triggers: [{ event: name("flaky.started") }] },
    async ({ event, step }) => {
      const attempts = await step.run("call-flaky-api", () => {
        const attempt = count(`flaky:${event.data.marker}`);
        if (attempt <= 2) throw new Error(`attempt ${attempt} failed`);
        return attempt;
      });
      await step.run("after", () => count(`after-flaky:${event.data.marker}`));
      return { attempts };
    },
  );

  const fatal = client.createFunction(
    {
      id: "fatal",
      retries: 3,
      triggers: [{ event: name("fatal.started") }],
      onFailure: async ({ event, step }) => {
        await step.run("record-failure", () => count(`on-failure:${event.data.event.data.marker}`));
      },
    },
    async ({ event, step }) => {
      await step.run("refuse", () => {
        count(`fatal:${event.data.marker}`);
        throw new NonRetriableError("The prospect does not exist");
      });
    },
  );

  const sender = client.createFunction(
    { id: "sender", triggers: [{ event: name("sender.started") }] },
    async ({ event, step }) => {
      await step.sendEvent("notify", { name: name("notified"), data: { marker: event.data.marker } });
    },
  );
  const listener = client.createFunction(
    { id: "listener", triggers: [{ event: name("notified") }] },
    async ({ event, step }) => step.run("heard", () => count(`heard:${event.data.marker}`)),
  );

  const child = client.createFunction(
    { id: "child", triggers: [{ event: name("child.never-sent") }] },
    async ({ event, step }) => step.run("double", () => Number(event.data.value) * 2),
  );
  const parent = client.createFunction(
    { id: "parent", triggers: [{ event: name("parent.started") }] },
    async ({ event, step }) => {
      const doubled = await step.invoke("invoke-child", { function: child, data: { value: event.data.value } });
      return { doubled };
    },
  );

  const cancellable = client.createFunction(
    {
      id: "cancellable",
      triggers: [{ event: name("cancellable.started") }],
      cancelOn: [{ event: name("campaign.cancelled"), match: "data.campaign" }],
    },
    async ({ event, step }) => {
      await step.sleep("long-sleep", "3000d");
      await step.run("never", () => count(`after-cancel:${event.data.campaign}`));
    },
  );

  const ticker = client.createFunction({ id: "ticker", triggers: [{ cron: "0 8 * * *" }] }, async ({ step }) =>
    step.run("tick", () => count(`tick:${app}`)),
  );

  const patient = client.createFunction(
    { id: "patient", retries: 2, triggers: [{ event: name("patient.started") }] },
    async ({ event, step }) =>
      step.run("rate-limited", () => {
        if (count(`patient:${event.data.marker}`) === 1) throw new RetryAfterError("Rate limited", "1s");
        return "ok";
      }),
  );

  const single = client.createFunction(
    { id: "single", concurrency: { limit: 1, key: "event.data.key" }, triggers: [{ event: name("single.started") }] },
    async ({ step }) => {
      await step.run("exclusive", async () => {
        const inside = count("single:inside") - (calls.get("single:outside") ?? 0);
        calls.set("single:max", Math.max(calls.get("single:max") ?? 0, inside));
        await new Promise((resolve) => setTimeout(resolve, 50));
        count("single:outside");
      });
    },
  );

  const route = serve({
    client,
    functions: [campaign, flaky, fatal, sender, listener, child, parent, cancellable, ticker, patient, single],
  });
  const appUrl = await serveRoute(route as never);
  engine = await startTestEngine(db, appUrl, port, { timeScale: 1_000_000 });
});

describe("the local engine over Inngest's protocol", () => {
  it("runs a campaign: a step, a 3-day sleep, then a wait that only a matching event ends", async () => {
    await client.send({ name: name("campaign.started"), data: { prospect: "ada" } });
    await eventually(engine, async () => (await runOf("campaign", "ada"))?.status === "waiting");
    await client.send({ name: name("reply.received"), data: { prospect: "grace", text: "not for ada" } });
    await engine.runUntilIdle();
    expect((await runOf("campaign", "ada"))?.status).toBe("waiting");

    await client.send({ name: name("reply.received"), data: { prospect: "ada", text: "Interested!" } });
    const run = await settled("campaign", "ada");
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ reply: "Interested!" });
    expect(run.steps.map((step) => [step.name, step.kind, step.status])).toEqual([
      ["send-first-email", "run", "completed"],
      ["wait-3-days", "sleep", "completed"],
      ["wait-for-reply", "waitForEvent", "completed"],
      ["follow-up", "run", "completed"],
    ]);
    expect(calls.get("first-email:ada")).toBe(1);
    expect(calls.get("follow-up:ada")).toBe(1);
  });

  it("ends a wait with null when it times out", async () => {
    await client.send({ name: name("campaign.started"), data: { prospect: "linus", timeout: "2d" } });
    const run = await settled("campaign", "linus");
    expect(run.output).toEqual({ reply: null });
    expect(calls.get("follow-up:linus")).toBe(1);
  });

  it("retries a failing step with backoff and never repeats the steps that succeeded", async () => {
    await client.send({ name: name("flaky.started"), data: { marker: "f1" } });
    const run = await settled("flaky", "f1");
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ attempts: 3 });
    expect(calls.get("flaky:f1")).toBe(3);
    expect(calls.get("after-flaky:f1")).toBe(1);
    expect(run.steps.find((step) => step.name === "call-flaky-api")?.attempts).toBe(2);
  });

  it("fails at once on a NonRetriableError and runs the onFailure handler", async () => {
    await client.send({ name: name("fatal.started"), data: { marker: "x1" } });
    const run = await settled("fatal", "x1");
    expect(run.status).toBe("failed");
    expect(calls.get("fatal:x1")).toBe(1);
    await settled("fatal-failure", "x1");
    expect(calls.get("on-failure:x1")).toBe(1);
  });

  it("delivers step.sendEvent to the functions it triggers", async () => {
    await client.send({ name: name("sender.started"), data: { marker: "s1" } });
    await settled("sender", "s1");
    const heard = await settled("listener", "s1");
    expect(heard.status).toBe("completed");
    expect(calls.get("heard:s1")).toBe(1);
  });

  it("invokes another function and returns its result", async () => {
    await client.send({ name: name("parent.started"), data: { value: 21 } });
    const run = await settled("parent", 21);
    expect(run.output).toEqual({ doubled: 42 });
    const children = await db.jobRun.findMany({ where: { parentRunId: run.id } });
    expect(children.map((child) => [child.functionId, child.status])).toEqual([[`${app}-child`, "completed"]]);
  });

  it("cancels a sleeping run when its cancelOn event matches, and only that run", async () => {
    await client.send([
      { name: name("cancellable.started"), data: { campaign: "c1" } },
      { name: name("cancellable.started"), data: { campaign: "c2" } },
    ]);
    await eventually(engine, async () => (await runOf("cancellable", "c2"))?.status === "sleeping");
    await client.send({ name: name("campaign.cancelled"), data: { campaign: "c1" } });
    expect((await runOf("cancellable", "c1"))?.status).toBe("cancelled");
    expect((await runOf("cancellable", "c2"))?.status).toBe("sleeping");
    expect(calls.get("after-cancel:c1")).toBeUndefined();
  });

  it("starts a run on each cron tick, once per tick", async () => {
    const functionId = `${app}-ticker`;
    const cron = await db.jobCron.findUniqueOrThrow({ where: { functionId_cron: { functionId, cron: "0 8 * * *" } } });
    expect(cron.nextAt).toEqual(nextTick("0 8 * * *", new Date()));
    await db.jobCron.update({
      where: { functionId_cron: { functionId, cron: "0 8 * * *" } },
      data: { nextAt: new Date(Date.now() - 1000) },
    });
    await eventually(engine, async () => calls.get(`tick:${app}`) === 1);
    await engine.runUntilIdle();
    expect(calls.get(`tick:${app}`)).toBe(1);
    const runs = await db.jobRun.findMany({ where: { functionId } });
    expect(runs.map((run) => [run.eventName, run.status])).toEqual([["inngest/scheduled.timer", "completed"]]);
  });

  it("honours RetryAfterError's delay", async () => {
    await client.send({ name: name("patient.started"), data: { marker: "p1" } });
    await eventually(engine, async () => calls.get("patient:p1") === 1);
    const step = await eventually(engine, async () =>
      (await runOf("patient", "p1"))?.steps.find((s) => s.name === "rate-limited" && s.attempts === 1),
    );
    expect(step.wakeAt?.getTime()).toBeGreaterThan(Date.now() + 500);
    expect((await settled("patient", "p1")).output).toBe("ok");
  });

  it("runs one run per concurrency key at a time", async () => {
    await client.send([1, 2, 3].map(() => ({ name: name("single.started"), data: { key: "same" } })));
    await eventually(engine, async () => calls.get("single:outside") === 3);
    expect(calls.get("single:max")).toBe(1);
  });

  it("drops an event whose id it has already seen", async () => {
    const event = { id: `${app}-dedupe`, name: name("sender.started"), data: { marker: "d1" } };
    await client.send(event);
    await client.send(event);
    await engine.runUntilIdle();
    expect(
      await db.jobRun.count({
        where: { functionId: `${app}-sender`, event: { path: ["data", "marker"], equals: "d1" } },
      }),
    ).toBe(1);
  });
});
