/**
 * What the copilot can do, bound to one signed-in caller. The organization, user, role and mode come
 * from the server (the caller); the chat arguments only name the event, the item and at most a
 * stricter mode for one run. Everything goes through the gate.
 */
import { z } from "zod";
import { requestOutreachCampaign } from "@/inngest/sales";
import { AGENTS, agentIdSchema, agentModeSchema, MODES } from "@/lib/agents/catalog";
import { type Caller, type GateOutcome, runTool } from "@/lib/agents/core/gate";
import type { AnyTool } from "@/lib/agents/core/tool";
import { describeDailyCheck, runDailyOperations } from "@/lib/agents/operations/daily-check";
import { remindedRecently } from "@/lib/agents/operations/rules";
import { checkDeliverables } from "@/lib/agents/operations/tools/check-deliverables";
import { sendReminder } from "@/lib/agents/operations/tools/send-reminder";
import { TOOLS } from "@/lib/agents/registry";
import { describeLatestCampaign } from "@/lib/agents/sales/campaign";
import { setAgentMode } from "@/lib/agents/settings";
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatRelative } from "@/lib/format";
import type { ChatResult } from "./answer";

export type ChatTool = {
  name: string;
  description: string;
  parameters: z.ZodType<Record<string, unknown>>;
  execute: (args: Record<string, unknown>) => Promise<ChatResult>;
};

const OUTCOME_WORDS: Record<GateOutcome["status"], string> = {
  executed: "done",
  drafted: "drafted only (review only)",
  pending_approval: "waiting for your approval",
  escalated: "escalated to the inbox",
};

function describeOutcome(tool: AnyTool, outcome: GateOutcome): ChatResult {
  if (outcome.status === "executed") {
    return { summary: `${tool.name}: done.`, data: outcome.output };
  }
  if (outcome.status === "drafted") return { summary: `Review only, nothing sent: ${outcome.preview.summary}.` };
  return {
    summary: `${outcome.preview.summary}: ${OUTCOME_WORDS[outcome.status]}.`,
    approvals: [{ id: outcome.approvalId, action: tool.name, summary: outcome.reason }],
  };
}

function guarded(execute: (args: Record<string, unknown>) => Promise<ChatResult>) {
  return async (args: Record<string, unknown>): Promise<ChatResult> => {
    try {
      return await execute(args);
    } catch (error) {
      if (error instanceof AppError) return { summary: error.userMessage, error: error.code };
      throw error;
    }
  };
}

const eventArgs = z.object({ eventId: z.uuid({ error: "Which event? Give its id." }) });

/** Adds each pending item's arguments, so the chat card can offer "edit and approve". */
async function withArguments(db: Db, result: ChatResult): Promise<ChatResult> {
  if (!result.approvals?.length) return result;
  const stored = await db.approval.findMany({
    where: { id: { in: result.approvals.map((item) => item.id) } },
    select: { id: true, arguments: true, editedArguments: true, risk: true },
  });
  const byId = new Map(stored.map((item) => [item.id, item]));
  return {
    ...result,
    approvals: result.approvals.map((item) => {
      const row = byId.get(item.id);
      // A person's edit that the policy held for an admin is the item's current proposal.
      return { ...item, arguments: row?.editedArguments ?? row?.arguments, critical: row?.risk === "critical" };
    }),
  };
}

