/**
 * An event's knowledge-base articles as organizers edit them on the Support page: create, update and
 * delete one, or import many (Markdown files or a CSV) all or nothing. Each change is audited in its
 * transaction; afterwards the event's knowledge is re-indexed so embeddings stay current (full-text
 * search needs nothing: the GIN index follows every write).
 */
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Db, DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { toJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { requireEvent } from "../event";
import { indexEventKnowledge } from "./knowledge";

export const MAX_ARTICLE_BODY = 20_000;
export const MAX_IMPORT_ARTICLES = 500;
export const MAX_ARTICLE_IMPORT_BYTES = 2 * 1024 * 1024;

/** Tags as typed: separated by commas or semicolons, trimmed, lower case, each once. */
export function splitTags(text: string) {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export const articleInput = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "Give the article a title." })
    .max(200, { error: "A title has at most 200 characters." }),
  body: z
    .string()
    .trim()
    .min(1, { error: "Write the article's text." })
    .max(MAX_ARTICLE_BODY, { error: `An article has at most ${MAX_ARTICLE_BODY.toLocaleString("en-US")} characters.` }),
  tags: z
    .array(z.string().trim().min(1).max(40, { error: "A tag has at most 40 characters." }))
    .max(20, { error: "At most 20 tags." })
    .default([]),
});

export type ArticleInput = z.infer<typeof articleInput>;

export type Actor = { organizationId: string; userId: string; ipAddress?: string | null; userAgent?: string | null };

function audit(
  tx: DbOrTx,
  actor: Actor,
  action: string,
  target: { type: "knowledge_article" | "event"; id: string },
  metadata: Record<string, unknown>,
) {
  return recordAudit(tx, {
    organizationId: actor.organizationId,
    actorType: "user",
    actorId: actor.userId,
    action,
    targetType: target.type,
    targetId: target.id,
    outcome: "success",
    ipAddress: actor.ipAddress,
    userAgent: actor.userAgent,
    metadata: toJson(metadata),
  });
}

/** An article's change, audited with its event and title (and what else the change says). */
function auditArticle(
  tx: DbOrTx,
  actor: Actor,
  action: string,
  article: { id: string; eventId: string; title: string },
  extra: Record<string, unknown> = {},
) {
  return audit(
    tx,
    actor,
    action,
    { type: "knowledge_article", id: article.id },
    {
      eventId: article.eventId,
      title: article.title,
      ...extra,
    },
  );
}

/** Two saves of one title at once: the unique index refuses the second, in the same words. */
async function uniqueTitle<T>(title: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", DUPLICATE_TITLE(title), { title: [DUPLICATE_TITLE(title)] });
    }
    throw error;
  }
}

const DUPLICATE_TITLE = (title: string) =>
  `This event already has an article titled "${title}". Give this one another title, or edit that one.`;

