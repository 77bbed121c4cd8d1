import { z } from "zod";
import { type Env, env } from "@/lib/env";

/** Turns texts into vectors. Knowledge search uses one when an embedding model is configured. */
export interface Embedder {
  model: string;
  embed(texts: string[]): Promise<number[][]>;
}

const response = z.object({
  data: z.array(z.object({ index: z.number().int(), embedding: z.array(z.number()) })),
});

/** An OpenAI-compatible `POST /embeddings` (OpenAI, Ollama, vLLM…). */
export function openAIEmbedder(options: { apiKey: string; baseUrl?: string; model: string }): Embedder {
  const base = (options.baseUrl ?? "https://api.openai.com/v1").replace(/\/+$/, "");
  return {
    model: options.model,
    async embed(texts) {
      if (texts.length === 0) return [];
      const reply = await fetch(`${base}/embeddings`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify({ model: options.model, input: texts }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!reply.ok) throw new Error(`The embedding API answered ${reply.status}.`);
      const parsed = response.parse(await reply.json());
      const vectors: number[][] = [];
      for (const item of parsed.data) vectors[item.index] = item.embedding;
      if (vectors.length !== texts.length || vectors.some((vector) => !vector)) {
        throw new Error("The embedding API did not answer one vector per text.");
      }
      return vectors;
    },
  };
}

/** The configured embedder, or null (full-text ranking only). */
export function configuredEmbedder(config: Env = env): Embedder | null {
  if (!config.OPENAI_API_KEY || !config.OPENAI_EMBEDDING_MODEL) return null;
  return openAIEmbedder({
    apiKey: config.OPENAI_API_KEY,
    baseUrl: config.OPENAI_BASE_URL,
    model: config.OPENAI_EMBEDDING_MODEL,
  });
}

export function cosineSimilarity(a: number[], b: number[]) {
  if (a.length === 0 || a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
