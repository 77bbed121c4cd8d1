import { afterAll, describe, expect, it, vi } from "vitest";
import { db as appDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { createEvent } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { signedIn as signInAs } from "@/tests/signed-in";

// The edge of the machine: the request's cookies and headers, and Next's cache, which only exists in a request.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => ({ value: request.cookies.get(name) }) }),
  headers: async () => new Headers({ "user-agent": "vitest" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { importArticlesAction, saveArticleAction, savePolicyAction } = await import("./actions");

const db = testDb();
afterAll(() => appDb.$disconnect());

async function signedInWithEvent(role: Role) {
  const { org, user } = await signInAs(db, request.cookies, role);
  const event = await createEvent(db, org.id, testEventSpec(new Date(), { slug: `support-${org.slug}` }));
  return { org, user, event };
}

function form(values: Record<string, string | string[] | File[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const POLICY = {
  tierDays: ["30", "7", ""],
  tierPercent: ["100", "50", ""],
  refundProcessing: "Back on your card within a week.",
  transferAllowed: "on",
  transferMinDaysBefore: "2",
  transferFee: "5",
  refundLimit: "250",
  needsPerson: "group bookings",
};

describe("the Support page's server actions", () => {
  it("an admin saves the policy in the event's currency; a bad one names its fields and saves nothing", async () => {
    const { event } = await signedInWithEvent("admin");
    const bad = await savePolicyAction(
      {},
      form({ ...POLICY, eventId: event.id, tierDays: ["7", "30"], refundLimit: "x" }),
    );
    expect(bad.fields).toMatchObject({ refundLimit: expect.stringContaining("EUR"), refundTiers: expect.any(String) });
    expect(bad.values?.refundLimit).toBe("x");
    expect(await db.supportPolicy.findUnique({ where: { eventId: event.id } })).toBeNull();

    expect(await savePolicyAction({}, form({ ...POLICY, eventId: event.id }))).toEqual({
      message: "Saved. The agent applies this policy from its next message.",
    });
    expect(await db.supportPolicy.findUniqueOrThrow({ where: { eventId: event.id } })).toMatchObject({
      refundLimitCents: 25_000,
      transferFeeCents: 500,
      transferMinDaysBefore: 2,
      needsPerson: ["group bookings"],
    });
  });

  it("members and viewers read the policy and the articles but change nothing", async () => {
    for (const role of ["member", "viewer"] as const) {
      const { event } = await signedInWithEvent(role);
      const refused = expect.stringMatching(/role does not allow/);
      expect(await savePolicyAction({}, form({ ...POLICY, eventId: event.id }))).toEqual({
        error: refused,
        values: expect.anything(),
      });
      expect(
        await saveArticleAction({}, form({ eventId: event.id, title: "Bags", body: "Small ones." })),
      ).toMatchObject({ error: refused });
      const file = new File(["# Bags\n\nSmall ones."], "bags.md", { type: "text/markdown" });
      expect(await importArticlesAction({}, form({ eventId: event.id, files: [file] }))).toMatchObject({
        error: refused,
      });
      expect(await db.knowledgeArticle.count({ where: { eventId: event.id } })).toBe(0);
      expect(await db.supportPolicy.count({ where: { eventId: event.id } })).toBe(0);
    }
  });

  it("an owner adds an article with tags and imports a CSV; an import with a bad row imports nothing", async () => {
    const { event } = await signedInWithEvent("owner");
    const added = await saveArticleAction(
      {},
      form({ eventId: event.id, title: "Bags", body: "Small ones.", tags: "Venue, bags" }),
    );
    expect(added).toEqual({ message: 'Added "Bags". The agent can cite it now.' });
    const blank = await saveArticleAction({}, form({ eventId: event.id, title: "", body: "x", tags: "" }));
    expect(blank).toMatchObject({ fields: { title: ["Give the article a title."] }, values: { body: "x" } });

    const csv = (text: string) => new File([text], "articles.csv", { type: "text/csv" });
    const refused = await importArticlesAction(
      {},
      form({ eventId: event.id, files: [csv("title,body\nParking,P2 garage.\nFood,\n")] }),
    );
    expect(refused).toMatchObject({ problems: [{ where: "row 3", message: "body: Write the article's text." }] });
    expect(await db.knowledgeArticle.count({ where: { eventId: event.id } })).toBe(1);

    const imported = await importArticlesAction(
      {},
      form({ eventId: event.id, files: [csv("title,body,tags\nParking,P2 garage.,venue\nbags,Backpacks too.,\n")] }),
    );
    expect(imported).toEqual({ report: { created: 1, updated: 1, articles: 2 } });
    const articles = await db.knowledgeArticle.findMany({ where: { eventId: event.id }, orderBy: { title: "asc" } });
    expect(articles.map((article) => [article.title, article.body, article.tags])).toEqual([
      ["Parking", "P2 garage.", ["venue"]],
      ["bags", "Backpacks too.", []],
    ]);
  });
});
