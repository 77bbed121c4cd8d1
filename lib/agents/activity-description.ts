/**
 * An agent action in words, for the activity page: what it was asked (activity-fields.ts) and what came
 * of it, in the same words the copilot chat uses for the tool's result (lib/copilot/answers.ts). A draft
 * says what was drafted, a parked write what waits in the inbox. An answer that cannot be given (a row
 * it names was deleted since) falls back to a plain sentence; the page never fails on an old row.
 */
import type { ChatLink } from "@/lib/copilot/answer";
import { answerFor } from "@/lib/copilot/answers";
import { summarizeData } from "@/lib/data-summary";
import type { DbOrTx } from "@/lib/db/client";
import type { AgentActivity, Approval } from "@/lib/db/generated/client";
import type { Formatter } from "@/lib/format";
import { logger } from "@/lib/logger";
import { type ActivityField, activityFields } from "./activity-fields";
import type { AnyTool, ToolPreview } from "./core/tool";
import { activityLabel } from "./labels";
import { findTool, TOOLS } from "./registry";

export type ActivityOutcome = { summary: string; link?: ChatLink };
export type ActivityDescription = { asked: ActivityField[]; outcome: ActivityOutcome };

type ActivityRow = Pick<
  AgentActivity,
  "organizationId" | "agentId" | "activityType" | "status" | "inputData" | "outputData" | "errorMessage"
> & { approval: Pick<Approval, "action" | "status"> | null };

const INBOX: ChatLink = { href: "/inbox", label: "Open the Inbox" };

/**
 * The tool that logged the row: the inbox item's action, else the agent's only tool of that activity
 * type, else the one whose input the row's input is (start_outreach and update_crm both log crm_update).
 */
function toolOf(activity: ActivityRow): AnyTool | undefined {
  if (activity.approval) return findTool(activity.approval.action);
  const candidates = Object.values(TOOLS).filter(
    (tool) => tool.agent === activity.agentId && tool.activityType === activity.activityType,
  );
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((tool) => tool.input.safeParse(activity.inputData).success);
}

function draftOf(outputData: unknown): ToolPreview | null {
  const draft = (outputData as { draft?: ToolPreview } | null)?.draft;
  return typeof draft?.summary === "string" ? draft : null;
}

const period = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);

function draftInWords(format: Formatter, draft: ToolPreview) {
  const amount =
    draft.amountCents === undefined ? "" : ` Amount: ${format.money(draft.amountCents, draft.currency ?? "USD")}.`;
  const recipients = draft.recipients?.length ? ` To: ${draft.recipients.join(", ")}.` : "";
  return `${period(draft.summary)}${amount}${recipients}`;
}

function parkedOutcome(format: Formatter, activity: ActivityRow, draft: ToolPreview): ActivityOutcome {
  const who = activity.status === "escalated" ? "an admin or owner" : "a person";
  const decision = activity.approval?.status ?? "pending";
  const head =
    decision === "pending"
      ? `Waits in the inbox for ${who} to decide:`
      : `Went to the inbox for ${who} to decide, and was ${decision}:`;
  return { summary: `${head} ${draftInWords(format, draft)}`, link: INBOX };
}

/** What an executed action did, in the chat's words for its tool; a plain sentence when they fail. */
async function executedOutcome(db: DbOrTx, activity: ActivityRow, format: Formatter): Promise<ActivityOutcome> {
  const tool = toolOf(activity);
  const answer = tool && answerFor(tool.name);
  const input = tool?.input.safeParse(activity.inputData);
  if (answer && input?.success) {
    try {
      const context = { db, organizationId: activity.organizationId, now: new Date(), format };
      const { summary, link } = await answer(context, input.data, activity.outputData);
      return { summary, link };
    } catch (error) {
      logger.warn("an activity's result could not be put into words", {
        tool: tool.name,
        error: error instanceof Error ? error.message : String(error),
      });
      return {
        summary: `${activityLabel(activity.activityType)}: done. Its result can no longer be said in words, as something it names has been deleted since.`,
      };
    }
  }
  return {
    summary:
      summarizeData(activity.outputData, { numbers: format }) ?? `${activityLabel(activity.activityType)}: done.`,
  };
}

function outcomeOf(db: DbOrTx, activity: ActivityRow, format: Formatter): Promise<ActivityOutcome> | ActivityOutcome {
  if (activity.status === "failed") {
    return { summary: `Nothing was done: it failed (${activity.errorMessage ?? "no message was recorded"}).` };
  }
  const draft = draftOf(activity.outputData);
  if (!draft) return executedOutcome(db, activity, format);
  if (activity.status === "pending" || activity.status === "escalated") return parkedOutcome(format, activity, draft);
  return { summary: `Drafted, not done (review only): ${draftInWords(format, draft)}` };
}

/**
 * What the action was asked and what came of it, looked up in the activity's own organization, with the
 * page's formatter (the organization's locale, the viewer's zone).
 */
export async function describeActivity(
  db: DbOrTx,
  activity: ActivityRow,
  format: Formatter,
): Promise<ActivityDescription> {
  const [asked, outcome] = await Promise.all([
    activityFields({ db, organizationId: activity.organizationId }, activity.inputData),
    outcomeOf(db, activity, format),
  ]);
  return { asked, outcome };
}
