import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { createApiKey } from "@/lib/api/keys";
import type { importInput } from "@/lib/api/schemas";
import type { Db } from "@/lib/db/client";
import { uniqueOrganization } from "@/tests/db";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** An organization with an API key of the given scopes, made by the operator command's path. */
export async function orgWithKey(db: Db, scopes: string[] = ["import", "support", "orders:read"]) {
  const org = await uniqueOrganization(db, "API Org");
  const created = await createApiKey(db, {
    organizationId: org.id,
    name: "Ticketing",
    scopes,
    actor: { type: "operator", name: "test" },
  });
  return { org, key: created.key, keyId: created.id };
}

/** Calls a route handler the way Next does: a Request, and the dynamic params as a promise. */
export async function call<P = Record<string, never>>(
  handler: Handler<P>,
  options: {
    method?: "GET" | "POST";
    path: string;
    key?: string | null;
    body?: unknown;
    idempotencyKey?: string | null;
    params?: P;
  },
) {
  const headers = new Headers({ "content-type": "application/json" });
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  if (method === "POST" && options.idempotencyKey !== null) {
    headers.set("idempotency-key", options.idempotencyKey ?? randomUUID());
  }
  const request = new Request(`http://localhost${options.path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

/** A small import as a ticketing system would send it (tests, docs/api.md's example). */
export function sampleImport(externalId = "evt_1001"): z.input<typeof importInput> {
  return {
    event: {
      externalId,
      name: "Lisbon Data Summit 2027",
      startsAt: "2027-05-20T09:00:00+01:00",
      timezone: "Europe/Lisbon",
      currency: "EUR",
      capacity: 800,
    },
    ticketTypes: [
      { externalId: "tt_ga", name: "General admission", priceCents: 24_900 },
      { externalId: "tt_vip", name: "VIP", priceCents: 59_900 },
    ],
    orders: [
      {
        externalId: "ord_1",
        email: "Maria@Example.com",
        name: "Maria Silva",
        totalCents: 49_800,
        tickets: [
          {
            externalId: "tkt_1",
            ticketTypeExternalId: "tt_ga",
            holderName: "Maria Silva",
            holderEmail: "maria@example.com",
          },
          {
            externalId: "tkt_2",
            ticketTypeExternalId: "tt_ga",
            holderName: "João Costa",
            holderEmail: "joao@example.com",
          },
        ],
      },
      {
        externalId: "ord_2",
        email: "lee@example.com",
        name: "Lee Park",
        totalCents: 59_900,
        tickets: [
          {
            externalId: "tkt_3",
            ticketTypeExternalId: "tt_vip",
            holderName: "Lee Park",
            holderEmail: "lee@example.com",
          },
        ],
      },
    ],
    knowledgeBase: [
      { title: "Bags and backpacks", body: "Small backpacks are allowed; bags are checked at the entrance." },
      { title: "Getting there", body: "The venue is a 5-minute walk from the Oriente metro station." },
    ],
    supportPolicy: {
      refundTiers: [
        { minDaysBefore: 30, percent: 100 },
        { minDaysBefore: 14, percent: 50 },
      ],
      transfer: { allowed: true, minDaysBefore: 2, feeCents: 0 },
      refundLimitCents: 50_000,
    },
  };
}
