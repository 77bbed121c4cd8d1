import type { DbOrTx } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { configuredEmbedder, cosineSimilarity, type Embedder } from "./embeddings";

/**
 * Retrieval over an event's knowledge base. Postgres full-text search ranks the articles (the query's
 * words all present first, any of them when that finds nothing), with the expression the GIN index
 * `knowledge_articles_search_idx` is built on, and the article's tags (the organizer's own words for
 * what it is about: "kids" on the age policy, "storm" on the weather plan) searched and counted with it; when an embedding model is configured, cosine similarity
 * on the stored embeddings is blended in. Each article gives its best passage: the paragraph holding
 * most of the query's terms, stemmed by the same Postgres dictionary ("refunds" finds "refund").
 */
export type Passage = {
  articleId: string;
  title: string;
  passage: string;
  /** The blended score, higher is better (full-text rank scaled to 0-1 by the best, cosine similarity). */
  rank: number;
  /** Share of the query's terms (stemmed, stop words left out) the article contains, 0-1. */
  coverage: number;
};

type Candidate = { id: string; title: string; body: string; rank: number; matched: number; embedding: number[] };

/** A query's words with letters and digits only, so nothing in it is read as a search operator. */
export function queryWords(query: string) {
  return [...new Set((query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1))].slice(
    0,
    32,
  );
}