async function titleTaken(db: DbOrTx, eventId: string, title: string, except?: string) {
  const found = await db.knowledgeArticle.findFirst({
    where: { eventId, title: { equals: title, mode: "insensitive" }, ...(except ? { NOT: { id: except } } : {}) },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Brings the event's embeddings up to date after a change. The change is saved whatever happens here:
 * an embedding service that fails is logged, full-text search still finds the article, and the next
 * indexing (another edit, the launch task) computes what is missing.
 */
async function reindex(db: Db, scope: { organizationId: string; eventId: string }) {
  try {
    return await indexEventKnowledge(db, scope);
  } catch (error) {
    logger.warn("knowledge re-index failed", { eventId: scope.eventId, error: String(error) });
    return null;
  }
}

async function ownArticle(db: DbOrTx, organizationId: string, articleId: string) {
  const article = await db.knowledgeArticle.findFirst({ where: { id: articleId, organizationId } });
  if (!article) throw new AppError("not_found", "That article does not exist in this organization.");
  return article;
}

export async function createArticle(db: Db, actor: Actor, eventId: string, raw: unknown) {
  const event = await requireEvent({ db, organizationId: actor.organizationId }, eventId);
  const input = parseArticle(raw);
  const article = await uniqueTitle(input.title, () =>
    db.$transaction(async (tx) => {
      if (await titleTaken(tx, event.id, input.title)) {
        throw new AppError("conflict", DUPLICATE_TITLE(input.title), { title: [DUPLICATE_TITLE(input.title)] });
      }
      const created = await tx.knowledgeArticle.create({
        data: { ...input, organizationId: actor.organizationId, eventId: event.id },
      });
      await auditArticle(tx, actor, "support.article_created", created);
      return created;
    }),
  );
  await reindex(db, { organizationId: actor.organizationId, eventId: event.id });
  return article;
}

export async function updateArticle(db: Db, actor: Actor, articleId: string, raw: unknown) {
  const input = parseArticle(raw);
  const article = await uniqueTitle(input.title, () =>
    db.$transaction(async (tx) => {
      const current = await ownArticle(tx, actor.organizationId, articleId);
      if (await titleTaken(tx, current.eventId, input.title, current.id)) {
        throw new AppError("conflict", DUPLICATE_TITLE(input.title), { title: [DUPLICATE_TITLE(input.title)] });
      }
      const changed =
        current.title !== input.title || current.body !== input.body || current.tags.join(",") !== input.tags.join(",");
      if (!changed) return current;
      // The stored embedding described the old text: cleared, so re-indexing computes the new one.
      const updated = await tx.knowledgeArticle.update({
        where: { id: current.id },
        data: { ...input, embedding: [] },
      });
      await auditArticle(tx, actor, "support.article_updated", updated, { from: current.title });
      return updated;
    }),
  );
  await reindex(db, { organizationId: actor.organizationId, eventId: article.eventId });
  return article;
}

export async function deleteArticle(db: Db, actor: Actor, articleId: string) {
  const article = await db.$transaction(async (tx) => {
    const current = await ownArticle(tx, actor.organizationId, articleId);
    await tx.knowledgeArticle.delete({ where: { id: current.id } });
    await auditArticle(tx, actor, "support.article_deleted", current);
    return current;
  });
  return article;
}

function parseArticle(raw: unknown) {
  const parsed = articleInput.safeParse(raw);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new AppError("validation", "Check the highlighted fields.", fields);
  }
  return { ...parsed.data, tags: [...new Set(parsed.data.tags.map((tag) => tag.toLowerCase()))] };
}

/** A problem in an import: the file (Markdown) or the row (CSV, the header is row 1) it is on. */
export type ImportProblem = { where: string; message: string };

export type ImportReport = { created: number; updated: number; articles: number };

/** Thrown when an import has problems: nothing was written; `problems` names each one's file or row. */
export class ArticleImportError extends AppError {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    super(
      "validation",
      `Nothing was imported: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`} to fix first.`,
    );
    this.problems = problems;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * One Markdown file as an article: the first `# heading` is the title and the rest the body; an
 * optional front matter block may carry `tags: a, b` (or `tags: [a, b]`).
 */
export function markdownArticle(text: string): { title: string; body: string; tags: string[] } | string {
  let rest = text.replace(/^\uFEFF/, "");
  let tags: string[] = [];
  const front = FRONT_MATTER.exec(rest);
  if (front) {
    const line = front[1]?.split(/\r?\n/).find((candidate) => /^tags\s*:/i.test(candidate));
    if (line) tags = splitTags(line.replace(/^tags\s*:/i, "").replace(/[[\]"']/g, ""));
    rest = rest.slice(front[0].length);
  }
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(rest);
  if (!heading?.[1]) return "It has no `# Title` heading: the first level-1 heading is the article's title.";
  const body = (rest.slice(0, heading.index) + rest.slice(heading.index + heading[0].length))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title: heading[1].trim(), body, tags };
}

function checked(candidates: { where: string; raw: unknown }[]) {
  const problems: ImportProblem[] = [];
  const articles: (ArticleInput & { where: string })[] = [];
  const seen = new Map<string, string>();
  for (const { where, raw } of candidates) {
    const parsed = articleInput.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ where, message: `${String(issue.path[0] ?? "article")}: ${issue.message}` });
      }
      continue;
    }
    const key = parsed.data.title.toLowerCase();
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ where, message: `The title "${parsed.data.title}" is also on ${earlier}.` });
      continue;
    }
    seen.set(key, where);
    articles.push({ ...parsed.data, where });
  }
  return { articles, problems };
}

