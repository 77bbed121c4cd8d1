/** The Operations agent in the chat: its tools, the requests that reach them, and their answers. */
import { z } from "zod";
import { agentModeSchema } from "@/lib/agents/catalog";
import { runTool } from "@/lib/agents/core/gate";
import { runModeFor } from "@/lib/agents/core/modes";
import { consequenceLines } from "@/lib/copilot/confirmations";
import { describeOutcome, gateChatTool, outcomeWords } from "@/lib/copilot/gate-tools";
import { type ChatContext, type ChatSurface, type ChatTool, chatEvent } from "@/lib/copilot/surface";
import { AppError } from "@/lib/errors";
import { describeDailyCheck, runDailyOperations } from "./daily-check";
import { remindedRecently } from "./rules";
import { checkDeliverables } from "./tools/check-deliverables";
import { checkVendorConfirmations } from "./tools/check-vendor-confirmations";
import { escalateIssue } from "./tools/escalate-issue";
import { followUpVendor } from "./tools/follow-up-vendor";
import { generateStatusReport } from "./tools/generate-status-report";
import { monitorTicketSales } from "./tools/monitor-ticket-sales";
import { sendReminder } from "./tools/send-reminder";
import { trackBudget } from "./tools/track-budget";

const eventArgs = z.object({ eventId: z.uuid({ error: "Which event? Give its id." }) });
const runArgs = eventArgs.extend({ mode: agentModeSchema.optional() });

function operationsMode({ db, caller }: ChatContext, eventId: string, asked?: z.infer<typeof agentModeSchema>) {
  return runModeFor(db, caller.organizationId, "operations", eventId, asked);
}

const dailyCheck: ChatTool<z.infer<typeof runArgs>> = {
  name: "operationsAgent",
  description:
    "Run the Operations agent's daily check for an event: deliverables, reminders, escalations, ticket sales, budget and vendors. `mode` may only make this run stricter than configured.",
  parameters: runArgs,
  effect: "outward",
  phrase: "Run the operations check for {event}",
  async confirm(context, { eventId, mode }) {
    const event = await chatEvent(context, eventId);
    return {
      title: `Run the Operations agent's daily check for ${event.name}`,
      lines: [
        ...consequenceLines({ mode: await operationsMode(context, eventId, mode) }),
        "It reminds the owners of deliverables due within 7 days or overdue, escalates those 3+ days overdue, and checks ticket sales, budget and vendors.",
      ],
    };
  },
  async run(context, { eventId, mode }) {
    const result = await runDailyOperations(context.db, { ...context.caller, runMode: mode }, eventId);
    const described = describeDailyCheck(result);
    const lines = [
      ...result.actions.map((action) => `- ${action.summary}: ${outcomeWords(action.status)}`),
      ...described.skippedLines.map((line) => `- ${line}`),
    ];
    return {
      summary: [`Operations check done. ${described.message}`, ...lines].join("\n"),
      link: { href: `/events/${eventId}`, label: "Open the event" },
      approvals: result.actions.flatMap((action) =>
        action.approvalId ? [{ id: action.approvalId, action: action.tool, summary: action.summary }] : [],
      ),
    };
  },
};

/** The deliverables a reminder is due for, and those reminded in the last 24 hours (skipped). */
async function remindersDue(context: ChatContext, eventId: string) {
  const check = await runTool(context.db, context.caller, checkDeliverables, { eventId });
  if (check.status !== "executed") throw new AppError("conflict", "Could not read the deliverables.");
  const now = new Date();
  const items = [...check.output.overdue, ...check.output.dueSoon].filter((item) => item.severity !== "critical");
  const recent = items.filter((item) =>
    remindedRecently(item.lastRemindedAt ? new Date(item.lastRemindedAt) : null, now),
  );
  return { due: items.filter((item) => !recent.includes(item)), recent, now };
}

