import type { Message } from "@ag-ui/core";

/** The words of a chat message, whether its content is a string or a list of parts. */
export function textOf(message: Message | undefined): string {
  if (!message) return "";
  const content = (message as { content?: unknown }).content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part?.text === "string" ? part.text : "")).join(" ");
  }
  return "";
}
