import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as click } from "@/app/t/c/[token]/route";
import { GET as pixel } from "@/app/t/o/[file]/route";
import { POST as oneClick } from "@/app/u/[token]/one-click/route";
import UnsubscribePage from "@/app/u/[token]/page";
import { env } from "@/lib/env";
import { testDb, uniqueOrganization } from "@/tests/db";
import { trackedOutreach, unsubscribeTarget } from "./tracking";

/** The public tracking and unsubscribe routes, called as Next calls them, on messages stored here. */
const db = testDb();
const DECK = "https://jazz.example/deck?tier=gold";
const EMAIL = "ana@brewco.example";
let organizationId: string;
let otherOrganizationId: string;

async function addContact(orgId: string) {
  const contact = await db.sponsorContact.create({
    data: {
      organization: { connect: { id: orgId } },
      name: "Ana",
      email: EMAIL,
      title: "CMO",
      seniority: "c_level",
      company: {
        create: {
          organizationId: orgId,
          name: "BrewCo",
          domain: `brewco-${orgId}.example`,
          industry: "Beverages",
          audiences: [],
          country: "PT",
          budgetMinCents: 0,
          budgetMaxCents: 1_000_000,
          currency: "EUR",
        },
      },
    },
  });
  return contact.id;
}

async function trackedEmail(text = `Hi Ana,\n\nOur deck: ${DECK}`) {
  const token = randomBytes(18).toString("base64url");
  const parts = trackedOutreach({ text, links: [DECK], appUrl: env.APP_URL, token });
  await db.emailMessage.create({
    data: {
      ...parts,
      organizationId,
      idempotencyKey: `tracking-test:${token}`,
      provider: "local-outbox",
      fromAddress: env.EMAIL_FROM,
      to: [EMAIL],
      subject: "Sponsor Riverside Jazz Fest?",
      trackingToken: token,
    },
  });
  return token;
}

const stored = (token: string) => db.emailMessage.findUniqueOrThrow({ where: { trackingToken: token } });
const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const get = (path: string) => new Request(`${env.APP_URL}${path}`);

beforeAll(async () => {
  organizationId = (await uniqueOrganization(db, "Jazz")).id;
  otherOrganizationId = (await uniqueOrganization(db, "Other")).id;
});

describe("the open pixel", () => {
  it("counts every open, keeps the first open's time, and is never cached", async () => {
    const token = await trackedEmail();
    const first = await pixel(get(`/t/o/${token}.gif`), context({ file: `${token}.gif` }));
    expect(first.headers.get("content-type")).toBe("image/gif");
    expect(first.headers.get("cache-control")).toContain("no-store");
    const opened = await stored(token);
    await pixel(get(`/t/o/${token}.gif`), context({ file: `${token}.gif` }));
    const again = await stored(token);
    expect(opened).toMatchObject({ openCount: 1, firstOpenedAt: expect.any(Date) });
    expect(again.openCount).toBe(2);
    expect(again.firstOpenedAt).toEqual(opened.firstOpenedAt);
  });

  it("answers an unknown token with the same GIF", async () => {
    const token = await trackedEmail();
    const known = await pixel(get(`/t/o/${token}.gif`), context({ file: `${token}.gif` }));
    const unknown = await pixel(get("/t/o/nobody.gif"), context({ file: "nobody.gif" }));
    expect(unknown.status).toBe(200);
    expect(Buffer.from(await unknown.arrayBuffer())).toEqual(Buffer.from(await known.arrayBuffer()));
  });
});

