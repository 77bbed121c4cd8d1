/**
 * What each durable step is, in words a person reads on the run page, by the step id the functions in
 * this folder (and inngest/approvals.ts) give it. `{name}` stands for the part of an id a function
 * computes (a wave number, a day, an inbox item's id); a label may use what it stands for. An id
 * without a label reads as its words (lib/agents/labels.ts), never as a dash-separated id.
 */
import { toolLabel } from "@/lib/agents/labels";

type StepLabel = string | ((parts: Record<string, string>) => string);

/** A decision is read again after each wait that timed out (round 1, 2, …). */
const again = ({ round }: Record<string, string>) => (round === "0" ? "" : " again");

export const STEP_LABELS: Record<string, StepLabel> = {
  // sales/outreach-campaign.ts
  "search-prospects": "Search the CRM for prospects",
  "qualify-prospects": "Qualify each prospect and keep the best",
  "report-analysis": "Report the analysis",
  "propose-prospect-list": "Propose the prospect list",
  "report-not-approved": "Report that the list was not approved",
  "resume-after-approval": "Resume after the approval",
  "outreach-started": "Send the proposals and first emails",
  "day-{days}": ({ days }) => `Wait ${days} days`,
  "day-{days}-follow-ups": ({ days }) => `Send the day-${days} follow-ups`,
  "meetings-after-day-{days}": ({ days }) => `Offer meetings to those who replied by day ${days}`,
  report: "Report the campaign's results",
  // sales/handle-reply.ts
  "offer-meeting": "Offer a meeting",
  "escalate-reply": "Send the reply to a person",
  // inngest/approvals.ts (waitForDecision), in every run that waits for an inbox item
  "read-decision-{approvalId}-{round}": (parts) => `Read the inbox decision${again(parts)}`,
  "decision-wait-started-{approvalId}-{round}": (parts) => `Start waiting for the decision${again(parts)}`,
  "wait-for-decision-{approvalId}-{round}": "Wait for a person to decide",
  "expire-decision-{approvalId}": "Expire the inbox item past its deadline",
  // operations/daily-check.ts, operations/weekly-report.ts
  "run-daily-operations": "Run the daily operations check",
  "generate-status-report": "Write and send the weekly status report",
  // orchestrator/launch-event.ts
  "load-completed-tasks": "Find the tasks already done",
  "initialize-tracking": "Set up deadline, sales and budget tracking",
  "index-event-knowledge": "Index the event's knowledge base for support search",
  "record-wave-{wave}": ({ wave }) => `Record the outcome of wave ${wave}`,
  // schedules/hourly.ts, schedules/every-4-hours.ts, email/sweep-outbox.ts, approvals/cancel-with-run.ts
  "find-due-daily-checks": "Find the events due for their daily check",
  "request-daily-checks": "Start their daily checks",
  "find-due-weekly-reports": "Find the events due for their weekly report",
  "request-weekly-reports": "Start their weekly reports",
  "expire-overdue-approvals": "Expire the inbox items past their deadline",
  "wake-waiting-runs": "Wake the runs waiting for them",
  "sweep-outbox": "Deliver the emails left in the outbox",
  "cancel-pending-items": "Cancel the run's inbox items",
};

const PLACEHOLDER = /\{(\w+)\}/g;

function matcher(pattern: string) {
  const names = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const source = pattern
    .split(PLACEHOLDER)
    .map((piece, index) => (index % 2 === 1 ? "(.+)" : piece.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return { regex: new RegExp(`^${source}$`), names };
}

const literalLength = (pattern: string) => pattern.replace(PLACEHOLDER, "").length;

// The most specific pattern first: "day-3-follow-ups" is a follow-up, not a wait of "3-follow-ups" days.
const PATTERNS = Object.entries(STEP_LABELS)
  .filter(([pattern]) => pattern.includes("{"))
  .sort(([a], [b]) => literalLength(b) - literalLength(a))
  .map(([pattern, label]) => ({ ...matcher(pattern), label }));

/** The words for a step id: "outreach-started" → "Send the proposals and first emails", "day-3" → "Wait 3 days". */
export function stepLabel(stepId: string): string {
  const exact = Object.hasOwn(STEP_LABELS, stepId) ? STEP_LABELS[stepId] : undefined;
  if (typeof exact === "string") return exact;
  for (const { regex, names, label } of PATTERNS) {
    const match = regex.exec(stepId);
    if (!match) continue;
    if (typeof label === "string") return label;
    return label(Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ""])));
  }
  return toolLabel(stepId.replaceAll("-", "_"));
}
