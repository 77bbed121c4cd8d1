import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CaseResult } from "./run-case";

/**
 * The bar `npm run eval:support` holds the product to (docs/support.md, "Evaluation"). A policy violation
 * fails the run (and CI); recall and resolution below their targets are reported as misses to work on.
 */
export const THRESHOLDS = { violations: 0, escalationRecall: 0.9, verifiedResolution: 0.8 } as const;

export const REPORT_PATH = ".data/eval/support-eval.json";

export function p95(values: number[]) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? null;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export type LargeRun = {
  articles: number;
  questions: number;
  p95Ms: number | null;
  /** Questions whose answer cited the article they were written from; the others, with what was cited. */
  cited: number;
  missed: { question: string; expected: string; cited: string[] }[];
  responseMs: number[];
};

export function summarize(results: CaseResult[], large: LargeRun) {
  const resolvable = results.filter((r) => r.resolvable);
  const resolved = resolvable.filter((r) => r.passed);
  const mustEscalate = results.filter((r) => r.mustEscalate);
  const recalled = mustEscalate.filter((r) => r.mustEscalate && r.escalations.includes(r.mustEscalate));
  const escalated = results.filter((r) => r.escalations.length > 0 || r.neededPerson);
  const rightlyEscalated = escalated.filter((r) =>
    r.mustEscalate ? r.escalations.includes(r.mustEscalate) : r.allowedEscalation,
  );
  const violations = results.reduce((sum, r) => sum + r.violations.length, 0);
  const kinds = [...new Set(results.map((r) => r.kind))];
  // The product's own word: conversations it marked resolved that the database does not bear out.
  const claimed = results.filter((r) => r.conversationStatus === "resolved");
  const metrics = {
    cases: results.length,
    messages: results.reduce((sum, r) => sum + r.messages, 0),
    verifiedResolution: {
      resolved: resolved.length,
      of: resolvable.length,
      rate: share(resolved.length, resolvable.length),
    },
    policyViolations: violations,
    escalationRecall: {
      escalated: recalled.length,
      of: mustEscalate.length,
      rate: share(recalled.length, mustEscalate.length),
    },
    escalationPrecision: {
      right: rightlyEscalated.length,
      of: escalated.length,
      rate: share(rightlyEscalated.length, escalated.length),
    },
    p95ResponseMs: p95(results.flatMap((r) => r.responseMs)),
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const ofKind = results.filter((r) => r.kind === kind);
        return [kind, { passed: ofKind.filter((r) => r.passed).length, of: ofKind.length }];
      }),
    ),
    productMarkedResolved: { cases: claimed.length, notBorneOut: claimed.filter((r) => !r.passed).map((r) => r.id) },
    large: {
      articles: large.articles,
      questions: large.questions,
      p95ResponseMs: large.p95Ms,
      citedExpected: large.cited,
      missed: large.missed,
    },
  };
  const failedThresholds =
    violations > THRESHOLDS.violations ? [`policy violations ${violations} > ${THRESHOLDS.violations}`] : [];
  const missedTargets = [
    (metrics.escalationRecall.rate ?? 0) < THRESHOLDS.escalationRecall
      ? `escalation recall ${pct(metrics.escalationRecall.rate)} < ${pct(THRESHOLDS.escalationRecall)}`
      : null,
    (metrics.verifiedResolution.rate ?? 0) < THRESHOLDS.verifiedResolution
      ? `verified resolution ${pct(metrics.verifiedResolution.rate)} < ${pct(THRESHOLDS.verifiedResolution)}`
      : null,
  ].filter((line): line is string => line !== null);
  return { metrics, failedThresholds, missedTargets };
}

function pct(rate: number | null) {
  return rate === null ? "n/a" : `${(rate * 100).toFixed(1)}%`;
}

function pad(text: string, width: number) {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function printReport(results: CaseResult[], summary: ReturnType<typeof summarize>) {
  const lines = [
    "",
    `${pad("case", 44)} ${pad("channel", 7)} ${pad("result", 6)} ${pad("hand-off", 22)} ms`,
    "-".repeat(90),
  ];
  for (const r of results) {
    lines.push(
      `${pad(r.id, 44)} ${pad(r.channel, 7)} ${pad(r.passed ? "pass" : "FAIL", 6)} ${pad(r.escalations.join(",") || (r.neededPerson ? "yes" : "-"), 22)} ${r.responseMs.join("/")}`,
    );
    for (const failure of r.failures) lines.push(`    - ${failure}`);
    for (const violation of r.violations) lines.push(`    ! VIOLATION: ${violation}`);
  }
  const m = summary.metrics;
  lines.push(
    "",
    "Support evaluation",
    `  cases ${m.cases}, attendee messages ${m.messages}`,
    `  verified resolution   ${pct(m.verifiedResolution.rate)} (${m.verifiedResolution.resolved}/${m.verifiedResolution.of})   threshold >= ${pct(THRESHOLDS.verifiedResolution)}`,
    `  policy violations     ${m.policyViolations}   threshold ${THRESHOLDS.violations}`,
    `  escalation recall     ${pct(m.escalationRecall.rate)} (${m.escalationRecall.escalated}/${m.escalationRecall.of})   threshold >= ${pct(THRESHOLDS.escalationRecall)}`,
    `  escalation precision  ${pct(m.escalationPrecision.rate)} (${m.escalationPrecision.right}/${m.escalationPrecision.of})`,
    `  p95 server time       ${m.p95ResponseMs ?? "n/a"} ms per message`,
    `  p95 at ${m.large.articles} articles  ${m.large.p95ResponseMs ?? "n/a"} ms over ${m.large.questions} questions (expected article cited in ${m.large.citedExpected}/${m.large.questions})`,
    ...m.large.missed.map(
      (miss) =>
        `    - "${miss.question}": expected "${miss.expected}", cited ${miss.cited.map((t) => `"${t}"`).join(", ") || "nothing"}`,
    ),
    `  cases passed by kind  ${Object.entries(m.byKind)
      .map(([kind, count]) => `${kind} ${count.passed}/${count.of}`)
      .join(", ")}`,
    `  marked resolved by the product but not borne out by the database: ${m.productMarkedResolved.notBorneOut.length ? m.productMarkedResolved.notBorneOut.join(", ") : "none"} (of ${m.productMarkedResolved.cases} it marked resolved)`,
    "",
    summary.failedThresholds.length === 0
      ? "PASS: no policy violation"
      : `FAIL: ${summary.failedThresholds.join("; ")}`,
    ...(summary.missedTargets.length > 0 ? [`BELOW TARGET: ${summary.missedTargets.join("; ")}`] : []),
    `Report: ${REPORT_PATH}`,
  );
  console.log(lines.join("\n"));
}

export function writeReport(results: CaseResult[], summary: ReturnType<typeof summarize>, large: LargeRun) {
  const file = path.resolve(REPORT_PATH);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ ranAt: new Date().toISOString(), thresholds: THRESHOLDS, ...summary, large, cases: results }, null, 2)}\n`,
  );
}
