/**
 * When the knowledge base answers a question. `Passage.coverage` (knowledge.ts) is the share of the
 * query's content terms (stemmed by Postgres, stop words left out) that the article contains. The query
 * is the question's topical words: the words every request is made of ("can I bring", "do you offer",
 * "I need to know") are dropped first, otherwise "Can I bring a backpack?" would be only half covered
 * by the article on backpacks. An article covers the question when it holds MORE than half of the
 * topical terms: both of two ("vegan food"), two of three, three of four. Exactly half is not enough:
 * one shared word of two is how "childcare during talks" would match an article about the talks.
 * Full-text rank is relative to the best hit, so it says nothing on its own about whether anything
 * answers; it only orders the passages.
 */
import { type Passage, queryWords } from "./knowledge";
import { citedTitles } from "./reply";
import { searchKnowledgeBase } from "./tools/search-knowledge-base";
import { runSupportTool, type TurnContext } from "./turn";

export const COVERAGE_THRESHOLD = 0.5;

/** The passages that cover the question (coverage above the threshold), best first. */
export function coveringPassages(passages: Passage[]): Passage[] {
  return passages.filter((passage) => passage.coverage > COVERAGE_THRESHOLD);
}

/** How many covering passages an answer quotes: the best one, and a second only when it ranks close to it. */
const SECOND_PASSAGE_RANK = 0.75;

/** The passages an answer quotes: the best, plus the next when its rank is within 75% of the best. */
export function passagesToQuote(covering: Passage[]): Passage[] {
  const [best, next] = covering;
  if (!best) return [];
  return next && next.rank >= best.rank * SECOND_PASSAGE_RANK ? [best, next] : [best];
}

/** The offline answer: the passages quoted, the articles named. */
export function answerFromPassages(quoted: Passage[]) {
  const body = quoted.map((passage) => passage.passage.trim()).join("\n\n");
  return `${body}\n\n${citedTitles(quoted.map((passage) => passage.title))}`;
}

const ASKING_WORDS = new Set(
  (
    "a an the i me my we our us you your it its is are am was be been can could may might would will shall should " +
    "do does did have has had get got bring take use need want like know tell let find see help please thanks thank " +
    "hi hello hey still any anyone someone something anything there here what when where which who how why if " +
    "allowed ok okay possible able offer provide one ones also too just really very"
  ).split(" "),
);

/** The question's topical words, for the search and its coverage ("" when only asking words are left). */
export function topicalQuery(question: string) {
  return queryWords(question)
    .filter((word) => !ASKING_WORDS.has(word))
    .join(" ");
}

const QUESTION_START =
  /^(how|what|what's|which|who|when|where|why|is|are|do|does|did|can|could|may|will|would|should|am|any|anything)\b/i;
/** At most this many searches a message: its questions, then the whole message. */
const MAX_SEARCHES = 3;

/**
 * What to look up for a message, most specific first: each sentence that asks something ("Are kids
 * allowed?" out of "Are kids allowed? My son is 7 and my daughter 12…"), then the whole message. The
 * story around a question ("we're coming in from the suburbs") is context, not what the article must hold.
 */
export function searchQueries(message: string): string[] {
  const sentences = message.match(/[^.!?\n]+[.!?]*/g) ?? [];
  const questions = sentences
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.endsWith("?") || QUESTION_START.test(sentence));
  const queries = [...questions.slice(0, MAX_SEARCHES - 1), message]
    .map(topicalQuery)
    .filter((query) => query.length >= 2);
  return [...new Set(queries)];
}

/**
 * The knowledge base through the gate for the turn's question: the covering passages of the first query
 * (searchQueries) an article covers, and those to quote.
 */
export async function searchForTurn(context: TurnContext, message: string) {
  for (const [call, query] of searchQueries(message).entries()) {
    const outcome = await runSupportTool(
      context,
      searchKnowledgeBase,
      { eventId: context.event.id, query: query.slice(0, 500), limit: 3 },
      call,
    );
    const passages = outcome.status === "executed" ? outcome.output.passages : [];
    const covering = coveringPassages(passages);
    if (covering.length > 0) return { covering, quoted: passagesToQuote(covering) };
  }
  return { covering: [], quoted: [] };
}

export function citationsOf(passages: Passage[]) {
  return passages.map((passage) => ({ articleId: passage.articleId, title: passage.title }));
}
