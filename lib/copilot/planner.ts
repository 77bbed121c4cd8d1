/**
 * The offline planner: turns a request in plain words into the tool call a model would make, without
 * a model. Deterministic and pure; the copilot runtime executes what it decides through the gate.
 */
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";

export type KnownEvent = { id: string; name: string };

type EventToolName =
  | "check_deliverables"
  | "send_due_reminders"
  | "monitor_ticket_sales"
  | "track_budget"
  | "check_vendor_confirmations"
  | "generate_status_report"
  | "sales_campaign_report";

export type Plan =
  | { kind: "tool"; tool: "operationsAgent" | "salesAgent"; args: { eventId: string; mode?: AgentMode } }
  | { kind: "tool"; tool: EventToolName; args: { eventId: string } }
  | { kind: "tool"; tool: "set_agent_mode"; args: { agent: AgentId; mode: AgentMode } }
  | { kind: "tool"; tool: "list_pending_approvals"; args: Record<string, never> }
  | { kind: "text"; text: string };

export const HELP = [
  "I can run the Operations and Sales agents for you. Try:",
  "- “Run the operations check for Riverside Jazz Fest” (add “assisted” or “review only” for a stricter run)",
  "- “What is overdue?” or “Send the reminders”",
  "- “How are ticket sales?”, “How is the budget?”, “Which vendors have not confirmed?”",
  "- “Write the weekly status report”",
  "- “Find sponsors for DevConf Lisbon” (the Sales agent's outreach campaign; add “assisted” or “review only”)",
  "- “How is the sponsor campaign going?”",
  "- “Set marketing to review only”",
  "- “What is waiting for my approval?”",
].join("\n");

const AGENT_WORDS: [RegExp, AgentId][] = [
  [/\bsales\b/, "sales"],
  [/\bmarketing\b/, "marketing"],
  [/\b(operations|ops)\b/, "operations"],
  [/\bsupport\b/, "support"],
  [/\banalytics\b/, "analytics"],
];

function modeIn(text: string): AgentMode | undefined {
  if (/\breview[\s-]?only\b|\bdry[\s-]?run\b|\bdraft only\b/.test(text)) return "review_only";
  if (/\bassisted\b|\bask me first\b|\bwith approval\b/.test(text)) return "assisted";
  if (/\bfull[\s-]?auto(nomous)?\b/.test(text)) return "full_auto";
  return undefined;
}

const STOP_WORDS = new Set(["the", "for", "and", "fest", "event", "events"]);

/** The event named in the text (most shared words wins), else the one on screen. */
export function findEvent(text: string, events: KnownEvent[], onScreen?: string): string | undefined {
  const words = new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  let best: { id: string; score: number } | undefined;
  for (const event of events) {
    const score = (event.name.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter(
      (word) => word.length >= 3 && !STOP_WORDS.has(word) && words.has(word),
    ).length;
    if (score > 0 && (!best || score > best.score)) best = { id: event.id, score };
  }
  return best?.id ?? (onScreen && events.some((event) => event.id === onScreen) ? onScreen : undefined);
}

export function plan(message: string, events: KnownEvent[], onScreenEventId?: string): Plan {
  const text = message.toLowerCase();
  const setMode = /\b(set|switch|put|change|make|turn)\b/.test(text) ? modeIn(text) : undefined;
  const agent = AGENT_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  if (setMode && agent && !/\b(check|run)\b/.test(text)) {
    return { kind: "tool", tool: "set_agent_mode", args: { agent, mode: setMode } };
  }
  if (/\b(approv\w*|waiting|pending|inbox)\b/.test(text)) {
    return { kind: "tool", tool: "list_pending_approvals", args: {} };
  }

  const eventTool = (): EventToolName | "operationsAgent" | "salesAgent" | undefined => {
    if (/\b(campaign|outreach)\b.*\b(report|going|status|results?)\b|\bhow is the (sponsor )?campaign\b/.test(text)) {
      return "sales_campaign_report";
    }
    if (/\b(find|look for|search for|get)\b.*\bsponsors?\b|\b(outreach|sales agent)\b/.test(text)) return "salesAgent";
    if (
      /\b(operations|ops|daily)\b.*\bcheck\b|\bcheck\b.*\b(operations|ops)\b|\brun\b.*\b(operations|ops) agent\b/.test(
        text,
      )
    ) {
      return "operationsAgent";
    }
    if (/\bsend\b.*\breminders?\b|\bremind (them|everyone|the owners)\b/.test(text)) return "send_due_reminders";
    if (/\b(overdue|late|deliverables?|deadlines?|due)\b/.test(text)) return "check_deliverables";
    if (/\bstatus report\b|\bweekly report\b/.test(text)) return "generate_status_report";
    if (/\b(ticket sales|sales velocity|tickets? sold|how are sales|sales)\b/.test(text)) return "monitor_ticket_sales";
    if (/\b(budget|spend|spent|spending|costs?)\b/.test(text)) return "track_budget";
    if (/\bvendors?\b|\bsuppliers?\b|\bconfirm/.test(text)) return "check_vendor_confirmations";
    return undefined;
  };
  const tool = eventTool();
  if (!tool) return { kind: "text", text: `I did not understand that.\n\n${HELP}` };
  const eventId = findEvent(text, events, onScreenEventId);
  if (!eventId) {
    const names = events.map((event) => event.name).join(", ");
    return { kind: "text", text: `Which event? Name it, or open it first. Your events: ${names || "none yet"}.` };
  }
  if (tool === "operationsAgent" || tool === "salesAgent") {
    const mode = modeIn(text);
    return { kind: "tool", tool, args: mode ? { eventId, mode } : { eventId } };
  }
  return { kind: "tool", tool, args: { eventId } };
}
