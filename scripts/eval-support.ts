/**
 * `npm run eval:support`: the Support agent's scripted evaluation (docs/support.md, "Evaluation").
 * Attendee messages to two invented events, each checked against the database afterwards; prints the
 * report, writes it to .data/eval/support-eval.json, and exits non-zero on any policy violation (recall and resolution below target are reported).
 *
 * It runs on a database of its own: a fresh embedded one on EVAL_EMBEDDED_PORT (default 5516), or the
 * PostgreSQL server in EVAL_DATABASE_URL, which it EMPTIES. The app's own DATABASE_URL is never used.
 * The configuration is read once, when lib/env is first imported, so it is set before anything loads it.
 */
const port = process.env.EVAL_EMBEDDED_PORT ?? "5516";
if (process.env.EVAL_DATABASE_URL) process.env.DATABASE_URL = process.env.EVAL_DATABASE_URL;
else delete process.env.DATABASE_URL;
process.env.EMBEDDED_DB_PORT = port;
process.env.EMBEDDED_DB_DIR = `.data/eval-support-${port}`;
process.env.LOG_LEVEL ??= "silent";

const { runEvaluation } = await import("./eval/support/run");
process.exit(await runEvaluation());

export {};
