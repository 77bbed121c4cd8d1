/**
 * A stand-in for the Resend API at the edge of the machine: `POST /emails` with a bearer key and an
 * optional Idempotency-Key, answering like Resend (an id, or an error object with a status).
 * Attachments need a filename and base64 content, as Resend's API takes them.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = { idempotencyKey: string | undefined; body: Record<string, unknown> };

export async function startFakeResend(apiKey: string) {
  const received: ReceivedEmail[] = [];
  // Like Resend: a repeated Idempotency-Key answers the first response and sends nothing.
  const answered = new Map<string, string>();
  const outages: { status: number; name: string; message: string }[] = [];
  const server = createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      return reply(401, {
        statusCode: 401,
        name: "missing_api_key",
        message: "Missing API key in the authorization header",
      });
    }
    if (request.method !== "POST" || request.url !== "/emails") {
      return reply(404, { statusCode: 404, name: "not_found", message: "The requested endpoint does not exist." });
    }
    const body = JSON.parse(raw) as Record<string, unknown>;
    if (!String(body.from ?? "").includes("@")) {
      return reply(422, { statusCode: 422, name: "validation_error", message: "Invalid `from` field." });
    }
    const attachments = (body.attachments ?? []) as { filename?: unknown; content?: unknown }[];
    const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
    if (!attachments.every((file) => typeof file.filename === "string" && base64.test(String(file.content)))) {
      return reply(422, { statusCode: 422, name: "validation_error", message: "Invalid `attachments` field." });
    }
    const outage = outages.shift();
    if (outage) return reply(outage.status, { statusCode: outage.status, ...outage });
    const idempotencyKey = request.headers["idempotency-key"] as string | undefined;
    const earlier = idempotencyKey ? answered.get(idempotencyKey) : undefined;
    if (earlier) return reply(200, { id: earlier });
    received.push({ idempotencyKey, body });
    const id = randomUUID();
    if (idempotencyKey) answered.set(idempotencyKey, id);
    reply(200, { id });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** The next `count` requests fail with `status` (503: an outage; 422: a refused message). */
    fail(count: number, status = 503) {
      const name = status === 422 ? "validation_error" : "application_error";
      for (let i = 0; i < count; i++) outages.push({ status, name, message: `Fake Resend answered ${status}` });
    },
    close: () => server.close(),
  };
}
