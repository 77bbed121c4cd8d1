"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireEvent } from "@/lib/agents/event";
import {
  type Actor,
  ArticleImportError,
  createArticle,
  deleteArticle,
  type ImportProblem,
  type ImportReport,
  importArticles,
  MAX_ARTICLE_IMPORT_BYTES,
  parseArticlesCsv,
  parseMarkdownFiles,
  splitTags,
  updateArticle,
} from "@/lib/agents/support/articles";
import {
  type PolicyFieldErrors,
  type PolicyFormValues,
  policyFromForm,
  saveSupportPolicy,
  typedPolicy,
} from "@/lib/agents/support/policy-edit";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";

/** The knowledge base and the policy are the agent's configuration: owners and admins change them. */
async function asEditor(): Promise<Actor> {
  const context = await requireContext("agents:configure");
  return { organizationId: context.organization.id, userId: context.user.id, ...(await requestMeta()) };
}

const ids = z.object({ eventId: z.uuid({ error: "Pick an event." }), articleId: z.uuid().optional() });

function revalidate(eventId: string) {
  revalidatePath(`/support/${eventId}/articles`);
  revalidatePath("/support");
}

export type ArticleFormState = {
  error?: string;
  message?: string;
  fields?: Record<string, string[] | undefined>;
  values?: { title: string; body: string; tags: string };
};

/** Creates the article, or saves the one named by `articleId`; a problem keeps what was typed. */
export async function saveArticleAction(_previous: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const values = {
    title: String(form.get("title") ?? ""),
    body: String(form.get("body") ?? ""),
    tags: String(form.get("tags") ?? ""),
  };
  try {
    const actor = await asEditor();
    const { eventId, articleId } = ids.parse({
      eventId: form.get("eventId"),
      articleId: form.get("articleId") || undefined,
    });
    const input = { title: values.title, body: values.body, tags: splitTags(values.tags) };
    const article = articleId
      ? await updateArticle(db, actor, articleId, input)
      : await createArticle(db, actor, eventId, input);
    revalidate(eventId);
    return articleId
      ? { message: `Saved "${article.title}".`, values }
      : { message: `Added "${article.title}". The agent can cite it now.` };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, fields: error.fields, values };
    if (error instanceof z.ZodError) return { error: error.issues[0]?.message ?? "Pick an event.", values };
    throw error;
  }
}

export async function deleteArticleAction(_previous: { error?: string }, form: FormData): Promise<{ error?: string }> {
  try {
    const actor = await asEditor();
    const { articleId } = z.object({ articleId: z.uuid({ error: "Pick an article." }) }).parse({
      articleId: form.get("articleId"),
    });
    const article = await deleteArticle(db, actor, articleId);
    revalidate(article.eventId);
    return {};
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    if (error instanceof z.ZodError) return { error: error.issues[0]?.message };
    throw error;
  }
}

export type ArticleImportState = { error?: string; problems?: ImportProblem[]; report?: ImportReport };

/** One article per Markdown file, or a CSV with title, body and tags: all imported, or none. */
export async function importArticlesAction(_previous: ArticleImportState, form: FormData): Promise<ArticleImportState> {
  try {
    const actor = await asEditor();
    const { eventId } = ids.parse({ eventId: form.get("eventId") });
    const files = form.getAll("files").filter((file): file is File => file instanceof File && file.size > 0);
    if (files.length === 0) return { error: "Choose Markdown files or one CSV file to import." };
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    if (bytes > MAX_ARTICLE_IMPORT_BYTES) {
      return { error: `Import at most ${MAX_ARTICLE_IMPORT_BYTES / 1024 / 1024} MB at a time.` };
    }
    const csv = files.filter((file) => /\.csv$/i.test(file.name) || file.type === "text/csv");
    if (csv.length > 0 && files.length > 1) {
      return { error: "Import one CSV file, or Markdown files, not both at once." };
    }
    const csvFile = csv[0];
    const parsed = csvFile
      ? parseArticlesCsv(await csvFile.text())
      : parseMarkdownFiles(
          await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))),
        );
    const report = await importArticles(db, actor, eventId, parsed, csvFile ? "csv" : "markdown");
    revalidate(eventId);
    return { report };
  } catch (error) {
    if (error instanceof ArticleImportError) return { error: error.message, problems: error.problems };
    if (error instanceof AppError) return { error: error.userMessage };
    if (error instanceof z.ZodError) return { error: error.issues[0]?.message };
    throw error;
  }
}

export type PolicyFormState = {
  error?: string;
  message?: string;
  fields?: PolicyFieldErrors;
  values?: PolicyFormValues;
};

export async function savePolicyAction(_previous: PolicyFormState, form: FormData): Promise<PolicyFormState> {
  try {
    const actor = await asEditor();
    const { eventId } = ids.parse({ eventId: form.get("eventId") });
    const event = await requireEvent({ db, organizationId: actor.organizationId }, eventId);
    const read = policyFromForm(form, event.currency);
    if (!read.ok) {
      return {
        error: "Check the highlighted fields. Nothing was saved.",
        fields: read.fields,
        values: typedPolicy(form),
      };
    }
    await saveSupportPolicy(db, actor, event.id, read.policy);
    revalidatePath(`/support/${event.id}/policy`);
    return { message: "Saved. The agent applies this policy from its next message." };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage, values: typedPolicy(form) };
    if (error instanceof z.ZodError) return { error: error.issues[0]?.message };
    throw error;
  }
}
