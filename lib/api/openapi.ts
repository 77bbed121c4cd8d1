import { z } from "zod";
import { apiError, importInput, importResult, orderResult, supportMessageInput, supportMessageResult } from "./schemas";
import { API_SCOPES } from "./scopes";

type JsonObject = Record<string, unknown>;

/**
 * One schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): requests as they are sent (`input`:
 * defaults optional), responses as they are answered. Named schemas move to components.
 */
function convert(schema: z.ZodType, io: "input" | "output", components: JsonObject) {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonObject;
  const { $schema: _dialect, $defs, ...rest } = json;
  const relink = (value: unknown) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonObject;
  for (const [name, definition] of Object.entries(($defs as JsonObject | undefined) ?? {})) {
    components[name] = relink(definition);
  }
  return relink(rest);
}

const json = (schema: JsonObject) => ({ "application/json": { schema } });

/** The OpenAPI 3.1 document of the public API, built from the zod schemas the routes parse with. */
export function buildOpenApi() {
  const schemas: JsonObject = {};
  const error = convert(apiError, "output", schemas);
  const errors = (...codes: number[]) =>
    Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/E${code}` }])) as Record<
      string,
      unknown
    >;
  const idempotencyKey = { $ref: "#/components/parameters/IdempotencyKey" };
  const replayed = {
    "Idempotent-Replayed": {
      description: "`true` when this is the stored answer to an earlier request with the key.",
      schema: { type: "string" },
    },
  };
  const responses = Object.fromEntries(
    Object.entries({
      400: "No Idempotency-Key, or the body is not JSON.",
      401: "Missing, unknown or revoked API key.",
      403: "The key lacks the scope this endpoint needs.",
      404: "Not found in the key's organization.",
      409: "A request with this Idempotency-Key is still running.",
      413: "The body is too large.",
      422: "A field is not valid (`fields` names each by its path), or the Idempotency-Key was used with another body.",
      500: "Something failed on our side; the requestId is in our logs.",
    }).map(([code, description]) => [`E${code}`, { description, content: json(error) }]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "EventOS public API",
      version: "1.0.0",
      description:
        "Feed events in from a ticketing system, answer attendees through the Support agent, read orders. See docs/api.md.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    paths: {
      "/import": {
        post: {
          operationId: "importEvent",
          summary: "Upsert an event, its ticket types, orders, knowledge base and support policy by external ids",
          description: "Scope `import`. One transaction: on any error nothing is written.",
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json(convert(importInput, "input", schemas)) },
          responses: {
            "200": {
              description: "The event existed and was updated.",
              headers: replayed,
              content: json(convert(importResult, "output", schemas)),
            },
            "201": {
              description: "The event was created.",
              headers: replayed,
              content: json({ $ref: "#/components/schemas/ImportResult" }),
            },
            ...errors(400, 401, 403, 409, 413, 422, 500),
          },
        },
      },
      "/events/{eventId}/support/messages": {
        post: {
          operationId: "sendSupportMessage",
          summary: "Send an attendee's message to the Support agent and get its reply",
          description:
            "Scope `support`. `from` is treated as verified, as the sender of an inbound email is: your system vouches that the attendee owns that address, so the agent acts on and discloses that address's orders only. Pass `conversationId` to continue a conversation with the same sender. A retry with the same Idempotency-Key acts once.",
          parameters: [
            { name: "eventId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
            idempotencyKey,
          ],
          requestBody: { required: true, content: json(convert(supportMessageInput, "input", schemas)) },
          responses: {
            "200": {
              description: "The agent's reply.",
              headers: replayed,
              content: json(convert(supportMessageResult, "output", schemas)),
            },
            ...errors(400, 401, 403, 404, 409, 413, 422, 500),
          },
        },
      },
      "/orders/{externalId}": {
        get: {
          operationId: "getOrder",
          summary: "An imported order: status, amounts, tickets and the emails sent about it",
          description: "Scope `orders:read`.",
          parameters: [
            { name: "externalId", in: "path", required: true, schema: { type: "string" } },
            { name: "eventId", in: "query", required: true, schema: { type: "string", format: "uuid" } },
          ],
          responses: {
            "200": { description: "The order.", content: json(convert(orderResult, "output", schemas)) },
            ...errors(401, 403, 404, 422, 500),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: `An API key from Settings or \`npm run api-key\`, with the scopes ${API_SCOPES.join(", ")}.`,
        },
      },
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: true,
          description: "Required on every POST: the same key and body get the stored answer, never a second write.",
          schema: { type: "string", minLength: 1, maxLength: 255 },
        },
      },
      responses,
      schemas,
    },
  };
}