/** Paragraphs, a heading joined to the paragraph under it, long paragraphs cut into runs of sentences. */
export function splitPassages(body: string) {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((part) =>
      part
        .replace(/^#+\s*/gm, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as string;
    const next = paragraphs[i + 1];
    if (next && paragraph.length < 80 && !/[.!?:]$/.test(paragraph)) {
      joined.push(`${paragraph}: ${next}`);
      i++;
    } else joined.push(paragraph);
  }
  return joined.flatMap((paragraph) => {
    if (paragraph.length <= 500) return [paragraph];
    const sentences = paragraph.match(/[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g) ?? [paragraph];
    const runs: string[] = [];
    let run = "";
    for (const sentence of sentences) {
      if (run && run.length + sentence.length > 400) {
        runs.push(run.trim());
        run = "";
      }
      run += sentence;
    }
    if (run.trim()) runs.push(run.trim());
    return runs;
  });
}

async function queryLexemes(db: DbOrTx, text: string) {
  const rows = await db.$queryRaw<{ lexeme: string }[]>`
    SELECT lexeme FROM unnest(to_tsvector('english', ${text}))`;
  return rows.map((row) => row.lexeme);
}

async function fullText(
  db: DbOrTx,
  scope: { organizationId: string; eventId: string },
  search: string,
  lexemes: string[],
  limit: number,
) {
  return db.$queryRaw<Candidate[]>`
    SELECT a.id, a.title, a.body, a.embedding,
      ts_rank(setweight(to_tsvector('english', a.title), 'A') || setweight(to_tsvector('english', array_to_string(a.tags, ' ')), 'B')
        || setweight(to_tsvector('english', a.body), 'D'), q)::float8 AS rank,
      (SELECT count(*) FROM unnest(to_tsvector('english', a.title || ' ' || a.body || ' ' || array_to_string(a.tags, ' '))) v
        WHERE v.lexeme = ANY(${lexemes}::text[]))::int AS matched
    FROM knowledge_articles a, websearch_to_tsquery('english', ${search}) q
    WHERE a.organization_id = ${scope.organizationId}::uuid
      AND a.event_id = ${scope.eventId}::uuid
      AND (to_tsvector('english', a.title || ' ' || a.body) @@ q
        OR to_tsvector('english', array_to_string(a.tags, ' ')) @@ q)
    ORDER BY rank DESC, a.title ASC
    LIMIT ${limit}`;
}

/** The passage of each article with most query terms (the first of equals), scored in Postgres. */
async function bestPassages(db: DbOrTx, articles: Candidate[], lexemes: string[]) {
  const pieces = articles.flatMap((article) =>
    splitPassages(article.body).map((passage) => ({ articleId: article.id, passage })),
  );
  if (pieces.length === 0) return new Map<string, string>();
  const scores = await db.$queryRaw<{ i: bigint; terms: number }[]>`
    SELECT t.i, (SELECT count(*) FROM unnest(to_tsvector('english', t.p)) v
      WHERE v.lexeme = ANY(${lexemes}::text[]))::int AS terms
    FROM unnest(${pieces.map((piece) => piece.passage)}::text[]) WITH ORDINALITY AS t(p, i)`;
  const best = new Map<string, { passage: string; terms: number }>();
  for (const score of scores) {
    const piece = pieces[Number(score.i) - 1];
    if (!piece) continue;
    const current = best.get(piece.articleId);
    if (!current || score.terms > current.terms)
      best.set(piece.articleId, { passage: piece.passage, terms: score.terms });
  }
  return new Map([...best].map(([id, { passage }]) => [id, passage]));
}

/** Vector-only hits below this cosine similarity are left out (full-text hits are always kept). */
const VECTOR_MIN = 0.35;
const FTS_WEIGHT = 0.6;

export async function searchKnowledge(
  db: DbOrTx,
  args: { organizationId: string; eventId: string; query: string; limit?: number },
  embedder: Embedder | null = configuredEmbedder(),
): Promise<Passage[]> {
  const limit = args.limit ?? 3;
  const words = queryWords(args.query);
  if (words.length === 0) return [];
  const lexemes = await queryLexemes(db, words.join(" "));
  let candidates = await fullText(db, args, words.join(" "), lexemes, limit * 4);
  if (candidates.length === 0 && words.length > 1) {
    candidates = await fullText(db, args, words.join(" or "), lexemes, limit * 4);
  }
  const best = Math.max(0, ...candidates.map((candidate) => candidate.rank));
  const scored = new Map(
    candidates.map((candidate) => [candidate.id, { candidate, score: best > 0 ? candidate.rank / best : 0 }]),
  );
  if (embedder) {
    try {
      const [vector] = await embedder.embed([args.query]);
      const all = await db.knowledgeArticle.findMany({
        where: { organizationId: args.organizationId, eventId: args.eventId, NOT: { embedding: { isEmpty: true } } },
        select: { id: true, title: true, body: true, embedding: true },
      });
      for (const article of all) {
        const similarity = vector ? cosineSimilarity(vector, article.embedding) : 0;
        const hit = scored.get(article.id);
        if (hit) hit.score = FTS_WEIGHT * hit.score + (1 - FTS_WEIGHT) * similarity;
        else if (similarity >= VECTOR_MIN) {
          scored.set(article.id, {
            candidate: { ...article, rank: 0, matched: 0 },
            score: (1 - FTS_WEIGHT) * similarity,
          });
        }
      }
    } catch (error) {
      logger.warn("knowledge search fell back to full-text ranking", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const top = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  const passages = await bestPassages(
    db,
    top.map((hit) => hit.candidate),
    lexemes,
  );
  const terms = Math.max(1, new Set(lexemes).size);
  return top.map(({ candidate, score }) => ({
    articleId: candidate.id,
    title: candidate.title,
    passage: passages.get(candidate.id) ?? candidate.body.slice(0, 400),
    rank: Math.round(score * 1000) / 1000,
    coverage: Math.min(1, candidate.matched / terms),
  }));
}

/**
 * Makes an event's knowledge base searchable: computes the embeddings articles lack when an embedding
 * model is configured (full-text search needs nothing: the GIN index follows every write), and reports
 * how many articles search can find. The launch graph's `index_event_knowledge` task runs it.
 */
export async function indexEventKnowledge(
  db: DbOrTx,
  scope: { organizationId: string; eventId: string },
  embedder: Embedder | null = configuredEmbedder(),
) {
  const [row] = await db.$queryRaw<{ articles: number; searchable: number }[]>`
    SELECT count(*)::int AS articles,
      count(*) FILTER (WHERE to_tsvector('english', title || ' ' || body) <> ''::tsvector)::int AS searchable
    FROM knowledge_articles
    WHERE organization_id = ${scope.organizationId}::uuid AND event_id = ${scope.eventId}::uuid`;
  let embedded = 0;
  if (embedder) {
    const missing = await db.knowledgeArticle.findMany({
      where: { organizationId: scope.organizationId, eventId: scope.eventId, embedding: { isEmpty: true } },
      select: { id: true, title: true, body: true },
      orderBy: { createdAt: "asc" },
    });
    for (let start = 0; start < missing.length; start += 64) {
      const batch = missing.slice(start, start + 64);
      const vectors = await embedder.embed(batch.map((article) => `${article.title}\n\n${article.body}`));
      for (const [i, article] of batch.entries()) {
        // Raw, so indexing does not move the article's updatedAt (an edit does, and clears the embedding).
        await db.$executeRaw`UPDATE knowledge_articles SET embedding = ${vectors[i] ?? []}::float8[] WHERE id = ${article.id}::uuid`;
        embedded++;
      }
    }
  }
  return {
    articles: row?.articles ?? 0,
    searchable: row?.searchable ?? 0,
    embedded,
    embeddingModel: embedder?.model ?? null,
  };
}
