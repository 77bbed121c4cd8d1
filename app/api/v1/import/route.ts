import { importEvent } from "@/lib/api/import";
import { apiRoute } from "@/lib/api/route";
import { importInput } from "@/lib/api/schemas";

/** A ticketing system feeds an event in: upsert by external ids, one transaction (docs/api.md). */
export const POST = apiRoute({ scope: "import", body: importInput, maxBytes: 10_000_000 }, async (input) => {
  const result = await importEvent(input.db, input.body, input.principal);
  return { status: result.event === "created" ? 201 : 200, body: result };
});
