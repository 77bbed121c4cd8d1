/**
 * The local engine's event API, at the address the SDK sends events to (`inngest.send`,
 * `step.sendEvent`): `POST /e/<event key>`. `GET /dev` says which engine answers, so the app (and a
 * second `npm run dev`) can tell it from a real Inngest dev server.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { z } from "zod";
import type { LocalEngine } from "./engine";

const eventSchema = z.object({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).optional(),
  id: z.string().min(1).optional(),
  ts: z.number().optional(),
  user: z.unknown().optional(),
});

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function startEventApi(engine: LocalEngine, options: { port: number; host?: string; eventKey?: string }) {
  const server = createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? "/", "http://engine");
    if (request.method === "GET" && (url.pathname === "/dev" || url.pathname === "/health")) {
      return reply(200, engine.describe());
    }
    const key = /^\/e\/([^/]+)$/.exec(url.pathname)?.[1];
    if (request.method !== "POST" || key === undefined) return reply(404, { error: "Not found", status: 404 });
    if (options.eventKey && decodeURIComponent(key) !== options.eventKey) {
      return reply(401, { error: "Unknown event key", status: 401 });
    }
    let parsed: z.infer<typeof eventSchema>[];
    try {
      const raw = JSON.parse(await readBody(request)) as unknown;
      parsed = z.array(eventSchema).parse([raw].flat());
    } catch (error) {
      return reply(400, {
        error: `Invalid events: ${error instanceof Error ? error.message : String(error)}`,
        status: 400,
      });
    }
    try {
      return reply(200, { ids: await engine.ingest(parsed), status: 200 });
    } catch (error) {
      return reply(500, { error: `Could not store the events: ${String(error)}`, status: 500 });
    }
  });
  return new Promise<Server>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve(server));
  });
}