const dueReminders: ChatTool<z.infer<typeof eventArgs>> = {
  name: "send_due_reminders",
  description:
    "Send a reminder (send_reminder) for every deliverable of the event that is due within 7 days or overdue.",
  parameters: eventArgs,
  effect: "outward",
  phrase: "Send the reminders for {event}",
  async confirm(context, { eventId }) {
    const event = await chatEvent(context, eventId);
    const { due, recent } = await remindersDue(context, eventId);
    const owners = [...new Set(due.map((item) => item.ownerName))];
    return {
      title: `Send ${due.length === 1 ? "1 reminder" : `${due.length} reminders`} for ${event.name}`,
      lines: [
        ...consequenceLines({ mode: await operationsMode(context, eventId), recipients: owners }),
        ...due.slice(0, 5).map((item) => `"${item.title}" to ${item.ownerName}`),
        ...(recent.length > 0 ? [`${recent.length} skipped: reminded in the last 24 hours.`] : []),
      ],
    };
  },
  async run(context, { eventId }) {
    const { due, recent, now } = await remindersDue(context, eventId);
    if (due.length === 0 && recent.length === 0) return { summary: "No reminders are due." };
    const lines = recent.map(
      (item) =>
        `${item.ownerName} about "${item.title}": skipped, reminded ${context.format.relative(new Date(item.lastRemindedAt ?? now), now)}`,
    );
    const approvals = [];
    for (const item of due) {
      const input = { eventId, deliverableId: item.id };
      const outcome = await runTool(context.db, context.caller, sendReminder, input);
      const described = await describeOutcome(context, sendReminder, input, outcome);
      lines.push(described.summary);
      approvals.push(...(described.approvals ?? []));
    }
    return {
      summary: lines.map((line) => `- ${line}`).join("\n"),
      link: { href: `/events/${eventId}`, label: "See the deliverables" },
      approvals,
    };
  },
};

const rjf = { eventId: "rjf" };
const dcl = { eventId: "dcl" };
const nws = { eventId: "nws" };

