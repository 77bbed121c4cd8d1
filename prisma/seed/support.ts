/**
 * The Support agent's demo data: each upcoming event's knowledge base and structured policy
 * (./support-knowledge). Idempotent: an article is created once per title and a policy once per event,
 * so what an organizer edited since stays as it is.
 */
import type { DbOrTx } from "@/lib/db/client";
import type { Event } from "@/lib/db/generated/client";
import { DEVCONF_SUPPORT, RIVERSIDE_SUPPORT, type SupportSpec, WINTER_MARKET_SUPPORT } from "./support-knowledge";

/** The knowledge base and policy of each upcoming demo event, by slug (the summit is over). */
export const SUPPORT_BY_SLUG: Record<string, SupportSpec> = {
  "devconf-lisbon": DEVCONF_SUPPORT,
  "riverside-jazz-fest": RIVERSIDE_SUPPORT,
  "harbor-lights-winter-market": WINTER_MARKET_SUPPORT,
};

export async function seedSupportKnowledge(db: DbOrTx, events: Pick<Event, "id" | "organizationId" | "slug">[]) {
  let articles = 0;
  for (const event of events) {
    const spec = SUPPORT_BY_SLUG[event.slug];
    if (!spec) continue;
    const created = await db.knowledgeArticle.createMany({
      data: spec.articles.map((article) => ({ organizationId: event.organizationId, eventId: event.id, ...article })),
      skipDuplicates: true,
    });
    articles += created.count;
    await db.supportPolicy.upsert({
      where: { eventId: event.id },
      create: { eventId: event.id, ...spec.policy },
      update: {},
    });
  }
  return { articles };
}
