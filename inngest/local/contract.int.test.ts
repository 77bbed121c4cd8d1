import { Inngest, NonRetriableError } from "inngest";
import { serve } from "inngest/next";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { eventually, freePort, serveRoute, startTestEngine } from "@/tests/inngest-harness";
import type { LocalEngine } from "./engine";
import { signatureHeader, signBody } from "./protocol";

/**
 * The protocol exchange between the local engine and the pinned `inngest` SDK, in cloud mode (every
 * request and response signed), recorded and compared with __snapshots__/protocol.json. An SDK upgrade
 * that changes ops, headers, hashing or signing fails here; after checking the engine still speaks the
 * new version, re-record with `npx vitest run --project integration -u inngest/local/contract`.
 */
const db = testDb();
const SIGNING_KEY = "signkey-test-8ee2262a15e8d3c42d6a840db7af3de2aab08ef632b32a37a687f24b34dba3ff";
const EVENT_KEY = "contract-event-key";
const exchanges: unknown[] = [];
let engine: LocalEngine;
let appUrl: string;
let eventApi: string;
let client: Inngest;

/** The parts of an exchange the protocol fixes; run ids, event ids, times and signatures are masked. */
function mask(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>")
      .replace(/t=\d+&s=[0-9a-f]{64}/g, "t=<unix>&s=<hmac>")
      .replace(/"ts":\d+/g, '"ts":"<ms>"')
      .replace(/"timing":\{[^}]*\}/g, '"timing":"<ns>"')
      .replace(/"stack":"(?:[^"\\]|\\.)*"/g, '"stack":"<stack>"')
      .replace(/127\.0\.0\.1:\d+/g, "<app>"),
  );
}

async function record(request: Request, response: Response) {
  const url = new URL(request.url);
  const responseText = await response.text();
  const signature = response.headers.get("x-inngest-signature");
  if (signature) {
    // Responses are signed over their raw text: check it the way Inngest does.
    const params = new URLSearchParams(signature);
    expect(params.get("s")).toBe(signBody(responseText, SIGNING_KEY, Number(params.get("t"))));
  }
  const body = (await request.text()) || null;
  const parsed = body ? (JSON.parse(body) as { steps?: object; ctx?: object; event?: { name: string } }) : null;
  const responseBody = responseText ? (JSON.parse(responseText) as unknown) : null;
  exchanges.push(
    mask({
      request: {
        method: request.method,
        query: Object.fromEntries(url.searchParams),
        headers: pick(request.headers, [
          "content-type",
          "x-inngest-server-kind",
          "x-inngest-signature",
          "x-inngest-sync-kind",
        ]),
        body:
          parsed && request.method === "POST"
            ? { event: parsed.event?.name, steps: Object.keys(parsed.steps ?? {}), ctx: parsed.ctx }
            : parsed,
      },
      response: {
        status: response.status,
        headers: pick(response.headers, [
          "content-type",
          "x-inngest-no-retry",
          "x-inngest-sync-kind",
          "x-inngest-signature",
          "x-inngest-req-version",
          "retry-after",
        ]),
        body:
          request.method === "PUT" ? { functions: (responseBody as { functions: unknown }).functions } : responseBody,
      },
    }),
  );
}

function pick(headers: Headers, names: string[]) {
  return Object.fromEntries(names.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)]] : [])));
}

beforeAll(async () => {
  const port = await freePort();
  eventApi = `http://127.0.0.1:${port}`;
  client = new Inngest({
    id: "contract",
    isDev: false,
    baseUrl: `http://127.0.0.1:${port}`,
    signingKey: SIGNING_KEY,
    eventKey: EVENT_KEY,
  });
  const helper = client.createFunction(
    { id: "helper", triggers: [{ event: "contract/helper.never-sent" }] },
    async ({ event }) => ({ echoed: event.data.value }),
  );
  let flakyCalls = 0;
  const campaign = client.createFunction(
    {
      id: "campaign",
      retries: 2,
      triggers: [{ event: "contract/started" }],
      cancelOn: [{ event: "contract/cancelled", match: "data.campaign" }],
    },
    async ({ step }) => {
      const first = await step.run("first", () => "one");
      await step.sleep("pause", "1s");
      const flaky = await step.run("flaky", () => {
        flakyCalls += 1;
        if (flakyCalls === 1) throw new Error("first try fails");
        return flakyCalls;
      });
      const refused = await step
        .run("refused", () => {
          throw new NonRetriableError("no");
        })
        .catch((error: Error) => error.message);
      await step.sendEvent("announce", { name: "contract/announced", data: { first } });
      const echoed = await step.invoke("ask-helper", { function: helper, data: { value: 7 } });
      const reply = await step.waitForEvent("reply", {
        event: "contract/replied",
        timeout: "1h",
        if: "async.data.ok == true",
      });
      return { first, flaky, refused, echoed, reply: reply?.data ?? null };
    },
  );
  appUrl = await serveRoute(serve({ client, functions: [campaign, helper] }) as never, record);
  engine = await startTestEngine(db, appUrl, port, { signingKey: SIGNING_KEY, eventKey: EVENT_KEY });
});

describe("the Inngest protocol with the pinned SDK", () => {
  it("matches the recorded exchange: sync, steps, sleep, retry, failure, sendEvent, invoke and wait", async () => {
    await client.send({ name: "contract/started", data: { campaign: "c" } });
    const waiting = await eventually(engine, async () =>
      db.jobStep.findFirst({ where: { run: { functionId: "contract-campaign" }, name: "reply", status: "pending" } }),
    );
    await client.send({ name: "contract/replied", data: { ok: true } });
    const run = await eventually(engine, async () => {
      const current = await db.jobRun.findUniqueOrThrow({ where: { id: waiting.runId } });
      return current.status === "completed" ? current : undefined;
    });
    expect(run.output).toEqual({ first: "one", flaky: 2, refused: "no", echoed: { echoed: 7 }, reply: { ok: true } });
    await expect(JSON.stringify(exchanges, null, 2)).toMatchFileSnapshot("__snapshots__/protocol.json");
  });

  it("refuses unsigned and wrongly signed requests in cloud mode", async () => {
    const body = { url: appUrl };
    const put = (signature?: string) =>
      fetch(appUrl, {
        method: "PUT",
        headers: {
          "content-type": "application/json",
          "x-inngest-sync-kind": "in_band",
          ...(signature ? { "x-inngest-signature": signature } : {}),
        },
        body: JSON.stringify(body),
      });
    expect((await put()).status).toBe(401);
    expect((await put(signatureHeader(body, "signkey-test-00"))).status).toBe(401);
    expect((await put(signatureHeader(body, SIGNING_KEY))).status).toBe(200);
  });

  it("takes events only with the configured event key", async () => {
    const send = (key: string) =>
      fetch(new URL(`/e/${key}`, eventApi), { method: "POST", body: JSON.stringify({ name: "contract/noise" }) });
    expect((await send("not-the-key")).status).toBe(401);
    expect((await send(EVENT_KEY)).status).toBe(200);
  });
});
