/** The function configs the app returns at sync, as the engine reads them. */
import { evaluate } from "@marcbachmann/cel-js";
import { z } from "zod";

const triggerSchema = z.union([
  z.object({ event: z.string(), expression: z.string().optional() }),
  z.object({ cron: z.string() }),
]);

export const functionConfigSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    triggers: z.array(triggerSchema),
    steps: z.object({
      step: z.object({
        runtime: z.object({ url: z.url() }),
        retries: z.object({ attempts: z.number().int().min(0) }).optional(),
      }),
    }),
    cancel: z
      .array(z.object({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() }))
      .optional(),
    concurrency: z
      .union([
        z.object({ limit: z.number().int(), key: z.string().optional() }),
        z.array(z.object({ limit: z.number().int(), key: z.string().optional() })),
      ])
      .optional(),
  })
  .loose();
export type FunctionConfig = z.infer<typeof functionConfigSchema>;

/** The SDK's default: 3 retries, so 4 attempts. */
export function maxAttempts(config: FunctionConfig) {
  return (config.steps.step.retries?.attempts ?? 3) + 1;
}

export function concurrencyOf(config: FunctionConfig) {
  const limits = config.concurrency === undefined ? [] : [config.concurrency].flat();
  return limits[0];
}

export type JsonEvent = { name: string; data: Record<string, unknown>; id: string; ts: number; user?: unknown };

/**
 * Evaluates an Inngest expression (CEL): `event` is the run's triggering event, `async` the incoming one.
 * An expression that cannot be evaluated does not match (and is reported by the caller's logs).
 */
export function matches(expression: string | undefined, context: { event?: JsonEvent; async?: JsonEvent }) {
  if (!expression) return true;
  try {
    return evaluate(expression, context as Record<string, unknown>) === true;
  } catch {
    return false;
  }
}

export function evaluateKey(expression: string, event: JsonEvent) {
  try {
    return String(evaluate(expression, { event } as Record<string, unknown>));
  } catch {
    return "";
  }
}
