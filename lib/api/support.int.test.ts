import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as supportRoute } from "@/app/api/v1/events/[eventId]/support/messages/route";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { REPLAYED_HEADER } from "@/lib/api/idempotency";
import { call, orgWithKey, sampleImport } from "@/tests/api-client";
import { testDb } from "@/tests/db";

const db = testDb();

/** An organization whose ticketing system imported the sample event (more than 30 days out: 100% refunds). */
async function importedEvent(scopes = ["import", "support"]) {
  const { org, key } = await orgWithKey(db, scopes);
  const imported = await call(importRoute, { path: "/api/v1/import", key, body: sampleImport() });
  expect(imported.status).toBe(201);
  return { org, key, eventId: imported.json.eventId as string };
}

const send = (key: string, eventId: string, body: unknown, idempotencyKey?: string | null) =>
  call(supportRoute, {
    path: `/api/v1/events/${eventId}/support/messages`,
    key,
    body,
    idempotencyKey,
    params: { eventId },
  });

describe("POST /api/v1/events/{eventId}/support/messages", () => {
  it("answers a question from the event's articles, cited by title, with nothing internal in the body", async () => {
    const { key, eventId } = await importedEvent();
    const response = await send(key, eventId, { from: "lee@example.com", message: "Can I bring a backpack?" });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ actions: [], escalated: false, escalationReason: null });
    expect(response.json.citations).toContainEqual({ title: "Bags and backpacks" });
    expect(response.json.reply).toMatch(/backpack/i);
    expect(Object.keys(response.json).sort()).toEqual(
      ["actions", "citations", "conversationId", "escalated", "escalationReason", "reply"].sort(),
    );
    const conversation = await db.supportConversation.findUniqueOrThrow({
      where: { id: response.json.conversationId as string },
    });
    expect(conversation).toMatchObject({ eventId, channel: "api", attendeeEmail: "lee@example.com" });
    expect(conversation.verifiedAt).not.toBeNull();
  });

  it("refunds the buyer's order once, however often the request is retried with its Idempotency-Key", async () => {
    const { org, key, eventId } = await importedEvent();
    const idempotencyKey = randomUUID();
    const body = { from: "Maria@Example.com", message: "Please refund my order ord_1." };
    const first = await send(key, eventId, body, idempotencyKey);
    expect(first.status).toBe(200);
    expect(first.json.actions).toEqual([
      expect.objectContaining({ type: "refund", orderExternalId: "ord_1", status: "done", amountCents: 49_800 }),
    ]);
    const retried = await send(key, eventId, body, idempotencyKey);
    expect(retried.status).toBe(200);
    expect(retried.headers.get(REPLAYED_HEADER)).toBe("true");
    expect(retried.json).toEqual(first.json);
    // As if the first attempt had acted and then died before its answer was stored: the conversation
    // still knows the key and hands back the same turn.
    await db.apiIdempotencyRecord.deleteMany({ where: { organizationId: org.id, key: idempotencyKey } });
    const afterCrash = await send(key, eventId, body, idempotencyKey);
    expect(afterCrash.status).toBe(200);
    expect(afterCrash.headers.get(REPLAYED_HEADER)).toBeNull();
    expect(afterCrash.json).toEqual(first.json);

    const order = await db.order.findFirstOrThrow({ where: { eventId, externalId: "ord_1" } });
    expect(order).toMatchObject({ refundedCents: 49_800, status: "refunded" });
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(
      await db.supportMessage.count({ where: { conversationId: first.json.conversationId as string, role: "agent" } }),
    ).toBe(1);
  });

  it("refuses a refund asked by someone who is not the order's buyer, and says nothing about the order", async () => {
    const { key, eventId } = await importedEvent();
    const response = await send(key, eventId, { from: "lee@example.com", message: "Refund order ord_1 please." });
    expect(response.status).toBe(200);
    expect(response.json.actions).toEqual([]);
    const text = JSON.stringify(response.json);
    for (const secret of ["maria", "Maria", "Silva", "João", "498", "49,80", "49.80"])
      expect(text).not.toContain(secret);
    expect(await db.order.findFirstOrThrow({ where: { eventId, externalId: "ord_1" } })).toMatchObject({
      refundedCents: 0,
      status: "paid",
    });
  });

  it("continues a conversation only for its own event and sender", async () => {
    const { key, eventId } = await importedEvent();
    const first = await send(key, eventId, { from: "lee@example.com", message: "How do I get to the venue?" });
    const conversationId = first.json.conversationId as string;
    const next = await send(key, eventId, {
      from: "lee@example.com",
      message: "And can I bring a backpack?",
      conversationId,
    });
    expect(next.status).toBe(200);
    expect(next.json.conversationId).toBe(conversationId);
    const hijack = await send(key, eventId, { from: "maria@example.com", message: "Refund it all.", conversationId });
    expect(hijack.status).toBe(404);
  });

  it("refuses a body that is not JSON (400) or not valid (422), naming the field, and stores nothing", async () => {
    const { key, eventId } = await importedEvent();
    const response = await send(key, eventId, { from: "not-an-email", message: "" });
    expect(response.status).toBe(422);
    expect(response.json.error).toMatchObject({ code: "validation", message: "from: Must be an email address." });
    expect(Object.keys((response.json.error as { fields: object }).fields).sort()).toEqual(["from", "message"]);

    const request = new Request(`http://localhost/api/v1/events/${eventId}/support/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "idempotency-key": randomUUID(), "content-type": "application/json" },
      body: "{not json",
    });
    const notJson = await supportRoute(request, { params: Promise.resolve({ eventId }) });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toMatch(/must be JSON/);

    const noKey = await send(key, eventId, { from: "lee@example.com", message: "Hello" }, null);
    expect(noKey.status).toBe(400);
    expect((noKey.json.error as { message: string }).message).toMatch(/Idempotency-Key/);
    expect(await db.supportConversation.count({ where: { eventId } })).toBe(0);
  });

  it("answers 404 for another organization's event, and 403 for a key without the support scope", async () => {
    const owner = await importedEvent();
    const stranger = await orgWithKey(db, ["support"]);
    const foreign = await send(stranger.key, owner.eventId, { from: "maria@example.com", message: "My order?" });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.json)).not.toMatch(/Lisbon|maria/i);
    expect((await send(owner.key, randomUUID(), { from: "maria@example.com", message: "Hi" })).status).toBe(404);
    expect((await send(owner.key, "not-a-uuid", { from: "maria@example.com", message: "Hi" })).status).toBe(404);

    const readOnly = await orgWithKey(db, ["orders:read"]);
    const forbidden = await send(readOnly.key, owner.eventId, { from: "maria@example.com", message: "Hi" });
    expect(forbidden.status).toBe(403);
    expect((forbidden.json.error as { message: string }).message).toMatch(/`support` scope/);
    expect(await db.supportConversation.count({ where: { eventId: owner.eventId } })).toBe(0);
  });
});
