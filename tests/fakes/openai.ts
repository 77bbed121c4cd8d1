/**
 * A stand-in for an OpenAI-compatible API at the edge of the machine: `POST /v1/chat/completions` with
 * `stream: true`, answering in the real server-sent-event chunk format, with streamed tool calls.
 * Each request is answered by the script: a tool call, or text. Asked for usage
 * (`stream_options.include_usage`), it ends with the usage chunk real servers send; the tokens it
 * reported are kept in `usage` (about four characters a token).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type ChatRequest = {
  model: string;
  stream_options?: { include_usage?: boolean };
  messages: { role: string; content?: unknown; tool_calls?: unknown[] }[];
  tools?: { function: { name: string } }[];
};
export type ScriptedReply = { toolCall: { name: string; arguments: Record<string, unknown> } } | { text: string };

export async function startFakeOpenAI(script: (request: ChatRequest) => ScriptedReply) {
  const requests: ChatRequest[] = [];
  const usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number }[] = [];
  const server = createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    if (request.method !== "POST" || request.url !== "/v1/chat/completions") {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ error: { message: `Unknown route ${request.url}`, type: "invalid_request_error" } }),
      );
      return;
    }
    const body = JSON.parse(raw) as ChatRequest;
    requests.push(body);
    const reply = script(body);
    const id = `chatcmpl-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (delta: object, finishReason: string | null = null) =>
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: body.model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    if ("toolCall" in reply) {
      const args = JSON.stringify(reply.toolCall.arguments);
      const callId = `call_${requests.length}`;
      response.write(
        chunk({
          role: "assistant",
          content: null,
          tool_calls: [
            { index: 0, id: callId, type: "function", function: { name: reply.toolCall.name, arguments: "" } },
          ],
        }),
      );
      // Arguments arrive in pieces, as real servers stream them.
      for (let at = 0; at < args.length; at += 12) {
        response.write(chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(at, at + 12) } }] }));
      }
      response.write(chunk({}, "tool_calls"));
    } else {
      response.write(chunk({ role: "assistant", content: "" }));
      for (const word of reply.text.split(/(?<= )/)) response.write(chunk({ content: word }));
      response.write(chunk({}, "stop"));
    }
    if (body.stream_options?.include_usage) {
      const prompt = Math.ceil(JSON.stringify(body.messages).length / 4);
      const completion = Math.ceil(JSON.stringify(reply).length / 4);
      const counted = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
      usage.push(counted);
      response.write(
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: body.model, choices: [], usage: counted })}\n\n`,
      );
    }
    response.end("data: [DONE]\n\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, requests, usage, close: () => server.close() };
}
