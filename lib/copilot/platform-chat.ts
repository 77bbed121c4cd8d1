/**
 * What the chat offers that is no single agent's: the events, the inbox, an agent's mode and how it is
 * doing, and cancelling a request waiting for confirmation.
 */
import { z } from "zod";
import { AGENTS, AUTONOMY_TARGETS, agentIdSchema, agentModeSchema, MODES } from "@/lib/agents/catalog";
import { resolveMode } from "@/lib/agents/core/modes";
import { activityLabel } from "@/lib/agents/labels";
import { BUILT_AGENTS } from "@/lib/agents/registry";
import { setAgentMode } from "@/lib/agents/settings";
import { activitiesForAutonomy, autonomyOf } from "@/lib/agents/stats";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { cancelChatRequest } from "./confirmations";
import type { ChatContext, ChatSurface, ChatTool } from "./surface";

const STATUS_WINDOW_DAYS = 30;

const listEvents: ChatTool<Record<string, never>> = {
  name: "list_events",
  description:
    'List the organization\'s events (id, name, dates, city), so a request naming an event in words ("the jazz festival") can use its id.',
  parameters: z.object({}),
  effect: "read",
  phrase: "Which events do we have?",
  async run({ db, caller, format }) {
    const events = await db.event.findMany({
      where: { organizationId: caller.organizationId },
      orderBy: { startsAt: "asc" },
      select: { id: true, name: true, startsAt: true, timezone: true, city: true },
    });
    if (events.length === 0) return { summary: "There are no events yet.", link: { href: "/events", label: "Events" } };
    return {
      summary: events
        .map((event) => `- ${event.name}, ${event.city}: ${format.date(event.startsAt, event.timezone)}`)
        .join("\n"),
      link: { href: "/events", label: "All events" },
      data: events.map(({ id, name }) => ({ id, name })),
    };
  },
};

const listApprovals: ChatTool<Record<string, never>> = {
  name: "list_pending_approvals",
  description: "List what is waiting in the approval inbox.",
  parameters: z.object({}),
  effect: "read",
  phrase: "What is waiting for my approval?",
  async run({ db, caller }) {
    const pending = await db.approval.findMany({
      where: { organizationId: caller.organizationId, status: "pending" },
      orderBy: { createdAt: "desc" },
      take: 20,
    });
    if (pending.length === 0) return { summary: "Nothing is waiting for your approval." };
    return {
      summary: `${pending.length === 1 ? "1 item is" : `${pending.length} items are`} waiting for a decision.`,
      link: { href: "/inbox", label: "Open the Inbox" },
      approvals: pending.map((item) => ({ id: item.id, action: item.action, summary: item.reason })),
    };
  },
};

const agentArgs = z.object({ agent: agentIdSchema });

/** An agent's mode, autonomy over the last 30 days against its target, and its latest actions. */
const agentStatus: ChatTool<z.infer<typeof agentArgs>> = {
  name: "agent_status",
  description: `How an agent is doing: its mode, its autonomy over the last ${STATUS_WINDOW_DAYS} days against the target, and its latest actions.`,
  parameters: agentArgs,
  effect: "read",
  phrase: "How is the {agent} agent doing?",
  async run({ db, caller, format }, { agent }) {
    const name = AGENTS[agent].name;
    if (!BUILT_AGENTS.includes(agent)) {
      return { summary: `The ${name} agent is not built yet: it has no tools and has done nothing.` };
    }
    const now = new Date();
    const since = new Date(now.getTime() - STATUS_WINDOW_DAYS * 86_400_000);
    const mode = await resolveMode(db, caller.organizationId, agent);
    const autonomy = autonomyOf(
      (await activitiesForAutonomy(db, { organizationId: caller.organizationId, since })).filter(
        (row) => row.agentId === agent,
      ),
    );
    const latest = await db.agentActivity.findMany({
      where: { organizationId: caller.organizationId, agentId: agent },
      orderBy: { createdAt: "desc" },
      take: 3,
      select: { activityType: true, status: true, createdAt: true },
    });
    const rate =
      autonomy.rate === null
        ? `no write actions in the last ${STATUS_WINDOW_DAYS} days`
        : `${autonomy.autonomous} of ${autonomy.attempted} write actions without a person in the last ${STATUS_WINDOW_DAYS} days (${format.percent(autonomy.rate)}; target ${format.percent(AUTONOMY_TARGETS[agent])})`;
    return {
      summary: [
        `The ${name} agent is in ${MODES[mode].label} mode: ${rate}.`,
        ...latest.map(
          (row) => `- ${activityLabel(row.activityType)}, ${row.status}, ${format.relative(row.createdAt, now)}`,
        ),
      ].join("\n"),
      link: { href: `/activity?agent=${agent}`, label: `${name} activity` },
    };
  },
};

const modeArgs = z.object({ agent: agentIdSchema, mode: agentModeSchema });

function requireConfigurer({ caller }: ChatContext) {
  if (!caller.userId || !caller.role || !can(caller.role, "agents:configure")) {
    throw new AppError("forbidden", "Only owners and admins can change an agent's mode.");
  }
  return caller.userId;
}

