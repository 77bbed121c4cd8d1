import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { SUPPORT_CODE_KEY_PREFIX } from "@/lib/team/outbox-visibility";
import { createEvent } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { testEventSpec } from "@/tests/event-spec";
import { supportFixture } from "@/tests/support-fixture";
import { POST as postMessage } from "./route";
import { POST as postCode } from "./verify/route";

const db = testDb();

type Reply = {
  reply: string;
  citations: { title: string; href: string }[];
  actions: string[];
  needsVerification: boolean;
};

/** A request to the help chat as the browser sends it, with the cookie it holds. */
async function send(handler: typeof postMessage, slug: string, body: unknown, cookie?: string, path = "chat") {
  const request = new NextRequest(`http://localhost/help/${slug}/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve({ slug }) });
  const setCookie = response.headers.get("set-cookie");
  return { response, json: await response.json(), cookie: setCookie ? setCookie.split(";")[0] : cookie, setCookie };
}

async function helpEvent() {
  const fixture = await supportFixture(db);
  await db.knowledgeArticle.create({
    data: {
      organizationId: fixture.org.id,
      eventId: fixture.event.id,
      title: "Bags and cloakroom",
      body: "Backpacks are welcome. The cloakroom by the entrance keeps suitcases until the last talk.",
    },
  });
  return fixture;
}

describe("the help page's chat", () => {
  it("answers a question with the cited article's link and keeps the conversation in an http-only cookie", async () => {
    const { event, buyers } = await helpEvent();
    const first = await send(postMessage, event.slug, { email: buyers.ben.email, message: "Can I bring a backpack?" });
    expect(first.response.status).toBe(200);
    const json = first.json as Reply;
    expect(json.citations).toEqual([
      {
        title: "Bags and cloakroom",
        href: expect.stringMatching(new RegExp(`^/help/${event.slug}/articles/[0-9a-f-]{36}$`)),
      },
    ]);
    expect(json.needsVerification).toBe(false);
    expect(first.setCookie).toMatch(/HttpOnly/i);
    expect(first.setCookie).toContain(`Path=/help/${event.slug}`);
    // The same visitor's next message continues that conversation; another email starts its own.
    const again = await send(
      postMessage,
      event.slug,
      { email: buyers.ben.email, message: "Where is the cloakroom?" },
      first.cookie,
    );
    expect(await db.supportConversation.count({ where: { eventId: event.id } })).toBe(1);
    await send(postMessage, event.slug, { email: buyers.ana.email, message: "Can I bring a backpack?" }, again.cookie);
    expect(await db.supportConversation.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("tells nothing of an order before the emailed code, then carries the refund out", async () => {
    const { event, buyers, orders } = await helpEvent();
    const asked = await send(postMessage, event.slug, {
      email: buyers.ben.email,
      message: `Please refund my order ${orders.single.reference}`,
    });
    const json = asked.json as Reply;
    expect(json.needsVerification).toBe(true);
    expect(json.actions).toEqual([]);
    expect(await db.refund.count({ where: { orderId: orders.single.id } })).toBe(0);

    const wrong = await send(postCode, event.slug, { code: "000000" }, asked.cookie, "chat/verify");
    expect(wrong.response.status).toBeGreaterThanOrEqual(400);
    expect(wrong.response.status).toBeLessThan(500);
    expect(wrong.json.error.message).toMatch(/code/i);

    const email = await db.emailMessage.findFirstOrThrow({
      where: { idempotencyKey: { startsWith: SUPPORT_CODE_KEY_PREFIX }, to: { has: buyers.ben.email } },
      orderBy: { createdAt: "desc" },
    });
    const code = /\b(\d{6})\b/.exec(email.text)?.[1];
    const done = await send(postCode, event.slug, { code }, asked.cookie, "chat/verify");
    expect(done.response.status).toBe(200);
    expect((done.json as Reply).actions).toEqual([`Refund of €300 done (order ${orders.single.reference})`]);
    expect((await db.order.findUniqueOrThrow({ where: { id: orders.single.id } })).refundedCents).toBe(30_000);
  });

  it("refuses a code without a conversation, bad input and an unknown page in words", async () => {
    const { event } = await helpEvent();
    const noConversation = await send(postCode, event.slug, { code: "123456" }, undefined, "chat/verify");
    expect(noConversation.response.status).toBe(409);
    const badEmail = await send(postMessage, event.slug, { email: "not an email", message: "hi" });
    expect(badEmail.response.status).toBe(422);
    expect(badEmail.json.error.fields.email).toEqual(["Give the email address you bought your ticket with."]);
    const notJson = await send(postMessage, event.slug, "{oops");
    expect(notJson.response.status).toBe(400);
    const unknown = await send(postMessage, "no-such-event-here", { email: "a@example.com", message: "hi" });
    expect(unknown.response.status).toBe(404);
    expect(await db.supportConversation.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("does not guess between two organizations' events with one slug, and keeps drafts private", async () => {
    const { event } = await helpEvent();
    const other = await uniqueOrganization(db, "Other");
    await createEvent(db, other.id, testEventSpec(new Date(), { name: "Same slug", slug: event.slug }));
    const shared = await send(postMessage, event.slug, { email: "a@example.com", message: "hi" });
    expect(shared.response.status).toBe(404);
    const draft = await createEvent(
      db,
      other.id,
      testEventSpec(new Date(), { name: "Draft", slug: `draft-${other.slug}`, status: "draft" }),
    );
    expect((await send(postMessage, draft.slug, { email: "a@example.com", message: "hi" })).response.status).toBe(404);
  });

  it("answers 429 with the wait once a visitor sends too much, and acts on none of those", async () => {
    const { event } = await helpEvent();
    const results = [];
    for (let i = 0; i < 9; i++) {
      results.push(await send(postMessage, event.slug, { email: "a@example.com", message: "Can I bring a backpack?" }));
    }
    expect(results.slice(0, 8).map((result) => result.response.status)).toEqual(Array(8).fill(200));
    const limited = results[8];
    expect(limited?.response.status).toBe(429);
    expect(limited?.response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited?.json.error.message).toMatch(
      /^Too many messages in a short time\. Wait \d+ seconds? and send it again\.$/,
    );
    expect(await db.supportMessage.count({ where: { conversation: { eventId: event.id }, role: "attendee" } })).toBe(8);
  });
});
