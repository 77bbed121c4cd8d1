import { handleSupportMessage } from "@/lib/agents/support/conversation";
import type { Db } from "@/lib/db/client";
import { conferenceCases } from "./cases-conference";
import { festivalCases } from "./cases-festival";
import { caseNow } from "./clock";
import { freshDatabase } from "./database";
import { type Seeded, seedWorlds } from "./fixtures";
import { largeKnowledgeBase, largeKnowledgeQuestions } from "./large-knowledge-base";
import { type LargeRun, p95, printReport, summarize, writeReport } from "./report";
import { type CaseResult, runCase } from "./run-case";

export const CASES = [...conferenceCases, ...festivalCases];

/**
 * The second run: the conference's knowledge base grown to over 1,000 articles, thirty questions about
 * particular sessions, the server time of each answer and whether it cited the article meant.
 */
async function largeKnowledgeRun(db: Db, seeded: Seeded): Promise<LargeRun> {
  const event = seeded.events.conference;
  await db.knowledgeArticle.createMany({
    data: largeKnowledgeBase().map((article) => ({
      organizationId: seeded.organizationId,
      eventId: event.id,
      ...article,
    })),
  });
  const articles = await db.knowledgeArticle.count({ where: { eventId: event.id } });
  const questions = largeKnowledgeQuestions();
  const responseMs: number[] = [];
  const missed: LargeRun["missed"] = [];
  let cited = 0;
  for (const [i, { question, title }] of questions.entries()) {
    const turn = await handleSupportMessage(db, {
      organizationId: seeded.organizationId,
      eventId: event.id,
      channel: "web",
      from: `programme.visitor${i + 1}@example.com`,
      verified: false,
      message: question,
      now: caseNow(event, { daysBefore: 14 + (i % 20) }),
    });
    responseMs.push(turn.responseMs);
    if (turn.citations.some((citation) => citation.title === title)) cited++;
    else missed.push({ question, expected: title, cited: turn.citations.map((citation) => citation.title) });
  }
  return { articles, questions: questions.length, p95Ms: p95(responseMs), cited, missed, responseMs };
}

/** Runs every case and the 1,000-article run, prints and writes the report; the exit code says pass or fail. */
export async function runEvaluation(): Promise<number> {
  const started = Date.now();
  const database = await freshDatabase();
  try {
    const { db } = database;
    const seeded = await seedWorlds(db);
    const organizers = (
      await db.membership.findMany({ where: { organizationId: seeded.organizationId }, include: { user: true } })
    ).map((m) => m.user.email);
    const results: CaseResult[] = [];
    for (const testCase of CASES) {
      results.push(await runCase(db, seeded, organizers, testCase));
    }
    const large = await largeKnowledgeRun(db, seeded);
    const summary = summarize(results, large);
    printReport(results, summary);
    writeReport(results, summary, large);
    console.log(`Finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return summary.failedThresholds.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}
