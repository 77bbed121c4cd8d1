import { buildOpenApi } from "@/lib/api/openapi";

/** The OpenAPI 3.1 document of the public API (the same as docs/openapi.json); no key needed. */
export function GET() {
  return Response.json(buildOpenApi());
}
