/**
 * What a durable step costs: a function of 40 `step.run` steps run by the local engine through the SDK's
 * real `serve()` endpoint over HTTP (state in the embedded Postgres, dev mode), against the same 40 step
 * bodies called as plain in-process functions, in the same run.
 */
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import { LocalEngine } from "../inngest/local/engine";
import { startEventApi } from "../inngest/local/server";
import type { Db } from "../lib/db/client";
import { freePort, startRouteServer } from "../tests/inngest-harness";
import { median, report } from "./setup";

const STEPS = 40;
const stepBody = (i: number) => ({ step: i, at: Date.now() });

export async function benchDurableSteps(db: Db) {
  const port = await freePort();
  const client = new Inngest({ id: "bench", isDev: true, baseUrl: `http://127.0.0.1:${port}` });
  const steps = client.createFunction(
    { id: "steps", triggers: [{ event: "bench/steps.started" }] },
    async ({ step }) => {
      for (let i = 0; i < STEPS; i++) await step.run(`step-${i}`, () => stepBody(i));
      return STEPS;
    },
  );
  const route = await startRouteServer(serve({ client, functions: [steps] }) as never);
  const engine = new LocalEngine({ db, appUrl: route.url, pollMs: 5 });
  const api = await startEventApi(engine, { port });
  try {
    await engine.sync();
    const durable = await median(async () => {
      await client.send({ name: "bench/steps.started", data: {} });
      await engine.runUntilIdle();
    }, 5);
    const plain = await median(async () => {
      for (let i = 0; i < STEPS; i++) await Promise.resolve(stepBody(i));
    });
    const perStep = durable / STEPS;
    report(
      `Durable steps: a ${STEPS}-step function, median of 5 runs (per step; ${Math.round(1000 / perStep)} steps/s through the endpoint):`,
      [
        ["baseline  a plain in-process function call", plain / STEPS],
        ["eventos   a step through the local engine and serve()", perStep],
      ],
      ["ratio     durable step / plain call", perStep, plain / STEPS],
    );
  } finally {
    await new Promise((resolve) => api.close(resolve));
    await engine.stop();
    await route.close();
  }
}
