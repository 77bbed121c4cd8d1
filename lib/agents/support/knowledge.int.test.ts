import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { testDb } from "@/tests/db";
import { startFakeEmbeddings } from "@/tests/fakes/embeddings";
import { supportFixture } from "@/tests/support-fixture";
import { runTool } from "../core/gate";
import { configuredEmbedder } from "./embeddings";
import { indexEventKnowledge, searchKnowledge } from "./knowledge";
import { searchKnowledgeBase } from "./tools/search-knowledge-base";

const db = testDb();

/** A small invented knowledge base for a conference. */
const ARTICLES = [
  {
    title: "Refund policy",
    body: "## Cancelling your ticket\n\nYou can cancel up to 30 days before the conference for a full refund. Between 30 and 14 days before, you get 50% back.\n\nRefunded money goes back to the card you paid with within 5-10 business days.",
  },
  {
    title: "Bag policy",
    body: "Small bags are welcome. Backpacks larger than 40 x 30 x 15 cm must go to the cloakroom at the entrance.\n\nThe cloakroom is free and opens one hour before the doors.",
  },
  {
    title: "Getting to the venue",
    body: "The venue is a 5-minute walk from the Oriente metro station.\n\nParking is available in the P2 garage; there is no parking at the venue itself.",
  },
  {
    title: "Ticket transfers",
    body: "Tickets can be transferred to a colleague until the day before the event. Ask support with the new attendee's name and email; the old ticket stops working.",
  },
  {
    title: "Food and drinks",
    body: "Lunch is included with every pass. Vegan and gluten-free meals are available: tell us when you register.",
  },
  {
    title: "Age policy",
    body: "Everyone under 16 comes with a ticketed adult. Children 8 and under get in free.",
    tags: ["kids", "minors"],
  },
];

async function knowledgeBase() {
  const f = await supportFixture(db);
  await db.knowledgeArticle.createMany({
    data: ARTICLES.map((article) => ({ ...article, organizationId: f.org.id, eventId: f.event.id })),
  });
  // The same titles in another organization's event must never show up.
  const other = await supportFixture(db);
  await db.knowledgeArticle.create({
    data: {
      organizationId: other.org.id,
      eventId: other.event.id,
      title: "Refunds for the other event",
      body: "Refunds refund refunds: no refunds at all, ever.",
    },
  });
  return f;
}

describe("knowledge search (full text)", () => {
  let f: Awaited<ReturnType<typeof knowledgeBase>>;
  beforeAll(async () => {
    f = await knowledgeBase();
  });
  const search = (query: string, limit = 3) =>
    searchKnowledge(db, { organizationId: f.org.id, eventId: f.event.id, query, limit }, null);

  it.each([
    ["refunds", "Refund policy"],
    ["Can I get my money refunded?", "Refund policy"],
    ["can I bring a backpack", "Bag policy"],
    ["where do I park my car", "Getting to the venue"],
    ["transfer my ticket to a colleague", "Ticket transfers"],
    ["is there vegan lunch?", "Food and drinks"],
  ])("ranks the right article first for %j", async (query, title) => {
    const [best] = await search(query);
    expect(best?.title).toBe(title);
  });

  it("returns the passage with the query's terms, with the article id, and matches word forms", async () => {
    const [best] = await search("when is the refunded money back on my card");
    const article = await db.knowledgeArticle.findFirstOrThrow({
      where: { eventId: f.event.id, title: "Refund policy" },
    });
    expect(best).toMatchObject({ articleId: article.id, title: "Refund policy" });
    expect(best?.passage).toBe("Refunded money goes back to the card you paid with within 5-10 business days.");
    expect(best?.coverage).toBeGreaterThan(0.5);
  });

  it("finds and counts an article by its tags, the organizer's words for what it covers", async () => {
    const [best] = await search("kids");
    expect(best).toMatchObject({ title: "Age policy", coverage: 1 });
    expect(best?.passage).toContain("Children 8 and under");
  });

  it("falls back to any of the words when no article has them all", async () => {
    const results = await search("parking for my bicycle and scooter");
    expect(results[0]?.title).toBe("Getting to the venue");
  });

  it("finds nothing for a question the knowledge base does not cover, and nothing of another organization", async () => {
    expect(await search("hotel discount")).toEqual([]);
    expect(await search("zzz")).toEqual([]);
    const refunds = await search("refunds", 10);
    expect(refunds.map((passage) => passage.title)).not.toContain("Refunds for the other event");
  });

  it("is what the search_knowledge_base tool returns through the gate", async () => {
    const outcome = await runTool(db, f.attendee(), searchKnowledgeBase, { eventId: f.event.id, query: "backpack" });
    expect(outcome.status === "executed" && outcome.output.passages[0]?.title).toBe("Bag policy");
  });
});

describe("knowledge search with an embedding model", () => {
  let api: Awaited<ReturnType<typeof startFakeEmbeddings>>;
  beforeAll(async () => {
    api = await startFakeEmbeddings();
  });
  afterAll(() => api.close());

  it("indexes the missing embeddings, then finds an article by meaning the words miss", async () => {
    const f = await knowledgeBase();
    const embedder = configuredEmbedder(
      parseEnv({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: api.baseUrl, OPENAI_EMBEDDING_MODEL: "fake-embed" }),
    );
    expect(embedder).not.toBeNull();
    const scope = { organizationId: f.org.id, eventId: f.event.id };
    expect(await indexEventKnowledge(db, scope, null)).toEqual({
      articles: 6,
      searchable: 6,
      embedded: 0,
      embeddingModel: null,
    });
    expect(await indexEventKnowledge(db, scope, embedder)).toMatchObject({ articles: 6, embedded: 6 });
    expect(await indexEventKnowledge(db, scope, embedder)).toMatchObject({ embedded: 0 });
    expect(api.requests[0]).toMatchObject({ model: "fake-embed" });

    // "rucksack" is in no article: full text finds nothing, the vectors find the bag policy.
    expect(await searchKnowledge(db, { ...scope, query: "rucksack" }, null)).toEqual([]);
    const [best] = await searchKnowledge(db, { ...scope, query: "rucksack" }, embedder);
    expect(best?.title).toBe("Bag policy");
    // Both signals agree on a plain query.
    const [refund] = await searchKnowledge(db, { ...scope, query: "refund" }, embedder);
    expect(refund?.title).toBe("Refund policy");
  });

  it("falls back to full-text ranking when the embedding API fails", async () => {
    const f = await knowledgeBase();
    const broken = configuredEmbedder(
      parseEnv({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: `${api.baseUrl}/missing`, OPENAI_EMBEDDING_MODEL: "x" }),
    );
    const [best] = await searchKnowledge(
      db,
      { organizationId: f.org.id, eventId: f.event.id, query: "refunds" },
      broken,
    );
    expect(best?.title).toBe("Refund policy");
  });
});
