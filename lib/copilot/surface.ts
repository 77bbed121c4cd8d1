/**
 * The shape every agent plugs into the chat with. Each agent folder declares its chat surface (its
 * `chat.ts`): the tools it exposes, example requests with the tool and arguments they map to, and how
 * its results are put into words. The planner is trained on the examples, the model gets the tools and
 * the examples as hints, and the examples are the planner's test table.
 */
import type { z } from "zod";
import type { Caller } from "@/lib/agents/core/gate";
import type { Db } from "@/lib/db/client";
import type { AgentId } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { Formatter } from "@/lib/format";
import type { ChatResult } from "./answer";

/**
 * Who asks, bound on the server: the organization, user and role come from the session. `requestKey`
 * names a confirmed chat request, so a tool making one gate call can key it and act once. `activities`
 * collects the agent actions a chat turn logs, for the model's tokens (lib/copilot/usage.ts). `format` is
 * the request's formatter: the organization's locale and the viewer's zone, read once per request.
 */
export type ChatContext = { db: Db; caller: Caller; format: Formatter; requestKey?: string; activities?: string[] };

/**
 * What a tool does to the world. `read` answers; `write` changes EventOS only (through the gate);
 * `outward` starts work that reaches people or changes how the agents act (emails, a campaign, a mode
 * change): the chat asks the person to confirm it before anything starts.
 */
export type ChatEffect = "read" | "write" | "outward";

export type ChatTool<Args extends Record<string, unknown> = Record<string, unknown>> = {
  name: string;
  description: string;
  parameters: z.ZodType<Args>;
  effect: ChatEffect;
  /** The request in its plainest words, `{event}` standing for the event's name: the text of a choice button. */
  phrase: string;
  run(context: ChatContext, args: Args): Promise<ChatResult>;
  /** Outward tools: what will happen, in which mode, to how many, shown on the confirmation card. */
  confirm?(context: ChatContext, args: Args): Promise<{ title: string; lines: string[] }>;
};

// biome-ignore lint/suspicious/noExplicitAny: a surface holds tools of every argument type.
export type AnyChatTool = ChatTool<any>;

/**
 * One example request and what it means: `tool` (with `args`, naming the example events by their ids),
 * or "none" for what no tool answers. `acts: false` marks a request about a tool that must not run it:
 * a question ("should I send the reminders?") or a negation ("don't send them").
 */
export type ChatExample = { say: string; tool: string; args?: Record<string, unknown>; acts?: false };

export type ChatSurface = {
  /** The agent, or "platform" for what is no single agent's (the inbox, modes, the events). */
  owner: AgentId | "platform";
  tools: AnyChatTool[];
  examples: ChatExample[];
};

/** The event, if it belongs to the caller's organization; otherwise a 404 that says so. */
export async function chatEvent(context: ChatContext, eventId: string) {
  const event = await context.db.event.findFirst({
    where: { id: eventId, organizationId: context.caller.organizationId },
  });
  if (!event) throw new AppError("not_found", "That event does not exist in this organization.");
  return event;
}

/** The events the examples name; their ids stand in the examples' arguments. */
export const EXAMPLE_EVENTS = [
  { id: "dcl", name: "DevConf Lisbon" },
  { id: "rjf", name: "Riverside Jazz Fest" },
  { id: "nws", name: "Northwind Summit" },
] as const;

/** The day the examples are read on (a Wednesday): their dates ("by Friday") are counted from it. */
export const EXAMPLE_NOW = new Date("2026-12-02T10:00:00Z");

/** The people and companies the examples name; the companies' ids stand in the examples' arguments. */
export const EXAMPLE_PEOPLE = ["Ana Souza", "Tom Becker"] as const;
export const EXAMPLE_COMPANIES = [{ id: "acme", name: "Acme Analytics" }] as const;

/** The names a classifier takes out of the examples before training (slots, not intents). */
export const EXAMPLE_NAMES: readonly string[] = [...EXAMPLE_EVENTS.map((event) => event.name), ...EXAMPLE_PEOPLE];
