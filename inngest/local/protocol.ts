/**
 * Inngest's HTTP protocol as the engine speaks it to the app's `serve()` endpoint: request bodies,
 * signatures, the ops an SDK answers with, and durations. Pinned by tests/contract/inngest-protocol.
 */
import { createHmac } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";

/**
 * Hex HMAC-SHA256 of the body followed by the unix timestamp, keyed with the signing key without its
 * prefix. Objects are signed in their JCS-canonical form, text (a response body) as it is.
 */
export function signBody(body: unknown, signingKey: string, unixSeconds: number) {
  const key = signingKey.replace(/^signkey-\w+-/, "");
  return createHmac("sha256", key)
    .update(typeof body === "string" ? body : (canonicalize(body) ?? ""))
    .update(String(unixSeconds))
    .digest("hex");
}

export function signatureHeader(body: unknown, signingKey: string, now = Date.now()) {
  const t = Math.round(now / 1000);
  return `t=${t}&s=${signBody(body, signingKey, t)}`;
}

export type StepMemo = Record<string, { type: "data"; data: unknown } | { type: "error"; error: unknown }>;

/** The body of one execution request (`POST ?fnId=&stepId=`). */
export function executionBody(args: {
  event: unknown;
  steps: StepMemo;
  runId: string;
  attempt: number;
  maxAttempts: number;
  stack: string[];
}) {
  return {
    event: args.event,
    events: [args.event],
    steps: args.steps,
    ctx: {
      run_id: args.runId,
      attempt: args.attempt,
      max_attempts: args.maxAttempts,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: args.stack, current: args.stack.length },
    },
    version: 2,
  };
}

const base = { id: z.string(), name: z.string().optional(), displayName: z.string().optional() };

/** The ops of a 206 answer the engine acts on; any other op fails the run with a clear error. */
export const opSchema = z.discriminatedUnion("op", [
  z.object({ ...base, op: z.literal("StepRun"), data: z.unknown() }),
  z.object({ ...base, op: z.literal("StepError"), error: z.unknown() }),
  z.object({ ...base, op: z.literal("StepFailed"), error: z.unknown() }),
  z.object({
    ...base,
    op: z.literal("StepPlanned"),
    opts: z.object({ type: z.string().optional() }).loose().optional(),
  }),
  z.object({ ...base, op: z.literal("Sleep"), name: z.string() }),
  z.object({
    ...base,
    op: z.literal("WaitForEvent"),
    name: z.string(),
    opts: z.object({ timeout: z.string(), if: z.string().optional() }),
  }),
  z.object({
    ...base,
    op: z.literal("InvokeFunction"),
    opts: z.object({
      function_id: z.string(),
      payload: z.object({ data: z.unknown() }).loose(),
      timeout: z.string().optional(),
    }),
  }),
]);
export type Op = z.infer<typeof opSchema>;

const UNITS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** "1w2d3h4m5s" (what the SDK sends for durations) in milliseconds; null if it is not one. */
export function parseDuration(text: string): number | null {
  const parts = [...text.matchAll(/(\d+)([wdhms])/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text) return null;
  return parts.reduce((total, [, count, unit]) => total + Number(count) * (UNITS[unit ?? ""] ?? 0), 0);
}

/**
 * When a sleep, a wait's timeout or an invoke's timeout ends: a duration from now or an ISO instant.
 * `timeScale` > 1 compresses the time left, so a demo or a test can live through "3 days" in seconds.
 */
export function dueAt(text: string, now: number, timeScale: number): Date {
  const duration = parseDuration(text);
  const target = duration === null ? Date.parse(text) : now + duration;
  if (Number.isNaN(target)) throw new Error(`Not a duration or an instant: "${text}"`);
  return new Date(now + Math.max(0, target - now) / timeScale);
}
