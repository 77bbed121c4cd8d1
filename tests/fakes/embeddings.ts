/**
 * A stand-in for an OpenAI-compatible embeddings API at the edge of the machine: `POST /v1/embeddings`
 * `{ model, input: string[] }` answered as `{ object: "list", data: [{ object: "embedding", index,
 * embedding }], model, usage }`. Vectors count the concepts a text names (a tiny thesaurus, so
 * "rucksack" and "backpack" land together as a real model would put them), normalised.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const CONCEPTS: string[][] = [
  ["bag", "bags", "backpack", "backpacks", "rucksack", "rucksacks", "luggage"],
  ["refund", "refunds", "money", "reimburse", "reimbursement"],
  ["transfer", "transfers", "colleague", "name", "change"],
  ["parking", "car", "drive", "park"],
  ["wheelchair", "accessible", "accessibility", "step-free"],
  ["food", "lunch", "vegan", "meal", "meals"],
];

export function fakeEmbedding(text: string) {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const vector = CONCEPTS.map((concept) => words.filter((word) => concept.includes(word)).length);
  vector.push(0.1); // never all zeros
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  return vector.map((x) => x / norm);
}

export async function startFakeEmbeddings() {
  const requests: { model: string; input: string[] }[] = [];
  const server = createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    if (request.method !== "POST" || request.url !== "/v1/embeddings") {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ error: { message: `Unknown route ${request.url}`, type: "invalid_request_error" } }),
      );
      return;
    }
    const body = JSON.parse(raw) as { model: string; input: string | string[] };
    const input = Array.isArray(body.input) ? body.input : [body.input];
    requests.push({ model: body.model, input });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        object: "list",
        data: input.map((text, index) => ({ object: "embedding", index, embedding: fakeEmbedding(text) })),
        model: body.model,
        usage: { prompt_tokens: input.join(" ").length / 4, total_tokens: input.join(" ").length / 4 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