describe("tracked links", () => {
  it("redirect to a URL in the message and count the click, and the open the pixel missed", async () => {
    const token = await trackedEmail();
    const response = await click(get(`/t/c/${token}?u=${encodeURIComponent(DECK)}`), context({ token }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(DECK);
    expect(await stored(token)).toMatchObject({
      clickCount: 1,
      firstClickedAt: expect.any(Date),
      openCount: 1,
      firstOpenedAt: expect.any(Date),
    });
  });

  it("refuse any other URL, a missing one and an unknown token with a 404, counting nothing", async () => {
    const token = await trackedEmail();
    for (const [path, tokenParam] of [
      [`/t/c/${token}?u=${encodeURIComponent("https://evil.example/")}`, token],
      [`/t/c/${token}`, token],
      [`/t/c/nobody?u=${encodeURIComponent(DECK)}`, "nobody"],
    ] as const) {
      const response = await click(get(path), context({ token: tokenParam }));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("This link is not valid. Open the link from the email again.");
    }
    expect(await stored(token)).toMatchObject({ clickCount: 0, openCount: 0 });
  });

  it("redirect only to a tracked link exactly, never to a part of one or to another address in the email", async () => {
    const token = await trackedEmail(`Hi Ana,\n\nOur deck: ${DECK}\n\nOr visit https://jazz.example/ anytime.`);
    for (const url of [
      "https://jazz.example/deck",
      "https://jazz.example/deck?tier=gol",
      "https://jazz.example/",
      "https://jazz.example",
      `${DECK}&next=https://evil.example/`,
    ]) {
      const response = await click(get(`/t/c/${token}?u=${encodeURIComponent(url)}`), context({ token }));
      expect(response.status, url).toBe(404);
      expect(response.headers.get("location"), url).toBeNull();
      expect(await response.text()).toBe("This link is not valid. Open the link from the email again.");
    }
    expect(await stored(token)).toMatchObject({ clickCount: 0, openCount: 0, trackedLinks: [DECK] });
  });
});

describe("tracked links of a message stored before its links were", () => {
  it("still redirect to the links its HTML tracked, and only to those", async () => {
    const token = randomBytes(18).toString("base64url");
    const { text, html } = trackedOutreach({
      text: `Our deck: ${DECK}\n\nOr visit https://jazz.example/ anytime.`,
      links: [DECK],
      appUrl: env.APP_URL,
      token,
    });
    await db.emailMessage.create({
      data: {
        text,
        html,
        organizationId,
        idempotencyKey: `tracking-legacy:${token}`,
        provider: "local-outbox",
        fromAddress: env.EMAIL_FROM,
        to: [EMAIL],
        subject: "Sponsor Riverside Jazz Fest?",
        trackingToken: token,
      },
    });
    const tracked = await click(get(`/t/c/${token}?u=${encodeURIComponent(DECK)}`), context({ token }));
    expect(tracked.headers.get("location")).toBe(DECK);
    const untracked = await click(
      get(`/t/c/${token}?u=${encodeURIComponent("https://jazz.example/")}`),
      context({ token }),
    );
    expect(untracked.status).toBe(404);
    expect(await stored(token)).toMatchObject({ clickCount: 1, trackedLinks: [] });
  });
});

describe("unsubscribing", () => {
  const post = (token: string, body: string) =>
    oneClick(
      new Request(`${env.APP_URL}/u/${token}/one-click`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      }),
      context({ token }),
    );

  it("happens on POST only, for that organization's contact only, once", async () => {
    const contactId = await addContact(organizationId);
    const otherContactId = await addContact(otherOrganizationId);
    const token = await trackedEmail();

    await UnsubscribePage(context({ token }));
    expect((await post(token, "something=else")).status).toBe(400);
    expect(await unsubscribeTarget(db, token)).toMatchObject({ emails: [EMAIL], unsubscribed: false });

    const response = await post(token, "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("You are unsubscribed.");
    const contact = await db.sponsorContact.findUniqueOrThrow({ where: { id: contactId } });
    expect(contact.unsubscribedAt).toEqual(expect.any(Date));
    expect(await unsubscribeTarget(db, token)).toMatchObject({ unsubscribed: true });
    const other = await db.sponsorContact.findUniqueOrThrow({ where: { id: otherContactId } });
    expect(other.unsubscribedAt).toBeNull();

    expect((await post(token, "List-Unsubscribe=One-Click")).status).toBe(200);
    const again = await db.sponsorContact.findUniqueOrThrow({ where: { id: contactId } });
    expect(again.unsubscribedAt).toEqual(contact.unsubscribedAt);
  });

  it("answers an unknown token with a 404", async () => {
    expect((await post("nobody", "List-Unsubscribe=One-Click")).status).toBe(404);
  });
});
