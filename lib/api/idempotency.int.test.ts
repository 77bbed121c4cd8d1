import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { call, orgWithKey, sampleImport } from "@/tests/api-client";
import { testDb } from "@/tests/db";
import { withIdempotency } from "./idempotency";

const db = testDb();

describe("Idempotency-Key on every POST", () => {
  it("is required", async () => {
    const { key, org } = await orgWithKey(db);
    const response = await call(importRoute, {
      path: "/api/v1/import",
      key,
      body: sampleImport(),
      idempotencyKey: null,
    });
    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({ message: expect.stringContaining("Idempotency-Key") });
    expect(await db.event.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("replays the first answer for the same body and writes once", async () => {
    const { key, org } = await orgWithKey(db);
    const idempotencyKey = randomUUID();
    const first = await call(importRoute, { path: "/api/v1/import", key, body: sampleImport(), idempotencyKey });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    // Same body with its keys in another order: the canonical form is the same.
    const { orders, event, ...rest } = sampleImport();
    const again = await call(importRoute, {
      path: "/api/v1/import",
      key,
      body: { orders, ...rest, event },
      idempotencyKey,
    });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.json).toEqual(first.json);
    expect(await db.order.count({ where: { event: { organizationId: org.id } } })).toBe(2);
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: "api.import" } })).toBe(1);
  });

  it("refuses the same key with another body", async () => {
    const { key, org } = await orgWithKey(db);
    const idempotencyKey = randomUUID();
    await call(importRoute, { path: "/api/v1/import", key, body: sampleImport(), idempotencyKey });
    const other = sampleImport();
    other.event.name = "Another name";
    const response = await call(importRoute, { path: "/api/v1/import", key, body: other, idempotencyKey });
    expect(response.status).toBe(422);
    expect(response.json.error).toMatchObject({ message: expect.stringMatching(/different body/) });
    expect((await db.event.findFirstOrThrow({ where: { organizationId: org.id } })).name).toBe(
      "Lisbon Data Summit 2027",
    );
  });

  it("keys are per organization: another organization may use the same key", async () => {
    const idempotencyKey = randomUUID();
    const a = await orgWithKey(db);
    const b = await orgWithKey(db);
    expect(
      (await call(importRoute, { path: "/api/v1/import", key: a.key, body: sampleImport(), idempotencyKey })).status,
    ).toBe(201);
    const other = await call(importRoute, { path: "/api/v1/import", key: b.key, body: sampleImport(), idempotencyKey });
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
  });

  it("runs one of two concurrent requests; the other is told it is in progress", async () => {
    const { org } = await orgWithKey(db);
    let runs = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const claim = { organizationId: org.id, key: randomUUID(), route: "POST /test", body: { a: 1 } };
    const first = withIdempotency(db, claim, async () => {
      runs++;
      await gate;
      return { status: 200, body: { ok: true } };
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(withIdempotency(db, claim, async () => ({ status: 200, body: { runs: ++runs } }))).rejects.toThrow(
      /in progress/,
    );
    release();
    expect((await first).status).toBe(200);
    const replay = await withIdempotency(db, claim, async () => ({ status: 200, body: { runs: ++runs } }));
    expect(await replay.json()).toEqual({ ok: true });
    expect(runs).toBe(1);
  });

  it("releases the key when the handler fails, so a corrected request may reuse it", async () => {
    const { org } = await orgWithKey(db);
    const claim = { organizationId: org.id, key: randomUUID(), route: "POST /test", body: { a: 1 } };
    await expect(
      withIdempotency(db, claim, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const retry = await withIdempotency(db, claim, async () => ({ status: 201, body: { ok: 1 } }));
    expect(retry.status).toBe(201);
  });
});
