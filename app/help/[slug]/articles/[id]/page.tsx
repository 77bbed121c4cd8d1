import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleBody } from "@/components/help/article-body";
import { HelpHeader } from "@/components/help/help-header";
import { db } from "@/lib/db/client";
import { findHelpEvent, helpFormatter } from "../../../help-event";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }> };

/** The article of this event (found through the slug's event only), or null. */
async function findArticle({ slug, id }: { slug: string; id: string }) {
  const event = await findHelpEvent(slug);
  if (!event || !z.uuid().safeParse(id).success) return null;
  const article = await db.knowledgeArticle.findFirst({
    where: { id, eventId: event.id, organizationId: event.organizationId },
    select: { title: true, body: true, updatedAt: true },
  });
  return article ? { event, article } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findArticle(await params);
  return { title: found ? `${found.article.title} · ${found.event.name}` : "Help" };
}

/** One knowledge-base article of an event's help page. */
export default async function HelpArticlePage({ params }: Props) {
  const found = await findArticle(await params);
  if (!found) notFound();
  const { event, article } = found;
  const format = await helpFormatter(event);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:py-10">
      <HelpHeader event={event} format={format} />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/help/${event.slug}`} className="text-brand-700 underline underline-offset-2">
          All help for {event.name}
        </Link>
      </nav>
      <article className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-xl font-semibold">{article.title}</h2>
        <p className="mt-1 text-xs text-slate-500">Updated {format.date(article.updatedAt)}</p>
        <div className="mt-4">
          <ArticleBody body={article.body} />
        </div>
      </article>
    </main>
  );
}
