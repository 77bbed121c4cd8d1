import { z } from "zod";
import { defineTool } from "../../core/tool";
import { requireEvent } from "../../event";
import { searchKnowledge } from "../knowledge";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  query: z.string().trim().min(2, { error: "Say what to look for." }).max(500),
  limit: z.number().int().min(1).max(10).default(3),
});

/** The event's knowledge-base passages that answer a question, best first, with their article ids. */
export const searchKnowledgeBase = defineTool({
  name: "search_knowledge_base",
  agent: "support",
  description:
    "Search the event's knowledge base (full-text ranking, plus vector similarity when an embedding model is configured); returns the best passage of each matching article with its id and title.",
  input,
  kind: "read",
  activityType: "knowledge_base_searched",
  async run(deps, args) {
    const event = await requireEvent(deps, args.eventId);
    const passages = await searchKnowledge(deps.db, {
      organizationId: deps.organizationId,
      eventId: event.id,
      query: args.query,
      limit: args.limit,
    });
    return { passages };
  },
});