const setMode: ChatTool<z.infer<typeof modeArgs>> = {
  name: "set_agent_mode",
  description: "Set an agent's autonomy mode for the whole organization (owners and admins only).",
  parameters: modeArgs,
  effect: "outward",
  phrase: "Set the {agent} agent to assisted",
  async confirm(context, { agent, mode }) {
    requireConfigurer(context);
    const current = await resolveMode(context.db, context.caller.organizationId, agent);
    return {
      title: `Set the ${AGENTS[agent].name} agent to ${MODES[mode].label} for the whole organization`,
      // The new mode's rule, not this request's: confirming changes how the agent acts from then on.
      lines: [`It is ${MODES[current].label} now.`, `From then on, ${MODES[mode].label}: ${MODES[mode].summary}`],
    };
  },
  async run(context, { agent, mode }) {
    const userId = requireConfigurer(context);
    await setAgentMode(context.db, { organizationId: context.caller.organizationId, userId, agent, mode }, {});
    return {
      summary: `The ${AGENTS[agent].name} agent is now ${MODES[mode].label}: ${MODES[mode].summary}`,
      link: { href: "/agents", label: "Agents" },
    };
  },
};

const cancelRequest: ChatTool<Record<string, never>> = {
  name: "cancel_request",
  description: "Cancel the person's latest request that waits for confirmation in the chat.",
  parameters: z.object({}),
  effect: "write",
  phrase: "Cancel that",
  async run(context) {
    const cancelled = await cancelChatRequest(context);
    return {
      summary: cancelled
        ? `Cancelled: ${cancelled}. Nothing was started.`
        : "Nothing is waiting for your confirmation.",
    };
  },
};

export const platformChat: ChatSurface = {
  owner: "platform",
  tools: [listEvents, listApprovals, agentStatus, setMode, cancelRequest],
  examples: [
    { say: "which events do we have?", tool: "list_events" },
    { say: "list my events", tool: "list_events" },
    { say: "what events are coming up", tool: "list_events" },
    { say: "show all our conferences and festivals", tool: "list_events" },
    { say: "what is on our calendar", tool: "list_events" },
    { say: "which events are scheduled", tool: "list_events" },
    { say: "What is waiting for my approval?", tool: "list_pending_approvals" },
    { say: "show me the inbox", tool: "list_pending_approvals" },
    { say: "anything pending for me to approve?", tool: "list_pending_approvals" },
    { say: "which decisions are waiting on me", tool: "list_pending_approvals" },
    { say: "what needs my approval", tool: "list_pending_approvals" },
    { say: "any approvals pending?", tool: "list_pending_approvals" },
    { say: "how is the sales agent doing?", tool: "agent_status", args: { agent: "sales" } },
    { say: "how autonomous is the operations agent", tool: "agent_status", args: { agent: "operations" } },
    { say: "what has the ops agent done lately", tool: "agent_status", args: { agent: "operations" } },
    { say: "status of the marketing agent", tool: "agent_status", args: { agent: "marketing" } },
    { say: "how well is the support agent performing", tool: "agent_status", args: { agent: "support" } },
    { say: "what is the sales agent's autonomy rate", tool: "agent_status", args: { agent: "sales" } },
    { say: "Set marketing to review only", tool: "set_agent_mode", args: { agent: "marketing", mode: "review_only" } },
    { say: "switch sales to full auto", tool: "set_agent_mode", args: { agent: "sales", mode: "full_auto" } },
    {
      say: "put the operations agent in assisted mode",
      tool: "set_agent_mode",
      args: { agent: "operations", mode: "assisted" },
    },
    { say: "make support ask me first", tool: "set_agent_mode", args: { agent: "support", mode: "assisted" } },
    { say: "change analytics to full auto", tool: "set_agent_mode", args: { agent: "analytics", mode: "full_auto" } },
    {
      say: "turn the marketing agent to assisted",
      tool: "set_agent_mode",
      args: { agent: "marketing", mode: "assisted" },
    },
    { say: "put sales on review only", tool: "set_agent_mode", args: { agent: "sales", mode: "review_only" } },
    {
      say: "should I put sales in full auto?",
      tool: "set_agent_mode",
      args: { agent: "sales", mode: "full_auto" },
      acts: false,
    },
    { say: "don't change the sales agent's mode", tool: "set_agent_mode", args: { agent: "sales" }, acts: false },
    {
      say: "do not switch operations to review only",
      tool: "set_agent_mode",
      args: { agent: "operations", mode: "review_only" },
      acts: false,
    },
    { say: "cancel that", tool: "cancel_request" },
    { say: "never mind", tool: "cancel_request" },
    { say: "not yet", tool: "cancel_request" },
    { say: "forget it", tool: "cancel_request" },
    { say: "cancel the request", tool: "cancel_request" },
    { say: "no, stop, don't do that", tool: "cancel_request" },
    { say: "scrap that request", tool: "cancel_request" },
    { say: "forget about it, cancel", tool: "cancel_request" },
    { say: "tell me a joke", tool: "none" },
    { say: "what is the weather in lisbon", tool: "none" },
    { say: "order me a pizza", tool: "none" },
    { say: "hello", tool: "none" },
    { say: "thanks", tool: "none" },
    { say: "who won the football match", tool: "none" },
    { say: "write me a poem", tool: "none" },
    { say: "what time is it in tokyo", tool: "none" },
    { say: "book me a flight to berlin", tool: "none" },
  ],
};
