import { type ChildProcess, spawn } from "node:child_process";
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import { afterAll, beforeAll, expect, it } from "vitest";
import { engineSynced } from "@/lib/jobs/engine";
import { testDb } from "@/tests/db";
import { freePort, serveRoute, uniqueName } from "@/tests/inngest-harness";

/**
 * The engine as its own process, killed with SIGKILL while a run sleeps and again while it waits for an
 * event: each new process finishes the run from Postgres, and every step's side effect happens once.
 */
const db = testDb();
const app = uniqueName("restart");
const sideEffects = { before: 0, middle: 0, after: 0 };
const children: ChildProcess[] = [];
let engineUrl: string;
let appUrl: string;
let client: Inngest;

beforeAll(async () => {
  engineUrl = `http://127.0.0.1:${await freePort()}`;
  client = new Inngest({ id: app, isDev: true, baseUrl: engineUrl });
  const campaign = client.createFunction(
    { id: "campaign", triggers: [{ event: `${app}/started` }] },
    async ({ step }) => {
      await step.run("before", () => ++sideEffects.before);
      await step.sleep("three-days", "3d");
      await step.run("middle", () => ++sideEffects.middle);
      const reply = await step.waitForEvent("wait-for-reply", { event: `${app}/replied`, timeout: "300d" });
      await step.run("after", () => ++sideEffects.after);
      return { reply: reply?.data };
    },
  );
  appUrl = await serveRoute(serve({ client, functions: [campaign] }) as never);
});

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

/** Starts `inngest/local/main.ts` (a day lasts one second) and waits until it has synced the app. */
async function startEngineProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "inngest/local/main.ts"], {
    env: {
      ...process.env,
      APP_URL: new URL(appUrl).origin,
      INNGEST_DEV: engineUrl,
      INNGEST_LOCAL_TIME_SCALE: "86400",
      LOG_LEVEL: "warn",
    },
    stdio: "inherit",
  });
  children.push(child);
  await until(() => engineSynced(engineUrl), 30_000);
  return child;
}

function kill(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("Timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const runStatus = async () => (await db.jobRun.findFirst({ where: { functionId: `${app}-campaign` } }))?.status;

it("finishes a run after the engine is killed during a sleep and during a wait, each step once", async () => {
  const first = await startEngineProcess();
  await client.send({ name: `${app}/started`, data: {} });
  await until(async () => (await runStatus()) === "sleeping");
  await kill(first);

  const second = await startEngineProcess();
  await until(async () => (await runStatus()) === "waiting");
  await kill(second);

  await startEngineProcess();
  await client.send({ name: `${app}/replied`, data: { text: "Let's talk" } });
  await until(async () => (await runStatus()) === "completed");

  expect(sideEffects).toEqual({ before: 1, middle: 1, after: 1 });
  const run = await db.jobRun.findFirstOrThrow({ where: { functionId: `${app}-campaign` } });
  expect(run.output).toEqual({ reply: { text: "Let's talk" } });
});
