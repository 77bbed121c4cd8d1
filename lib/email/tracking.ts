import type { Db } from "@/lib/db/client";

/**
 * Outreach tracking. Each tracked message has a secret token that names it in its pixel
 * (/t/o/<token>.gif), its tracked links (/t/c/<token>?u=…) and its unsubscribe page (/u/<token>).
 */
function trackingUrls(appUrl: string, token: string) {
  const base = appUrl.replace(/\/+$/, "");
  return {
    click: (url: string) => `${base}/t/c/${token}?u=${encodeURIComponent(url)}`,
    pixel: `${base}/t/o/${token}.gif`,
    unsubscribe: `${base}/u/${token}`,
    oneClick: `${base}/u/${token}/one-click`,
  };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Escapes a paragraph and turns each of `links` in it into a link to `href(link)`. */
function linkify(paragraph: string, links: string[], href: (url: string) => string) {
  if (links.length === 0) return escapeHtml(paragraph);
  // Longest first, so a link that starts with another one is matched whole.
  const alternatives = [...links]
    .sort((a, b) => b.length - a.length)
    .map((link) => link.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Splitting on a capturing group puts the matched links at the odd indexes.
  return paragraph
    .split(new RegExp(`(${alternatives.join("|")})`))
    .map((part, index) =>
      index % 2 === 1 ? `<a href="${escapeHtml(href(part))}">${escapeHtml(part)}</a>` : escapeHtml(part),
    )
    .join("");
}

/**
 * The text and HTML parts of an outreach email: the HTML has the text's paragraphs with `links`
 * going through the click route, a 1x1 open pixel and an unsubscribe footer; the text gets the
 * unsubscribe link too. `trackedLinks` is stored with the message: the only places a click redirects to.
 */
export function trackedOutreach({
  text,
  links,
  appUrl,
  token,
}: {
  text: string;
  links: string[];
  appUrl: string;
  token: string;
}) {
  const urls = trackingUrls(appUrl, token);
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${linkify(paragraph, links, urls.click).replace(/\n/g, "<br>\n")}</p>`);
  const footer = `<p style="color:#64748b;font-size:12px">Don't want these emails? <a href="${escapeHtml(urls.unsubscribe)}">Unsubscribe</a>.</p>`;
  const pixel = `<img src="${escapeHtml(urls.pixel)}" width="1" height="1" alt="" style="display:block;border:0">`;
  return {
    text: `${text.trim()}\n\n--\nTo stop receiving these emails, unsubscribe: ${urls.unsubscribe}`,
    html: `<!doctype html>\n<html><body>\n${[...paragraphs, footer, pixel].join("\n")}\n</body></html>`,
    trackedLinks: [...new Set(links)],
  };
}

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL. */
export function unsubscribeHeaders(appUrl: string, token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${trackingUrls(appUrl, token).oneClick}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

function tracked(db: Db, token: string) {
  return db.emailMessage.findUnique({
    where: { trackingToken: token },
    select: {
      organizationId: true,
      to: true,
      html: true,
      trackedLinks: true,
      organization: { select: { name: true } },
    },
  });
}

const HTML_UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(HTML_ESCAPES).map(([char, entity]) => [entity, char]),
);

/**
 * The tracked links of a message stored before its links were (`trackedLinks` empty): the `u` of each
 * click-route link to this token in the HTML that trackedOutreach wrote for it.
 */
export function trackedLinksInHtml(html: string, token: string) {
  const links: string[] = [];
  for (const [, escaped = ""] of html.matchAll(/href="([^"]*)"/g)) {
    const href = escaped.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_UNESCAPES[entity] ?? entity);
    if (!URL.canParse(href)) continue;
    const url = new URL(href);
    const target = url.searchParams.get("u");
    if (url.pathname.endsWith(`/t/c/${token}`) && target) links.push(target);
  }
  return [...new Set(links)];
}

/** Counts an open; the first one also sets firstOpenedAt. An unknown token records nothing. */
export async function recordOpen(db: Db, token: string, now = new Date()) {
  await db.$transaction([
    db.emailMessage.updateMany({ where: { trackingToken: token }, data: { openCount: { increment: 1 } } }),
    db.emailMessage.updateMany({ where: { trackingToken: token, firstOpenedAt: null }, data: { firstOpenedAt: now } }),
  ]);
}

/**
 * Whether a click on `url` may be redirected there: only to one of the message's tracked links, exactly
 * as stored (a prefix, a part or another address written in the text is not one), and only over http(s),
 * so the click route is never an open redirect.
 */
export function isTrackedLink(trackedLinks: readonly string[], url: string) {
  const web = URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol);
  return web && trackedLinks.includes(url);
}

/**
 * Counts a click on `url` and says whether to redirect there (see isTrackedLink). A click on an
 * unopened message counts as its first open too (the pixel may have been blocked).
 */
export async function recordClick(db: Db, token: string, url: string, now = new Date()) {
  const message = await tracked(db, token);
  if (!message) return false;
  const links = message.trackedLinks.length > 0 ? message.trackedLinks : trackedLinksInHtml(message.html ?? "", token);
  if (!isTrackedLink(links, url)) return false;
  await db.$transaction([
    db.emailMessage.updateMany({ where: { trackingToken: token }, data: { clickCount: { increment: 1 } } }),
    db.emailMessage.updateMany({
      where: { trackingToken: token, firstClickedAt: null },
      data: { firstClickedAt: now },
    }),
    db.emailMessage.updateMany({
      where: { trackingToken: token, openCount: 0 },
      data: { openCount: 1, firstOpenedAt: now },
    }),
  ]);
  return true;
}

/** Who a message went to and from which organization, and whether they have all unsubscribed. */
export async function unsubscribeTarget(db: Db, token: string) {
  const message = await tracked(db, token);
  if (!message) return null;
  const subscribed = await db.sponsorContact.count({
    where: { organizationId: message.organizationId, email: { in: message.to }, unsubscribedAt: null },
  });
  return { emails: message.to, organization: message.organization.name, unsubscribed: subscribed === 0 };
}

/**
 * Unsubscribes the message's recipients from its organization's emails (that organization's contacts
 * only); unsubscribing again keeps the first time. Returns false for an unknown token.
 */
export async function unsubscribe(db: Db, token: string, now = new Date()) {
  const message = await tracked(db, token);
  if (!message) return false;
  await db.sponsorContact.updateMany({
    where: { organizationId: message.organizationId, email: { in: message.to }, unsubscribedAt: null },
    data: { unsubscribedAt: now },
  });
  return true;
}

/** A short plain-text answer for the public tracking and unsubscribe routes. */
export function plainText(message: string, status = 200) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
