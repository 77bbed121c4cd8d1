import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { GET as orderRoute } from "@/app/api/v1/orders/[externalId]/route";
import { queueEmail } from "@/lib/email/send";
import { call, orgWithKey, sampleImport } from "@/tests/api-client";
import { testDb } from "@/tests/db";

const db = testDb();
const get = (key: string, externalId: string, eventId: string) =>
  call(orderRoute, { path: `/api/v1/orders/${externalId}?eventId=${eventId}`, key, params: { externalId } });

describe("GET /api/v1/orders/{externalId}", () => {
  it("answers the order's state, tickets and the emails about it", async () => {
    const { key, org } = await orgWithKey(db, ["import", "orders:read"]);
    const eventId = (await call(importRoute, { path: "/api/v1/import", key, body: sampleImport() })).json
      .eventId as string;
    await db.order.updateMany({
      where: { eventId, externalId: "ord_1" },
      data: { refundedCents: 24_900, status: "partially_refunded" },
    });
    await queueEmail(db, {
      organizationId: org.id,
      eventId,
      idempotencyKey: `test-ticket-${eventId}`,
      to: ["joao@example.com", "someone-else@example.com"],
      subject: "Your ticket",
      text: "…",
    });
    await queueEmail(db, {
      organizationId: org.id,
      eventId,
      idempotencyKey: `test-other-${eventId}`,
      to: ["lee@example.com"],
      subject: "About order 2",
      text: "…",
    });
    const response = await get(key, "ord_1", eventId);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      externalId: "ord_1",
      status: "partially_refunded",
      currency: "EUR",
      totalCents: 49_800,
      refundedCents: 24_900,
      buyer: { name: "Maria Silva", email: "maria@example.com" },
      tickets: [
        { externalId: "tkt_1", holderName: "Maria Silva", holderEmail: "maria@example.com", status: "valid" },
        { externalId: "tkt_2", holderName: "João Costa", holderEmail: "joao@example.com", status: "valid" },
      ],
      emails: [{ subject: "Your ticket", to: ["joao@example.com"], status: "queued", sentAt: null }],
    });
  });

  it("is scoped to the key's organization: another organization's key gets 404", async () => {
    const owner = await orgWithKey(db, ["import", "orders:read"]);
    const eventId = (await call(importRoute, { path: "/api/v1/import", key: owner.key, body: sampleImport() })).json
      .eventId as string;
    const stranger = await orgWithKey(db, ["orders:read"]);
    const response = await get(stranger.key, "ord_1", eventId);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.json)).not.toContain("maria");
    expect((await get(owner.key, "ord_404", eventId)).status).toBe(404);
    const badEvent = await get(owner.key, "ord_1", "not-a-uuid");
    expect(badEvent.status).toBe(422);
    expect((badEvent.json.error as { fields: object }).fields).toHaveProperty("eventId");
  });
});
