import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { call, orgWithKey, sampleImport } from "@/tests/api-client";
import { testDb } from "@/tests/db";

const db = testDb();
const post = (key: string, body: unknown) => call(importRoute, { path: "/api/v1/import", key, body });

describe("POST /api/v1/import", () => {
  it("creates the event, then updates it by external ids", async () => {
    const { key, org } = await orgWithKey(db, ["import"]);
    const created = await post(key, sampleImport());
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      slug: "lisbon-data-summit-2027",
      event: "created",
      ticketTypes: { created: 2, updated: 0 },
      orders: { created: 2, updated: 0 },
      tickets: { created: 3, updated: 0 },
      knowledgeBase: { created: 2, updated: 0 },
      supportPolicy: "created",
    });
    const eventId = created.json.eventId as string;
    const order = await db.order.findFirstOrThrow({
      where: { eventId, externalId: "ord_1" },
      include: { tickets: true },
    });
    expect(order).toMatchObject({ buyerEmail: "maria@example.com", totalCents: 49_800, status: "paid" });
    expect(order.tickets.map((ticket) => ticket.pricePaidCents)).toEqual([24_900, 24_900]);
    expect(await db.supportPolicy.findUniqueOrThrow({ where: { eventId } })).toMatchObject({
      refundLimitCents: 50_000,
    });

    const next = sampleImport();
    next.orders?.[0]?.tickets?.push({
      externalId: "tkt_4",
      ticketTypeExternalId: "tt_vip",
      holderName: "Rui",
      holderEmail: "rui@example.com",
    });
    const firstOrder = next.orders?.[0];
    if (firstOrder?.tickets?.[1]) firstOrder.tickets[1].holderName = "João P. Costa";
    next.knowledgeBase?.push({ title: "Food", body: "Vegetarian options at every stand." });
    const [changedArticle] = next.knowledgeBase ?? [];
    if (changedArticle) changedArticle.body = `${changedArticle.body} Updated.`;
    await db.knowledgeArticle.updateMany({ where: { eventId }, data: { embedding: [0.5, 0.5] } });
    const updated = await post(key, next);
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      eventId,
      slug: "lisbon-data-summit-2027",
      event: "updated",
      ticketTypes: { created: 0, updated: 2 },
      orders: { created: 0, updated: 2 },
      tickets: { created: 1, updated: 3 },
      knowledgeBase: { created: 1, updated: 2 },
      supportPolicy: "updated",
    });
    expect(await db.event.count({ where: { organizationId: org.id } })).toBe(1);
    // The changed article's embedding is cleared for re-indexing; the unchanged one keeps its own.
    const embeddings = await db.knowledgeArticle.findMany({ where: { eventId }, orderBy: { title: "asc" } });
    expect(embeddings.map((article) => [article.title, article.embedding])).toEqual(
      expect.arrayContaining([
        [changedArticle?.title, []],
        [next.knowledgeBase?.[1]?.title, [0.5, 0.5]],
      ]),
    );
    expect(await db.ticket.count({ where: { eventId } })).toBe(4);
    expect(await db.ticket.findFirstOrThrow({ where: { eventId, externalId: "tkt_2" } })).toMatchObject({
      attendeeName: "João P. Costa",
    });
  });

  it("gives a second event with the same name a free slug", async () => {
    const { key } = await orgWithKey(db, ["import"]);
    await post(key, sampleImport("a"));
    const second = await post(key, sampleImport("b"));
    expect(second.json.slug).toBe("lisbon-data-summit-2027-2");
  });

  it("rejects a bad reference with the field path and writes nothing", async () => {
    const { key, org } = await orgWithKey(db, ["import"]);
    const body = sampleImport();
    const ticket = body.orders?.[1]?.tickets?.[0];
    if (ticket) ticket.ticketTypeExternalId = "tt_missing";
    const response = await post(key, body);
    expect(response.status).toBe(422);
    expect(response.json.error).toMatchObject({
      code: "validation",
      message:
        "orders[1].tickets[0].ticketTypeExternalId: no ticket type with that externalId in this import or the event",
    });
    expect(await db.event.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.apiIdempotencyRecord.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("names a malformed field by its path", async () => {
    const { key, org } = await orgWithKey(db, ["import"]);
    const body = sampleImport();
    const ticket = body.orders?.[0]?.tickets?.[1];
    if (ticket) ticket.holderEmail = "not-an-email";
    body.event.timezone = "Mars/Olympus";
    const response = await post(key, body);
    expect(response.status).toBe(422);
    const fields = (response.json.error as { fields: Record<string, string[]> }).fields;
    expect(fields["orders[0].tickets[1].holderEmail"]).toEqual(["Must be an email address."]);
    expect(fields["event.timezone"]).toEqual(["Must be an IANA time zone, e.g. Europe/Lisbon."]);
    expect(await db.event.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("refuses a ticket that belongs to another order of the event", async () => {
    const { key } = await orgWithKey(db, ["import"]);
    await post(key, sampleImport());
    const body = sampleImport();
    const moved = body.orders?.[0]?.tickets?.[0];
    if (moved) body.orders?.[1]?.tickets?.push(moved);
    const response = await post(key, body);
    expect(response.status).toBe(422);
    expect((response.json.error as { fields: object }).fields).toHaveProperty("orders[1].tickets[1].externalId");
  });

  it("keeps what EventOS did: a refund's status and a transferred ticket stay", async () => {
    const { key } = await orgWithKey(db, ["import"]);
    const { json } = await post(key, sampleImport());
    const eventId = json.eventId as string;
    await db.order.updateMany({
      where: { eventId, externalId: "ord_2" },
      data: { status: "refunded", refundedCents: 59_900 },
    });
    await db.ticket.updateMany({ where: { eventId, externalId: "tkt_3" }, data: { status: "transferred" } });
    const body = sampleImport();
    const ticket = body.orders?.[1]?.tickets?.[0];
    if (ticket) ticket.holderName = "Someone Else";
    await post(key, body);
    expect(await db.order.findFirstOrThrow({ where: { eventId, externalId: "ord_2" } })).toMatchObject({
      status: "refunded",
      refundedCents: 59_900,
    });
    expect(await db.ticket.findFirstOrThrow({ where: { eventId, externalId: "tkt_3" } })).toMatchObject({
      attendeeName: "Lee Park",
      status: "transferred",
    });
  });
});
