import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { testDb } from "@/tests/db";
import { supportFixture } from "@/tests/support-fixture";
import {
  ArticleImportError,
  createArticle,
  deleteArticle,
  importArticles,
  parseArticlesCsv,
  parseMarkdownFiles,
  updateArticle,
} from "./articles";
import { searchKnowledge } from "./knowledge";
import { supportPolicyFor } from "./policy";
import { saveSupportPolicy } from "./policy-edit";

const db = testDb();
let f: Awaited<ReturnType<typeof supportFixture>>;
let other: Awaited<ReturnType<typeof supportFixture>>;
const actor = () => ({ organizationId: f.org.id, userId: f.people.admin.id });
const articlesOf = (eventId: string) =>
  db.knowledgeArticle.findMany({ where: { eventId }, orderBy: { title: "asc" }, select: { title: true, tags: true } });
const audits = (action: string) => db.auditLog.findMany({ where: { organizationId: f.org.id, action } });

beforeAll(async () => {
  f = await supportFixture(db);
  other = await supportFixture(db);
});

describe("editing articles", () => {
  it("creates, edits and deletes an article, each audited, and search follows", async () => {
    const article = await createArticle(db, actor(), f.event.id, {
      title: "Bag policy",
      body: "Backpacks go to the cloakroom.",
      tags: ["Venue", "venue"],
    });
    expect(article.tags).toEqual(["venue"]);
    const scope = { organizationId: f.org.id, eventId: f.event.id };
    expect((await searchKnowledge(db, { ...scope, query: "backpack cloakroom" }))[0]?.articleId).toBe(article.id);

    await db.knowledgeArticle.update({ where: { id: article.id }, data: { embedding: [0.1, 0.2] } });
    const edited = await updateArticle(db, actor(), article.id, {
      title: "Bags",
      body: "Suitcases are not allowed.",
      tags: [],
    });
    // The old text's embedding is gone, so indexing computes the new one.
    expect(edited.embedding).toEqual([]);
    expect((await searchKnowledge(db, { ...scope, query: "suitcases" }))[0]?.title).toBe("Bags");

    await deleteArticle(db, actor(), article.id);
    expect(await articlesOf(f.event.id)).toEqual([]);
    expect((await audits("support.article_created")).length).toBe(1);
    expect((await audits("support.article_updated"))[0]?.metadata).toMatchObject({ from: "Bag policy", title: "Bags" });
    expect((await audits("support.article_deleted")).length).toBe(1);
  });

  it("refuses a title the event has (any case), a blank body, and another organization's article", async () => {
    await createArticle(db, actor(), f.event.id, { title: "Parking", body: "P2 garage.", tags: [] });
    await expect(
      createArticle(db, actor(), f.event.id, { title: "parking", body: "x", tags: [] }),
    ).rejects.toMatchObject({
      code: "conflict",
      fields: { title: [expect.stringContaining('already has an article titled "parking"')] },
    });
    await expect(createArticle(db, actor(), f.event.id, { title: "Food", body: "  ", tags: [] })).rejects.toMatchObject(
      {
        code: "validation",
        fields: { body: ["Write the article's text."] },
      },
    );
    const [parking] = await db.knowledgeArticle.findMany({ where: { eventId: f.event.id, title: "Parking" } });
    const stranger = { organizationId: other.org.id, userId: other.people.admin.id };
    await expect(deleteArticle(db, stranger, parking?.id ?? "")).rejects.toMatchObject({ code: "not_found" });
    await expect(createArticle(db, stranger, f.event.id, { title: "X", body: "y", tags: [] })).rejects.toBeInstanceOf(
      AppError,
    );
    expect((await articlesOf(f.event.id)).map((article) => article.title)).toEqual(["Parking"]);
  });
});

describe("importing articles", () => {
  it("imports Markdown files, updating an article with the same title and creating the others", async () => {
    const report = await importArticles(
      db,
      actor(),
      f.event.id,
      parseMarkdownFiles([
        { name: "parking.md", text: "---\ntags: venue\n---\n# Parking\n\nNo parking at the venue." },
        { name: "food.md", text: "# Food\n\nLunch is included." },
      ]),
      "markdown",
    );
    expect(report).toEqual({ created: 1, updated: 1, articles: 2 });
    expect(await articlesOf(f.event.id)).toEqual([
      { title: "Food", tags: [] },
      { title: "Parking", tags: ["venue"] },
    ]);
    expect((await audits("support.articles_imported"))[0]?.metadata).toEqual({
      source: "markdown",
      created: 1,
      updated: 1,
    });
  });

  it("writes nothing when any row has a problem, and says which rows", async () => {
    const parsed = parseArticlesCsv("title,body,tags\nWifi,Network EventOS.,\nSchedule,,\n");
    const error = await importArticles(db, actor(), f.event.id, parsed, "csv").catch((caught) => caught);
    expect(error).toBeInstanceOf(ArticleImportError);
    expect(error.problems).toEqual([{ where: "row 3", message: "body: Write the article's text." }]);
    expect((await articlesOf(f.event.id)).map((article) => article.title)).toEqual(["Food", "Parking"]);
  });
});

describe("saving the support policy", () => {
  it("replaces the defaults, audited with both, and refuses a bad policy without writing", async () => {
    expect((await supportPolicyFor(db, f.event.id)).isDefault).toBe(true);
    const policy = {
      refundTiers: [{ minDaysBefore: 10, percent: 80 }],
      refundProcessing: "Within a week.",
      transferAllowed: false,
      transferMinDaysBefore: 0,
      transferFeeCents: 0,
      refundLimitCents: 20_000,
      needsPerson: ["visas"],
    };
    await saveSupportPolicy(db, actor(), f.event.id, policy);
    expect(await supportPolicyFor(db, f.event.id)).toEqual({ ...policy, isDefault: false });
    const [audit] = await audits("support.policy_changed");
    expect(audit?.metadata).toEqual({ from: "defaults", to: policy });

    await expect(
      saveSupportPolicy(db, actor(), f.event.id, { ...policy, refundTiers: [{ minDaysBefore: 5, percent: 120 }] }),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(
      saveSupportPolicy(db, { organizationId: other.org.id, userId: other.people.owner.id }, f.event.id, policy),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await supportPolicyFor(db, f.event.id)).refundLimitCents).toBe(20_000);
    expect(await audits("support.policy_changed")).toHaveLength(1);
  });
});
