/**
 * A durable run in words for its page: what started it ("Sponsor outreach for DevConf Lisbon, assisted
 * mode, requested by Priya") and what each step gave back, as counts and names. Names are looked up in
 * the run's organization only. The stored JSON stays behind the page's "Technical details".
 */
import { z } from "zod";
import {
  approvalDecided,
  dailyCheckRequested,
  eventLaunchRequested,
  fourHourlyScheduleRequested,
  hourlyScheduleRequested,
  outboxSweepRequested,
  salesCampaignRequested,
  sponsorReplyReceived,
  weeklyReportRequested,
} from "@/inngest/events";
import { MODES } from "@/lib/agents/catalog";
import { count, EN_US_NUMBERS } from "@/lib/copilot/words";
import { summarizeData } from "@/lib/data-summary";
import type { DbOrTx } from "@/lib/db/client";
import type { RunDetail } from "./runs";

/** What started a run: `what` goes before the run's event (linked by the page), `details` after it. */
export type RunTrigger = { what: string; details: string[] };

const uuid = z.uuid();
// One lenient reading of every trigger's data: each event uses some of these fields (inngest/events.ts).
const triggerData = z
  .object({
    campaignId: uuid,
    mode: z.enum(["full_auto", "assisted", "review_only"]),
    requestedById: uuid,
    reason: z.enum(["schedule", "launch", "manual"]),
    week: z.string(),
    dealId: uuid,
    classification: z.string(),
  })
  .partial()
  .catch({});
type TriggerData = z.infer<typeof triggerData>;

type Scope = { db: DbOrTx; organizationId: string };

async function memberName({ db, organizationId }: Scope, userId: string | undefined) {
  if (!userId) return null;
  const member = await db.membership.findFirst({
    where: { organizationId, userId },
    select: { user: { select: { name: true } } },
  });
  return member?.user.name ?? null;
}

const requestedBy = (name: string | null) => (name ? [`requested by ${name}`] : []);

const CHECK_REASONS = {
  schedule: "asked by the hourly schedule",
  launch: "asked by the event's launch",
  manual: "asked by a person",
};

/** "Run now" of a schedule, from the Runs page: whoever asked, for their organization only. */
async function runNow(scope: Scope, data: TriggerData): Promise<RunTrigger> {
  return { what: "Run now", details: requestedBy(await memberName(scope, data.requestedById)) };
}

const TRIGGERS: Record<string, (scope: Scope, data: TriggerData) => Promise<RunTrigger>> = {
  [hourlyScheduleRequested.name]: runNow,
  [fourHourlyScheduleRequested.name]: runNow,
  [outboxSweepRequested.name]: runNow,
  async [salesCampaignRequested.name](scope, data) {
    const campaign = data.campaignId
      ? await scope.db.outreachCampaign.findFirst({
          where: { id: data.campaignId, event: { organizationId: scope.organizationId } },
          select: { requestedById: true },
        })
      : null;
    const mode = data.mode ? [`${MODES[data.mode].label.toLowerCase()} mode`] : [];
    return {
      what: "Sponsor outreach",
      details: [...mode, ...requestedBy(await memberName(scope, campaign?.requestedById ?? undefined))],
    };
  },
  async [dailyCheckRequested.name](_scope, data) {
    return { what: "Daily operations check", details: data.reason ? [CHECK_REASONS[data.reason]] : [] };
  },
  async [weeklyReportRequested.name](_scope, data) {
    return { what: "Weekly status report", details: data.week ? [`week ${data.week}`] : [] };
  },
  async [eventLaunchRequested.name](scope, data) {
    return { what: "Launch of the agents", details: requestedBy(await memberName(scope, data.requestedById)) };
  },
  async [sponsorReplyReceived.name](scope, data) {
    const deal = data.dealId
      ? await scope.db.sponsorDeal.findFirst({
          where: { id: data.dealId, organizationId: scope.organizationId },
          select: { company: { select: { name: true } } },
        })
      : null;
    const kind = data.classification ? ` (${data.classification.replaceAll("_", " ")})` : "";
    return { what: `A reply from ${deal?.company.name ?? "a prospect"}${kind}`, details: [] };
  },
};

/** What started the run, in words; a system run's trigger is its schedule, shared by every organization. */
export async function describeTrigger(
  db: DbOrTx,
  organizationId: string,
  run: Pick<RunDetail, "eventName" | "eventData" | "system">,
): Promise<RunTrigger> {
  if (run.system) return { what: "Its schedule", details: [] };
  const scope = { db, organizationId };
  const data = triggerData.parse(run.eventData);
  const trigger = TRIGGERS[run.eventName];
  return trigger ? trigger(scope, data) : { what: `A "${run.eventName}" event`, details: [] };
}

const sentEvents = z.object({ ids: z.array(z.string()) });
const receivedEvent = z.object({ name: z.string(), data: z.unknown() });
const decision = z.object({ status: z.string() });

/** What a step gave back, in words: events sent are counted, a decision received is said, the rest summarised. */
export function stepOutputInWords(step: Pick<RunDetail["steps"][number], "kind" | "data">): string | null {
  if (step.kind === "sendEvent") {
    const sent = sentEvents.safeParse(step.data).data;
    return sent ? `Sent ${count(EN_US_NUMBERS, sent.ids.length, "request")}` : null;
  }
  if (step.kind === "waitForEvent") {
    const received = receivedEvent.safeParse(step.data).data;
    if (!received) return "Timed out without an answer";
    const decided = received.name === approvalDecided.name ? decision.safeParse(received.data).data : undefined;
    return decided ? `The inbox item was ${decided.status}` : summarizeData(received.data);
  }
  return summarizeData(step.data);
}
