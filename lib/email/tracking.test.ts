import { describe, expect, it } from "vitest";
import { isTrackedLink, trackedLinksInHtml, trackedOutreach, unsubscribeHeaders } from "./tracking";

const APP_URL = "https://app.example";
const TOKEN = "tok_123";

function build(text: string, links: string[] = []) {
  return trackedOutreach({ text, links, appUrl: APP_URL, token: TOKEN });
}

describe("trackedOutreach", () => {
  it("turns the text into escaped paragraphs, keeping line breaks", () => {
    const { html } = build('Hi Ana,\n\nTickets <sold> out & "fast".\nSee you soon.\n\nBest,\nSam');
    expect(html).toContain("<p>Hi Ana,</p>");
    expect(html).toContain("<p>Tickets &lt;sold&gt; out &amp; &quot;fast&quot;.<br>\nSee you soon.</p>");
    expect(html).toContain("<p>Best,<br>\nSam</p>");
    expect(html).not.toContain("<sold>");
  });

  it("sends each listed link through the click route and leaves other URLs as text", () => {
    const deck = "https://jazz.example/deck?tier=gold&lang=en";
    const { html } = build(`Our deck: ${deck}\nOur site: https://jazz.example`, [deck]);
    const tracked = `${APP_URL}/t/c/${TOKEN}?u=${encodeURIComponent(deck)}`;
    expect(html).toContain(`<a href="${tracked}">https://jazz.example/deck?tier=gold&amp;lang=en</a>`);
    expect(html).toContain("Our site: https://jazz.example</p>");
    expect(html.match(/<a href="[^"]*\/t\/c\//g)).toHaveLength(1);
  });

  it("links the longest of two links that start alike", () => {
    const { html } = build("See https://jazz.example/a and https://jazz.example/a/b", [
      "https://jazz.example/a",
      "https://jazz.example/a/b",
    ]);
    expect(html).toContain(`?u=${encodeURIComponent("https://jazz.example/a")}">https://jazz.example/a</a> and`);
    expect(html).toContain(`?u=${encodeURIComponent("https://jazz.example/a/b")}">https://jazz.example/a/b</a>`);
  });

  it("adds a 1x1 open pixel and an unsubscribe link to the HTML, and the link to the text", () => {
    const { html, text } = build("Hi Ana,\n\nWould you sponsor us?\n", []);
    expect(html).toContain(`<img src="${APP_URL}/t/o/${TOKEN}.gif" width="1" height="1" alt=""`);
    expect(html).toContain(`<a href="${APP_URL}/u/${TOKEN}">Unsubscribe</a>`);
    expect(text).toBe(
      `Hi Ana,\n\nWould you sponsor us?\n\n--\nTo stop receiving these emails, unsubscribe: ${APP_URL}/u/${TOKEN}`,
    );
  });

  it("accepts an app URL with a trailing slash", () => {
    expect(trackedOutreach({ text: "Hi", links: [], appUrl: `${APP_URL}/`, token: TOKEN }).html).toContain(
      `src="${APP_URL}/t/o/${TOKEN}.gif"`,
    );
  });
});

describe("unsubscribeHeaders", () => {
  it("names the one-click URL for RFC 8058", () => {
    expect(unsubscribeHeaders(APP_URL, TOKEN)).toEqual({
      "List-Unsubscribe": `<${APP_URL}/u/${TOKEN}/one-click>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});

describe("isTrackedLink", () => {
  const links = ["https://jazz.example/deck?tier=gold", "https://jazz.example/deck?tier=gold&lang=pt"];

  it("accepts a tracked link exactly as stored", () => {
    expect(isTrackedLink(links, "https://jazz.example/deck?tier=gold")).toBe(true);
    expect(isTrackedLink(links, "https://jazz.example/deck?tier=gold&lang=pt")).toBe(true);
  });

  it("refuses a prefix, a part, an extension or a case change of a tracked link", () => {
    for (const url of [
      "https://jazz.example/deck",
      "https://jazz.example/",
      "https://jazz.example/deck?tier=gol",
      "https://jazz.example/deck?tier=gold&lang=p",
      "https://jazz.example/deck?tier=gold#x",
      "https://JAZZ.example/deck?tier=gold",
    ]) {
      expect(isTrackedLink(links, url), url).toBe(false);
    }
  });

  it("refuses anything that is not http(s), even when stored", () => {
    expect(isTrackedLink(["javascript:alert(1)"], "javascript:alert(1)")).toBe(false);
    expect(isTrackedLink([], "https://jazz.example/")).toBe(false);
  });
});

describe("trackedLinksInHtml (messages stored before their links were)", () => {
  it("finds exactly the links that went through this message's click route", () => {
    const deck = "https://jazz.example/deck?tier=gold&lang=pt";
    const { html } = build(`Our deck: ${deck}\n\nOr https://jazz.example/ anytime.`, [deck]);
    expect(trackedLinksInHtml(html, TOKEN)).toEqual([deck]);
    expect(trackedLinksInHtml(html, "another-token")).toEqual([]);
  });
});
