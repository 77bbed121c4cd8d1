import { BookOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { deleteArticleAction } from "@/app/(dashboard)/support/actions";
import { ScreenChatContext } from "@/components/copilot/screen-context";
import { ArticleForm } from "@/components/support/article-form";
import { ArticleImportForm } from "@/components/support/article-import-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { MAX_ARTICLE_IMPORT_BYTES, MAX_IMPORT_ARTICLES } from "@/lib/agents/support/articles";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";
import { supportEvent } from "../event";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await supportEvent((await params).eventId);
  return { title: `Knowledge base: ${event.name}` };
}

const MARKDOWN_EXAMPLE = `---
tags: venue, bags
---
# Bag policy

Small bags are welcome. Backpacks larger than 40 x 30 x 15 cm go to the free cloakroom.`;

const CSV_EXAMPLE = `title,body,tags
Bag policy,"Small bags are welcome. Backpacks go to the cloakroom.",venue;bags
Parking,There is no parking at the venue: use the P2 garage.,venue`;

export default async function ArticlesPage({ params }: Props) {
  const { event, canEdit } = await supportEvent((await params).eventId);
  return (
    <>
      <ScreenChatContext
        screen={{ page: `The knowledge base of ${event.name}`, eventId: event.id }}
        suggestions={["What are attendees asking about?"]}
      />
      <PageHeader
        title={`Knowledge base: ${event.name}`}
        description="The articles the Support agent answers from and cites. What they do not cover, it hands to a person."
        actions={
          <div className="flex gap-4 text-sm">
            <Link href={`/support/${event.id}/policy`} className="text-brand-700 underline underline-offset-2">
              Support policy
            </Link>
            <Link href={`/support?event=${event.id}`} className="text-brand-700 underline underline-offset-2">
              Conversations
            </Link>
          </div>
        }
      />
      <Suspense fallback={<PageSkeleton />}>
        <Articles eventId={event.id} canEdit={canEdit} />
      </Suspense>
    </>
  );
}

async function Articles({ eventId, canEdit }: { eventId: string; canEdit: boolean }) {
  const format = await getFormatter();
  const articles = await db.knowledgeArticle.findMany({
    where: { eventId },
    orderBy: { title: "asc" },
    select: { id: true, title: true, body: true, tags: true, updatedAt: true },
  });
  return (
    <div className="space-y-6">
      {canEdit ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Add an article">
            <ArticleForm eventId={eventId} />
          </Card>
          <Card title="Import articles">
            <ArticleImportForm eventId={eventId} />
            <details className="mt-4 text-sm text-slate-700">
              <summary className="cursor-pointer font-medium">What the files need</summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>
                  Markdown: one article per file. The first <code># heading</code> is the title, the rest the text; an
                  optional front matter may list <code>tags:</code>.
                </li>
                <li>
                  CSV: a header naming <code>title</code>, <code>body</code> and optionally <code>tags</code> (separated
                  by ;), one article per row.
                </li>
                <li>
                  An article with a title the event already has is updated. If any file or row has a problem, nothing is
                  imported and each problem is listed.
                </li>
                <li>
                  At most {format.number(MAX_IMPORT_ARTICLES)} articles and {MAX_ARTICLE_IMPORT_BYTES / 1024 / 1024} MB
                  at a time.
                </li>
              </ul>
              <CodeBlock label="Markdown example" className="mt-3 rounded-lg bg-slate-900 p-3 text-slate-100">
                <code>{MARKDOWN_EXAMPLE}</code>
              </CodeBlock>
              <CodeBlock label="CSV example" className="mt-3 rounded-lg bg-slate-900 p-3 text-slate-100">
                <code>{CSV_EXAMPLE}</code>
              </CodeBlock>
            </details>
          </Card>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Owners and admins edit the knowledge base; you can read it.</p>
      )}

      {articles.length === 0 ? (
        <EmptyState icon={BookOpen} title="No articles yet">
          Without articles the Support agent can only hand questions to a person. Add the event's refund rules, venue,
          schedule, bag policy and the questions attendees ask most.
        </EmptyState>
      ) : (
        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading" className="mb-3 text-sm font-semibold text-slate-700">
            {format.number(articles.length)} {articles.length === 1 ? "article" : "articles"}
          </h2>
          <ul className="space-y-3">
            {articles.map((article) => (
              <li
                key={article.id}
                id={`article-${article.id}`}
                className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2">
                    <span className="font-medium">{article.title}</span>
                    {article.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                    <span className="ml-auto text-xs text-slate-500">Updated {format.dateTime(article.updatedAt)}</span>
                  </summary>
                  <div className="mt-3 space-y-4">
                    {canEdit ? (
                      <>
                        <ArticleForm eventId={eventId} article={article} />
                        <ConfirmActionForm
                          action={deleteArticleAction}
                          fields={{ articleId: article.id }}
                          verb="Delete"
                          pendingVerb="Deleting…"
                          question={`Delete "${article.title}"? The agent stops citing it.`}
                          subject={article.title}
                        />
                      </>
                    ) : (
                      <p className="whitespace-pre-wrap text-sm text-slate-700">{article.body}</p>
                    )}
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