export function parseMarkdownFiles(files: { name: string; text: string }[]) {
  if (files.length === 0) throw new AppError("validation", "Choose at least one Markdown file.");
  const problems: ImportProblem[] = [];
  const candidates: { where: string; raw: unknown }[] = [];
  for (const file of files) {
    const where = `file ${file.name}`;
    const article = markdownArticle(file.text);
    if (typeof article === "string") problems.push({ where, message: article });
    else candidates.push({ where, raw: article });
  }
  const result = checked(candidates);
  return { articles: result.articles, problems: [...problems, ...result.problems] };
}

export const ARTICLE_CSV_COLUMNS = ["title", "body", "tags"] as const;

export function parseArticlesCsv(text: string) {
  if (text.trim() === "") throw new AppError("validation", "The file is empty.");
  if (text.includes("\u0000"))
    throw new AppError("validation", "This is not a CSV file. Export it as CSV and try again.");
  let records: Record<string, string>[];
  try {
    records = parse<Record<string, string>>(text, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AppError(
        "validation",
        `The file could not be read as CSV (line ${error.lines ?? "?"}): ${error.message}.`,
      );
    }
    throw error;
  }
  const header = Object.keys(records[0] ?? {});
  const missing = ["title", "body"].filter((column) => !header.includes(column));
  if (records.length > 0 && missing.length > 0) {
    throw new AppError(
      "validation",
      `The first row must name the columns title, body and (optionally) tags; it is missing ${missing.join(" and ")}.`,
    );
  }
  if (records.length === 0) throw new AppError("validation", "The file has no rows under its header.");
  return checked(
    records.map((record, i) => ({
      where: `row ${i + 2}`,
      raw: { title: record.title ?? "", body: record.body ?? "", tags: splitTags(record.tags ?? "") },
    })),
  );
}

/**
 * Writes parsed articles to the event in one transaction: an article whose title the event already has
 * is updated, the others created. Any problem writes nothing.
 */
export async function importArticles(
  db: Db,
  actor: Actor,
  eventId: string,
  parsed: { articles: (ArticleInput & { where: string })[]; problems: ImportProblem[] },
  source: "markdown" | "csv",
): Promise<ImportReport> {
  const event = await requireEvent({ db, organizationId: actor.organizationId }, eventId);
  if (parsed.problems.length > 0) throw new ArticleImportError(parsed.problems);
  if (parsed.articles.length > MAX_IMPORT_ARTICLES) {
    throw new AppError("validation", `Import at most ${MAX_IMPORT_ARTICLES} articles at a time.`);
  }
  const report = await db.$transaction(async (tx) => {
    const existing = await tx.knowledgeArticle.findMany({
      where: { eventId: event.id },
      select: { id: true, title: true },
    });
    const byTitle = new Map(existing.map((article) => [article.title.toLowerCase(), article.id]));
    const counts = { created: 0, updated: 0 };
    for (const { where: _where, ...article } of parsed.articles) {
      const id = byTitle.get(article.title.toLowerCase());
      const tags = [...new Set(article.tags.map((tag) => tag.toLowerCase()))];
      if (id) {
        await tx.knowledgeArticle.update({ where: { id }, data: { ...article, tags, embedding: [] } });
        counts.updated++;
      } else {
        await tx.knowledgeArticle.create({
          data: { ...article, tags, organizationId: actor.organizationId, eventId: event.id },
        });
        counts.created++;
      }
    }
    await audit(tx, actor, "support.articles_imported", { type: "event", id: event.id }, { source, ...counts });
    return { ...counts, articles: parsed.articles.length };
  });
  await reindex(db, { organizationId: actor.organizationId, eventId: event.id });
  return report;
}
