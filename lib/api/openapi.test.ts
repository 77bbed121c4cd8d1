import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApi } from "./openapi";

describe("docs/openapi.json", () => {
  it("is what `npm run openapi` generates from the zod schemas (run it after changing them)", () => {
    const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../docs/openapi.json"), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(buildOpenApi())));
  });

  it("describes every v1 endpoint, and every reference resolves", () => {
    const document = buildOpenApi();
    expect(Object.keys(document.paths)).toEqual([
      "/import",
      "/events/{eventId}/support/messages",
      "/orders/{externalId}",
    ]);
    const text = JSON.stringify(document);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/([^"]+)"/g)) {
      expect(document.components[kind as keyof typeof document.components], `${kind}/${name}`).toHaveProperty(
        name as string,
      );
    }
    expect(document.components.schemas).toHaveProperty("ImportRequest.properties.orders.items.properties.tickets");
  });
});
