import { createOpenAI } from "@ai-sdk/openai";
import { type Env, env } from "@/lib/env";

/**
 * A model that writes text from a system prompt and a brief: the Sales agent's proposals, the Support
 * agent's phrased replies. Every caller checks what comes back against its own facts.
 */
export type TextModel = (system: string, brief: string) => Promise<string>;

/** The configured OpenAI-compatible chat model as a TextModel, or null when none is configured (offline). */
export function configuredTextModel(config: Env = env): TextModel | null {
  if (!config.OPENAI_API_KEY) return null;
  const model = createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL }).chat(
    config.OPENAI_MODEL,
  );
  return async (system, brief) => {
    // Streamed, like the copilot's agent, so any server that serves the copilot serves this too.
    const { stream } = await model.doStream({
      prompt: [
        { role: "system", content: system },
        { role: "user", content: [{ type: "text", text: brief }] },
      ],
      temperature: 0.4,
      maxOutputTokens: 1_000,
      abortSignal: AbortSignal.timeout(30_000),
    });
    const reader = stream.getReader();
    let text = "";
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      if (read.value.type === "error") throw read.value.error;
      if (read.value.type === "text-delta") text += read.value.delta;
    }
    return text;
  };
}