export function chatTools(db: Db, caller: Caller): ChatTool[] {
  const seedTools: ChatTool[] = Object.values(TOOLS).map((tool) => ({
    name: tool.name,
    description: tool.description,
    parameters: tool.input as z.ZodType<Record<string, unknown>>,
    execute: guarded(async (args) => describeOutcome(tool, await runTool(db, caller, tool, args))),
  }));

  const operationsAgent: ChatTool = {
    name: "operationsAgent",
    description:
      "Run the Operations agent's daily check for an event: deliverables, reminders, escalations, ticket sales, budget and vendors. `mode` may only make this run stricter than configured.",
    parameters: eventArgs.extend({ mode: agentModeSchema.optional() }),
    execute: guarded(async (args) => {
      const { eventId, mode } = eventArgs.extend({ mode: agentModeSchema.optional() }).parse(args);
      const result = await runDailyOperations(db, { ...caller, runMode: mode }, eventId);
      const described = describeDailyCheck(result);
      const lines = [
        ...result.actions.map((action) => `- ${action.summary}: ${OUTCOME_WORDS[action.status]}`),
        ...described.skippedLines.map((line) => `- ${line}`),
      ];
      return {
        summary: [`Operations check done. ${described.message}`, ...lines].join("\n"),
        approvals: result.actions.flatMap((action) =>
          action.approvalId ? [{ id: action.approvalId, action: action.tool, summary: action.summary }] : [],
        ),
      };
    }),
  };

  const sendDueReminders: ChatTool = {
    name: "send_due_reminders",
    description:
      "Send a reminder (send_reminder) for every deliverable of the event that is due within 7 days or overdue.",
    parameters: eventArgs,
    execute: guarded(async (args) => {
      const { eventId } = eventArgs.parse(args);
      const check = await runTool(db, caller, checkDeliverables, { eventId });
      if (check.status !== "executed") return { summary: "Could not read the deliverables." };
      const now = new Date();
      const items = [...check.output.overdue, ...check.output.dueSoon].filter((item) => item.severity !== "critical");
      // The tool refuses a repeat within 24 hours; these are said as skipped rather than as errors.
      const recent = items.filter((item) =>
        remindedRecently(item.lastRemindedAt ? new Date(item.lastRemindedAt) : null, now),
      );
      const due = items.filter((item) => !recent.includes(item));
      if (due.length === 0 && recent.length === 0) return { summary: "No reminders are due." };
      const results: ChatResult[] = recent.map((item) => ({
        summary: `${item.ownerName} about "${item.title}": skipped, reminded ${formatRelative(new Date(item.lastRemindedAt ?? now), now)}`,
      }));
      for (const item of due) {
        results.push(
          describeOutcome(sendReminder, await runTool(db, caller, sendReminder, { eventId, deliverableId: item.id })),
        );
      }
      return {
        summary: results.map((result) => `- ${result.summary}`).join("\n"),
        approvals: results.flatMap((result) => result.approvals ?? []),
      };
    }),
  };

  const campaignArgs = eventArgs.extend({ mode: agentModeSchema.optional() });
  const salesAgent: ChatTool = {
    name: "salesAgent",
    description:
      "Run the Sales agent's sponsor outreach campaign for an event: find and qualify prospects, then (full auto, or once the prospect list is approved in assisted mode) proposals, emails and follow-ups on day 3 and day 7; review only returns the analysis. `mode` may only make the campaign stricter than configured.",
    parameters: campaignArgs,
    execute: guarded(async (args) => {
      const { eventId, mode } = campaignArgs.parse(args);
      if (!caller.userId || !caller.role) throw new AppError("forbidden", "Sign in to run the Sales agent.");
      const started = await requestOutreachCampaign(
        db,
        { organizationId: caller.organizationId, userId: caller.userId, role: caller.role },
        eventId,
        mode ?? caller.runMode,
      );
      return {
        summary: `Started the sponsor outreach campaign for ${started.event} (${MODES[started.mode].label}). ${
          started.mode === "assisted"
            ? "The prospect list will wait for your approval in the Inbox."
            : started.mode === "review_only"
              ? "It will analyse the opportunities and send nothing."
              : "It sends proposals and follows up on day 3 and day 7."
        } Follow it at /sponsors/campaigns/${started.campaignId}.`,
      };
    }),
  };

  const campaignReportTool: ChatTool = {
    name: "sales_campaign_report",
    description:
      "The latest sponsor outreach campaign of an event: its status and report (prospects, proposals, response rate, meetings, what needs a person).",
    parameters: eventArgs,
    execute: guarded(async (args) => {
      const { eventId } = eventArgs.parse(args);
      const summary = await describeLatestCampaign(db, caller.organizationId, eventId);
      return { summary: summary ?? "This event has no sponsor outreach campaign yet. Ask me to find sponsors for it." };
    }),
  };

  const modeArgs = z.object({ agent: agentIdSchema, mode: agentModeSchema });
  const setMode: ChatTool = {
    name: "set_agent_mode",
    description: "Set an agent's autonomy mode for the whole organization (owners and admins only).",
    parameters: modeArgs,
    execute: guarded(async (args) => {
      const { agent, mode } = modeArgs.parse(args);
      if (!caller.userId || !caller.role || !can(caller.role, "agents:configure")) {
        throw new AppError("forbidden", "Only owners and admins can change an agent's mode.");
      }
      await setAgentMode(db, { organizationId: caller.organizationId, userId: caller.userId, agent, mode }, {});
      return { summary: `The ${AGENTS[agent].name} agent is now ${MODES[mode].label}: ${MODES[mode].summary}` };
    }),
  };

  const listApprovals: ChatTool = {
    name: "list_pending_approvals",
    description: "List what is waiting in the approval inbox.",
    parameters: z.object({}),
    execute: guarded(async () => {
      const pending = await db.approval.findMany({
        where: { organizationId: caller.organizationId, status: "pending" },
        orderBy: { createdAt: "desc" },
        take: 20,
      });
      if (pending.length === 0) return { summary: "Nothing is waiting for your approval." };
      return {
        summary: `${pending.length} item(s) waiting for a decision.`,
        approvals: pending.map((item) => ({ id: item.id, action: item.action, summary: item.reason })),
      };
    }),
  };

  return [operationsAgent, salesAgent, campaignReportTool, ...seedTools, sendDueReminders, setMode, listApprovals].map(
    (tool) => ({
      ...tool,
      execute: async (args: Record<string, unknown>) => withArguments(db, await tool.execute(args)),
    }),
  );
}
