import { orderByExternalId } from "@/lib/api/orders";
import { apiRoute, parseApi } from "@/lib/api/route";
import { orderQuery } from "@/lib/api/schemas";

/** An order of the key's organization by its external id: state, tickets, emails (docs/api.md). */
export const GET = apiRoute<undefined, { externalId: string }>({ scope: "orders:read" }, async (input) => {
  const { eventId } = parseApi(orderQuery, { eventId: input.url.searchParams.get("eventId") ?? undefined });
  const body = await orderByExternalId(input.db, input.principal, { eventId, externalId: input.params.externalId });
  return { status: 200, body };
});