export const operationsChat: ChatSurface = {
  owner: "operations",
  tools: [
    dailyCheck,
    dueReminders,
    gateChatTool(checkDeliverables, { phrase: "What is overdue for {event}?" }),
    gateChatTool(monitorTicketSales, {
      phrase: "How are ticket sales for {event}?",
    }),
    gateChatTool(trackBudget, { phrase: "How is the budget for {event}?" }),
    gateChatTool(checkVendorConfirmations, {
      phrase: "Which vendors have not confirmed for {event}?",
    }),
    gateChatTool(generateStatusReport, {
      phrase: "Write the weekly status report for {event}",
      effect: "outward",
    }),
    gateChatTool(sendReminder, {
      phrase: "Remind the owner of a deliverable",
      effect: "outward",
    }),
    gateChatTool(followUpVendor, {
      phrase: "Follow up with a vendor",
      effect: "outward",
    }),
    gateChatTool(escalateIssue, { phrase: "Escalate an issue", effect: "outward" }),
  ],
  examples: [
    { say: "Run the operations check for Riverside Jazz Fest", tool: "operationsAgent", args: rjf },
    {
      say: "run the ops check on devconf in assisted mode",
      tool: "operationsAgent",
      args: { ...dcl, mode: "assisted" },
    },
    {
      say: "do the daily check for the jazz festival, review only",
      tool: "operationsAgent",
      args: { ...rjf, mode: "review_only" },
    },
    { say: "run the operations agent for the northwind summit", tool: "operationsAgent", args: nws },
    { say: "check everything for devconf lisbon", tool: "operationsAgent", args: dcl },
    { say: "go through the operations checklist for riverside", tool: "operationsAgent", args: rjf },
    { say: "run today's check", tool: "operationsAgent" },
    { say: "have the operations agent check the summit", tool: "operationsAgent", args: nws },
    {
      say: "kick off the ops agent for riverside in review only",
      tool: "operationsAgent",
      args: { ...rjf, mode: "review_only" },
    },
    {
      say: "start the operations agent in full auto for devconf",
      tool: "operationsAgent",
      args: { ...dcl, mode: "full_auto" },
    },
    { say: "what is overdue?", tool: "check_deliverables" },
    { say: "which deliverables are late for riverside", tool: "check_deliverables", args: rjf },
    { say: "what is due this week at devconf", tool: "check_deliverables", args: dcl },
    { say: "is anything behind schedule for the summit?", tool: "check_deliverables", args: nws },
    { say: "show me the deadlines for riverside jazz fest", tool: "check_deliverables", args: rjf },
    { say: "which tasks are past their deadline", tool: "check_deliverables" },
    { say: "what still needs to be delivered for the summit", tool: "check_deliverables", args: nws },
    { say: "list the overdue items", tool: "check_deliverables" },
    { say: "what deliverables are coming up", tool: "check_deliverables" },
    {
      say: "what does Ana Souza still owe for riverside?",
      tool: "check_deliverables",
      args: { ...rjf, owner: "Ana Souza" },
    },
    { say: "Tom's deliverables for devconf", tool: "check_deliverables", args: { ...dcl, owner: "Tom Becker" } },
    { say: "what is due by friday for the summit", tool: "check_deliverables", args: { ...nws, dueBy: "2026-12-04" } },
    { say: "which deliverables are due before december 20", tool: "check_deliverables", args: { dueBy: "2026-12-20" } },
    {
      say: "what does ana have due this week",
      tool: "check_deliverables",
      args: { owner: "Ana Souza", dueBy: "2026-12-06" },
    },
    { say: "send the reminders", tool: "send_due_reminders" },
    { say: "remind the owners of the overdue deliverables for devconf", tool: "send_due_reminders", args: dcl },
    { say: "nudge everyone whose deliverables are due at riverside", tool: "send_due_reminders", args: rjf },
    { say: "please send reminders for northwind summit", tool: "send_due_reminders", args: nws },
    { say: "chase the owners of late deliverables", tool: "send_due_reminders" },
    { say: "email reminders to everyone with something due", tool: "send_due_reminders" },
    { say: "don't send the reminders", tool: "send_due_reminders", acts: false },
    { say: "should I send the reminders for devconf?", tool: "send_due_reminders", args: dcl, acts: false },
    { say: "do not remind anyone yet", tool: "send_due_reminders", acts: false },
    { say: "how are ticket sales for devconf?", tool: "monitor_ticket_sales", args: dcl },
    { say: "how many tickets have we sold for riverside", tool: "monitor_ticket_sales", args: rjf },
    { say: "are we on pace to hit the ticket target at the summit", tool: "monitor_ticket_sales", args: nws },
    { say: "ticket sales velocity", tool: "monitor_ticket_sales" },
    { say: "how are sales going for the jazz festival", tool: "monitor_ticket_sales", args: rjf },
    { say: "will we sell out devconf lisbon?", tool: "monitor_ticket_sales", args: dcl },
    { say: "what is the ticket sales pace", tool: "monitor_ticket_sales" },
    { say: "how many tickets are left to sell for the summit", tool: "monitor_ticket_sales", args: nws },
    { say: "projected attendance at the jazz fest", tool: "monitor_ticket_sales", args: rjf },
    { say: "how is the budget at the summit", tool: "track_budget", args: nws },
    { say: "how much have we spent on riverside jazz fest", tool: "track_budget", args: rjf },
    { say: "are we over budget for devconf", tool: "track_budget", args: dcl },
    { say: "what is the budget burn", tool: "track_budget" },
    { say: "show me the spending so far for the jazz fest", tool: "track_budget", args: rjf },
    { say: "what did we spend on devconf", tool: "track_budget", args: dcl },
    { say: "how much budget is left", tool: "track_budget" },
    { say: "what are the costs so far", tool: "track_budget" },
    {
      say: "which budget lines have spent over $10,000 at riverside",
      tool: "track_budget",
      args: { ...rjf, spentAtLeast: 10000 },
    },
    { say: "where did we spend more than 50k on devconf", tool: "track_budget", args: { ...dcl, spentAtLeast: 50000 } },
    { say: "which vendors have not confirmed for riverside", tool: "check_vendor_confirmations", args: rjf },
    { say: "have all the suppliers confirmed for devconf?", tool: "check_vendor_confirmations", args: dcl },
    { say: "vendor confirmations for the northwind summit", tool: "check_vendor_confirmations", args: nws },
    { say: "is the caterer confirmed?", tool: "check_vendor_confirmations" },
    { say: "which suppliers are still pending", tool: "check_vendor_confirmations" },
    { say: "did any vendor cancel for riverside?", tool: "check_vendor_confirmations", args: rjf },
    { say: "write the weekly status report for riverside", tool: "generate_status_report", args: rjf },
    { say: "send the status report for devconf lisbon", tool: "generate_status_report", args: dcl },
    { say: "prepare this week's report for the summit", tool: "generate_status_report", args: nws },
    { say: "email the organizers a status update for riverside", tool: "generate_status_report", args: rjf },
    { say: "generate the weekly summary", tool: "generate_status_report" },
    { say: "don't send the status report yet", tool: "generate_status_report", acts: false },
    { say: "what goes into the weekly status report?", tool: "generate_status_report", acts: false },
  ],
};
