/**
 * The Support agent's demo data: each upcoming event's knowledge base and structured policy
 * (./support-knowledge), and Northwind's past conversations (./support-conversations). Idempotent: an
 * article is created once per title and a policy once per event, so what an organizer edited since
 * stays as it is, and the conversations are played once.
 */
import { decideApproval } from "@/lib/agents/core/approvals";
import { findTool } from "@/lib/agents/registry";
import { handleSupportMessage } from "@/lib/agents/support/conversation";
import { supportPolicyFor } from "@/lib/agents/support/policy";
import { confirmVerificationCode } from "@/lib/agents/support/verification";
import type { Db, DbOrTx } from "@/lib/db/client";
import type { Event } from "@/lib/db/generated/client";
import { emailProvider } from "@/lib/email/providers";
import { SUPPORT_CODE_KEY_PREFIX } from "@/lib/team/outbox-visibility";
import { demoSeedDay } from "./history";
import { type ConversationScript, DEVCONF_CONVERSATIONS, RIVERSIDE_CONVERSATIONS } from "./support-conversations";
import { DEVCONF_SUPPORT, RIVERSIDE_SUPPORT, type SupportSpec, WINTER_MARKET_SUPPORT } from "./support-knowledge";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

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

const SCRIPTS: Record<string, ConversationScript[]> = {
  "devconf-lisbon": DEVCONF_CONVERSATIONS,
  "riverside-jazz-fest": RIVERSIDE_CONVERSATIONS,
};

type DemoOrder = { reference: string; buyerEmail: string };
type Cast = { small: DemoOrder[]; large: DemoOrder[]; all: DemoOrder[] };

export type SupportHistoryResult = { conversations: number; skipped?: string };

/**
 * Northwind's past support conversations (./support-conversations), played through the conversation
 * layer at their times in the two weeks before the seed day, then the inbox items they filed decided
 * by the owner and the admin a few hours later (hand-offs acknowledged, refunds over the limit
 * approved), so nothing of the past stays pending. Harbor Lights gets none. Run after the agents'
 * history (./history), whose inbox rounds must not decide these items before they were filed; skipped
 * when conversations exist already or emails would leave the machine.
 */
export async function seedSupportHistory(db: Db): Promise<SupportHistoryResult> {
  if (emailProvider().name !== "local-outbox") {
    return { conversations: 0, skipped: "an email provider is configured; the demo only writes to the local outbox" };
  }
  const org = await db.organization.findUnique({ where: { slug: "northwind-events" } });
  const events = org
    ? await db.event.findMany({ where: { organizationId: org.id, slug: { in: Object.keys(SCRIPTS) } } })
    : [];
  const riverside = events.find((event) => event.slug === "riverside-jazz-fest");
  if (!org || !riverside) return { conversations: 0, skipped: "the demo organization is missing" };
  if (await db.supportConversation.findFirst({ where: { organizationId: org.id } })) {
    return { conversations: 0, skipped: "already seeded" };
  }
  const seedDay = demoSeedDay(riverside);
  let conversations = 0;
  for (const event of events) {
    const cast = await castOf(db, event.id);
    const scripts = [...(SCRIPTS[event.slug] ?? [])].sort((a, b) => b.daysAgo - a.daysAgo || a.hour - b.hour);
    for (const [index, script] of scripts.entries()) {
      const start = new Date(seedDay.getTime() - script.daysAgo * DAY_MS + script.hour * HOUR_MS);
      await playConversation(db, { event, script, cast, start, key: `demo-support:${event.slug}:${index}` });
      conversations++;
    }
  }
  await decideSupportItems(db, org.id, seedDay);
  return { conversations };
}

/** The event's paid, unrefunded orders of buyers with one order, under and over the refund limit. */
async function castOf(db: Db, eventId: string): Promise<Cast> {
  const policy = await supportPolicyFor(db, eventId);
  const orders = await db.order.findMany({
    where: { eventId, status: "paid", refundedCents: 0 },
    select: { reference: true, buyerEmail: true, totalCents: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const perBuyer = new Map<string, number>();
  for (const order of orders) perBuyer.set(order.buyerEmail, (perBuyer.get(order.buyerEmail) ?? 0) + 1);
  const all = orders.filter((order) => perBuyer.get(order.buyerEmail) === 1);
  return {
    small: all.filter((order) => order.totalCents <= policy.refundLimitCents),
    large: all.filter((order) => order.totalCents > policy.refundLimitCents),
    all,
  };
}

async function playConversation(
  db: Db,
  play: { event: Event; script: ConversationScript; cast: Cast; start: Date; key: string },
) {
  const { event, script, cast, start } = play;
  const order = "order" in script.sender ? (script.sender.large ? cast.large : cast.small)[script.sender.order] : null;
  if ("order" in script.sender && !order) throw new Error(`The demo has no order for ${play.key}`);
  const from = order ? order.buyerEmail : "email" in script.sender ? script.sender.email : "";
  // Someone else's order, for the privacy probes: from the far end of the list.
  const other = cast.all[cast.all.length - 1 - (play.key.length % 7)];
  let conversationId: string | undefined;
  for (const [n, text] of script.messages.entries()) {
    const now = new Date(start.getTime() + n * 4 * MINUTE_MS);
    const turn = await handleSupportMessage(db, {
      organizationId: event.organizationId,
      eventId: event.id,
      channel: script.channel,
      verified: script.channel !== "web",
      from,
      message: text.replaceAll("{ref}", order?.reference ?? "").replaceAll("{other}", other?.reference ?? ""),
      conversationId,
      now,
      // Code requests unkeyed: the confirmed code's reply is stored under the waiting message's key.
      idempotencyKey: script.code ? undefined : `${play.key}:${n}`,
    });
    conversationId = turn.conversationId;
    if (script.code && turn.needsVerification) {
      // The visitor reads the code in their mailbox (the local outbox) and types it two minutes later.
      await confirmVerificationCode(db, {
        conversationId,
        eventId: event.id,
        code: await emailedCode(db, conversationId, from),
        now: new Date(now.getTime() + 2 * MINUTE_MS),
      });
    }
  }
}

async function emailedCode(db: Db, conversationId: string, to: string) {
  const email = await db.emailMessage.findFirst({
    where: { idempotencyKey: { startsWith: SUPPORT_CODE_KEY_PREFIX }, to: { has: to } },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  const code = email ? /\b(\d{6})\b/.exec(email.text)?.[1] : undefined;
  if (!code) throw new Error(`No code was emailed for the demo conversation ${conversationId}`);
  return code;
}

/** The owner and the admin decide each support item the demo's past filed, in turn, three hours later. */
async function decideSupportItems(db: Db, organizationId: string, seedDay: Date) {
  const people = await db.membership.findMany({
    where: { organizationId, role: { in: ["owner", "admin"] } },
    select: { userId: true, role: true },
    orderBy: { role: "asc" },
  });
  const pending = await db.approval.findMany({
    where: { organizationId, status: "pending", createdAt: { lt: seedDay } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const [index, item] of pending.filter((item) => findTool(item.action)?.agent === "support").entries()) {
    const person = people[index % people.length];
    if (!person) return;
    const at = new Date(item.createdAt.getTime() + 3 * HOUR_MS);
    await decideApproval(
      db,
      { organizationId, userId: person.userId, role: person.role, source: "ui" },
      item.id,
      { decision: "approve" },
      findTool,
      { clock: () => at },
    );
  }
}
