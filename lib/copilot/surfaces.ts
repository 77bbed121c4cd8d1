/** Every chat surface: a new agent adds its folder's `chat.ts` here, and the chat and the planner follow. */
import { analyticsChat } from "@/lib/agents/analytics/chat";
import { operationsChat } from "@/lib/agents/operations/chat";
import { salesChat } from "@/lib/agents/sales/chat";
import { supportChat } from "@/lib/agents/support/chat";
import { platformChat } from "./platform-chat";
import type { AnyChatTool, ChatSurface } from "./surface";

export const SURFACES: readonly ChatSurface[] = [operationsChat, salesChat, supportChat, analyticsChat, platformChat];

export const CHAT_TOOLS: readonly AnyChatTool[] = SURFACES.flatMap((surface) => surface.tools);

export const CHAT_EXAMPLES = SURFACES.flatMap((surface) => surface.examples);

export function findChatTool(name: string): AnyChatTool | undefined {
  return CHAT_TOOLS.find((tool) => tool.name === name);
}
