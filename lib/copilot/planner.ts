/**
 * The offline planner: turns a request in plain words into the tool call a model would make, without a
 * model. It knows the tools and their example requests from the chat surfaces; it never acts on a
 * question or a negation, and when unsure it asks one question with buttons instead of guessing. The
 * copilot runtime executes what it decides (outward work only once the person confirms).
 */
import { z } from "zod";
import { AGENTS } from "@/lib/agents/catalog";
import { orderRefsIn } from "@/lib/agents/support/intent";
import type { DbOrTx } from "@/lib/db/client";
import type { ChatChoice } from "./answer";
import {
  agentIn,
  amountIn,
  dateIn,
  findEvent,
  type IntentClassifier,
  isNegated,
  isQuestion,
  type KnownEvent,
  modeIn,
  NO_INTENT,
  nameIn,
  trainClassifier,
} from "./language";
import type { AnyChatTool } from "./surface";
import { CHAT_EXAMPLES, CHAT_TOOLS } from "./surfaces";

/** What is on the person's screen: the chat fills missing slots from it. */
export type ScreenContext = { page?: string; eventId?: string };

/**
 * What the planner can fill slots from: the organization's events, the people who own deliverables,
 * the sponsor companies in the CRM, the page on screen and the time.
 */
export type PlannerKnowledge = {
  events: readonly KnownEvent[];
  people?: readonly string[];
  companies?: readonly { id: string; name: string }[];
  screen?: ScreenContext;
  now?: Date;
};

export type Plan =
  | { kind: "tool"; tool: string; args: Record<string, unknown> }
  | { kind: "text"; text: string; choices?: ChatChoice[] };

/** Below this the classifier is guessing: the planner asks instead. */
const CONFIDENT = 0.6;

const CANCEL_TOOL = "cancel_request";

function phraseFor(tool: AnyChatTool, eventName?: string, agentName?: string) {
  return tool.phrase.replace("{event}", eventName ?? "this event").replace("{agent}", agentName ?? "Sales");
}

/** What a tool's arguments are: the slot each one takes, and whether it must be filled. */
function argumentSlots(tool: AnyChatTool) {
  const shape = tool.parameters instanceof z.ZodObject ? (tool.parameters.shape as Record<string, z.ZodType>) : {};
  return Object.entries(shape).map(([name, schema]) => ({ name, required: !schema.safeParse(undefined).success }));
}

export type Planner = (message: string, knowledge: PlannerKnowledge) => Promise<Plan>;

export function createPlanner(classify: IntentClassifier, tools: readonly AnyChatTool[] = CHAT_TOOLS): Planner {
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const choice = (tool: AnyChatTool, eventName?: string): ChatChoice => {
    const message = phraseFor(tool, eventName);
    return { label: message, message };
  };

  const help = (eventName?: string): Plan => ({
    kind: "text",
    text: "I did not understand that. I can answer about deliverables, ticket sales, budget, vendors, sponsors, support requests and the inbox, or run the Operations and Sales agents. Try one of these:",
    choices: [
      "check_deliverables",
      "monitor_ticket_sales",
      "track_budget",
      "salesAgent",
      "list_pending_approvals",
    ].flatMap((name) => {
      const tool = byName.get(name);
      return tool ? [choice(tool, eventName)] : [];
    }),
  });

  return async function plan(message, { events, people = [], companies = [], screen, now = new Date() }) {
    const eventId = findEvent(message, events, screen?.eventId);
    const event = events.find((candidate) => candidate.id === eventId);
    const eventName = event?.name;
    const understood = await classify(message, [...events.map((candidate) => candidate.name), ...people]);
    const tool = byName.get(understood.intent);
    if (understood.intent === NO_INTENT || !tool) return help(eventName);
    if (understood.score < CONFIDENT) {
      const candidates = understood.ranked
        .filter((candidate) => candidate.intent !== NO_INTENT && candidate.intent !== CANCEL_TOOL)
        .slice(0, 3)
        .flatMap((candidate) => {
          const known = byName.get(candidate.intent);
          return known ? [choice(known, eventName)] : [];
        });
      return { kind: "text", text: "I am not sure what you mean. Did you mean one of these?", choices: candidates };
    }
    if (tool.name === CANCEL_TOOL) return { kind: "tool", tool: tool.name, args: {} };

    const agent = agentIn(message);
    const request = phraseFor(tool, eventName, agent && AGENTS[agent].name);
    if (tool.effect !== "read" && isNegated(message)) {
      return { kind: "text", text: `All right: I won't ${lowerFirst(request)}. Nothing has started.` };
    }
    if (tool.effect !== "read" && isQuestion(message)) {
      return {
        kind: "text",
        text: `I can do that: ${lowerFirst(firstSentence(tool.description))} Nothing has started: ask for it when you want it, and I will show you what will happen before anything runs.`,
        choices: [{ label: request, message: request }],
      };
    }

    const args: Record<string, unknown> = {};
    const company = nameIn(
      message,
      companies.map((candidate) => candidate.name),
    );
    const fillers: Record<string, () => unknown> = {
      eventId: () => eventId,
      mode: () => modeIn(message),
      agent: () => agent,
      owner: () => nameIn(message, people),
      dueBy: () => dateIn(message, now, event?.timezone ?? "UTC"),
      spentAtLeast: () => amountIn(message),
      companyId: () => companies.find((candidate) => candidate.name === company)?.id,
      order: () => orderRefsIn(message)[0],
    };
    for (const slot of argumentSlots(tool)) {
      const value = fillers[slot.name]?.();
      if (value !== undefined) {
        args[slot.name] = value;
        continue;
      }
      if (!slot.required) continue;
      if (slot.name === "eventId") {
        if (events.length === 0) return { kind: "text", text: "There are no events yet. Create one first." };
        return {
          kind: "text",
          text: "Which event?",
          choices: events.map((event) => choice(tool, event.name)),
        };
      }
      if (slot.name === "agent") {
        return { kind: "text", text: "Which agent? Sales, Marketing, Operations, Support or Analytics." };
      }
      if (slot.name === "mode") {
        return { kind: "text", text: "Which mode: full auto, assisted or review only?" };
      }
      return {
        kind: "text",
        text: `${firstSentence(tool.description)} Name the company, or ask me with a model configured.`,
      };
    }
    return { kind: "tool", tool: tool.name, args };
  };
}

function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstSentence(text: string) {
  const end = text.search(/[.:](\s|$)/);
  return `${end === -1 ? text : text.slice(0, end)}.`;
}

/** What the planner knows of an organization: its events, deliverable owners and sponsor companies. */
export async function plannerKnowledge(db: DbOrTx, organizationId: string): Promise<PlannerKnowledge> {
  const [events, owners, companies] = await Promise.all([
    db.event.findMany({ where: { organizationId }, select: { id: true, name: true, timezone: true } }),
    db.deliverable.findMany({
      where: { event: { organizationId } },
      select: { ownerName: true },
      distinct: ["ownerName"],
    }),
    db.sponsorCompany.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  return { events, people: owners.map((owner) => owner.ownerName), companies };
}

let trained: Promise<Planner> | undefined;

/** The planner trained on every surface's examples, once per process. */
export function planner(): Promise<Planner> {
  trained ??= trainClassifier(CHAT_EXAMPLES).then((classify) => createPlanner(classify));
  return trained;
}
