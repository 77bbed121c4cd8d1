import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HelpHeader } from "@/components/help/help-header";
import { Highlighted } from "@/components/help/highlighted";
import { SupportChat } from "@/components/help/support-chat";
import { searchKnowledge } from "@/lib/agents/support/knowledge";
import { db } from "@/lib/db/client";
import { findHelpEvent, helpFormatter } from "../help-event";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await findHelpEvent((await params).slug);
  return { title: event ? `Help · ${event.name}` : "Help" };
}

/** An event's public help page: search its articles and chat with the support agent, no sign-in. */
export default async function HelpPage({ params, searchParams }: Props) {
  const event = await findHelpEvent((await params).slug);
  if (!event) notFound();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const scope = { organizationId: event.organizationId, eventId: event.id };
  const [format, results, articles] = await Promise.all([
    helpFormatter(event),
    query ? searchKnowledge(db, { ...scope, query, limit: 5 }) : Promise.resolve([]),
    db.knowledgeArticle.findMany({ where: scope, select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  const articleHref = (id: string) => `/help/${event.slug}/articles/${id}`;
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:py-10">
      <HelpHeader event={event} format={format} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="min-w-0 space-y-6">
          <search className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <form method="get">
              <label htmlFor="help-search" className="block text-sm font-medium text-slate-700">
                Search the help articles
              </label>
              <div className="mt-1 flex gap-2">
                <input
                  id="help-search"
                  name="q"
                  type="search"
                  defaultValue={query}
                  maxLength={200}
                  placeholder="e.g. can I bring a bag?"
                  className="block w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
                />
                <button
                  type="submit"
                  className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  Search
                </button>
              </div>
            </form>
          </search>
          {query && (
            <section
              aria-labelledby="help-results"
              className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
            >
              <h2 id="help-results" className="text-base font-semibold">
                {results.length === 0
                  ? `No article matches “${query}”`
                  : `${results.length} ${results.length === 1 ? "article" : "articles"} for “${query}”`}
              </h2>
              {results.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">
                  Try other words, or ask in the chat: what the articles do not answer goes to the team.
                </p>
              ) : (
                <ul className="mt-3 space-y-4">
                  {results.map((result) => (
                    <li key={result.articleId}>
                      <Link
                        href={articleHref(result.articleId)}
                        className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
                      >
                        {result.title}
                      </Link>
                      <p className="mt-1 text-sm text-slate-700">
                        <Highlighted passage={result.passage} query={query} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section
            aria-labelledby="help-articles"
            className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id="help-articles" className="text-base font-semibold">
              All articles
            </h2>
            {articles.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No articles yet. Ask in the chat instead.</p>
            ) : (
              <ul className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                {articles.map((article) => (
                  <li key={article.id}>
                    <Link href={articleHref(article.id)} className="text-brand-700 underline underline-offset-2">
                      {article.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="min-w-0">
          <SupportChat slug={event.slug} />
        </div>
      </div>
    </main>
  );
}
