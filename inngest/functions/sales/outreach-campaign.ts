import { NonRetriableError } from "inngest";
import { waitForDecision } from "@/inngest/approvals";
import { durableCaller } from "@/lib/agents/caller";
import { runTool } from "@/lib/agents/core/gate";
import {
  campaignProspects,
  campaignReport,
  finishCampaign,
  outreachFacts,
  setCampaign,
  setProspect,
  stopReason,
} from "@/lib/agents/sales/campaign";
import { followUpEmail, initialEmail } from "@/lib/agents/sales/outreach-copy";
import { spotsLeft } from "@/lib/agents/sales/packages";
import { isQualified, OUTREACH_LIMITS } from "@/lib/agents/sales/rules";
import { generateProposal } from "@/lib/agents/sales/tools/generate-proposal";
import { qualifyLead } from "@/lib/agents/sales/tools/qualify-lead";
import { scheduleMeeting } from "@/lib/agents/sales/tools/schedule-meeting";
import { searchSponsors } from "@/lib/agents/sales/tools/search-sponsors";
import { sendEmail } from "@/lib/agents/sales/tools/send-email";
import { startOutreach } from "@/lib/agents/sales/tools/start-outreach";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { inngest } from "../../client";
import { salesCampaignRequested } from "../../events";

const DAY_MS = 86_400_000;

/**
 * The seed's run_outreach_campaign, step by step: search 20 prospects, qualify each and keep the top 10
 * scoring 80+, then (full auto, or assisted once a person approved the list) a proposal and a first
 * email each, follow-ups on day 3 and day 7 to those who have not replied, meeting offers to those who
 * replied with interest, and a report. Every action goes through the gate; review only stops after the
 * analysis. A reply, a booking or an unsubscribe stops that prospect's sequence.
 */
export const outreachCampaign = inngest.createFunction(
  {
    id: "sales-outreach-campaign",
    name: "Sales: outreach campaign",
    triggers: [salesCampaignRequested],
    concurrency: { limit: 1, key: "event.data.eventId" },
  },
  async ({ event, step, runId }) => {
    const { organizationId, eventId, campaignId, mode } = event.data;
    const caller = (step: string) => durableCaller({ organizationId, runId, runMode: mode }, step);
    const run = async <T>(key: string, work: () => Promise<T>) => step.run(key, work);

    const found = await run("search-prospects", async () => {
      await setCampaign(db, campaignId, { runId });
      const outcome = await runTool(db, caller("search"), searchSponsors, { eventId, limit: OUTREACH_LIMITS.searched });
      if (outcome.status !== "executed") throw new NonRetriableError("search_sponsors did not run");
      return outcome.output.prospects.map(({ companyId, name }) => ({ companyId, name }));
    });

    const qualified = await run("qualify-prospects", async () => {
      const scored = [];
      for (const prospect of found) {
        const outcome = await runTool(db, caller(`qualify:${prospect.companyId}`), qualifyLead, {
          eventId,
          companyId: prospect.companyId,
        });
        if (outcome.status === "executed") scored.push(outcome.output);
      }
      return scored
        .filter((lead) => isQualified(lead.score))
        .sort((a, b) => b.score - a.score)
        .slice(0, OUTREACH_LIMITS.contacted)
        .map(({ companyId, name, score, bestTier, reasons }) => ({ companyId, name, score, bestTier, reasons }));
    });

    if (mode === "review_only" || qualified.length === 0) {
      return run("report-analysis", () =>
        finishCampaign(db, campaignId, "completed", {
          mode,
          prospectsFound: found.length,
          qualified: qualified.length,
          opportunities: qualified,
          note:
            qualified.length === 0
              ? "No prospect scored 80 or more: nothing to send. Import more companies or adjust the packages."
              : "Review only: the agent analysed the opportunities and wrote nothing.",
        }),
      );
    }

    const plan = await run("propose-prospect-list", async () => {
      const outcome = await runTool(db, caller("plan"), startOutreach, {
        eventId,
        campaignId,
        prospects: qualified.map(({ companyId, name, score }) => ({ companyId, name, score })),
      });
      if (outcome.status === "pending_approval" || outcome.status === "escalated") {
        await setCampaign(db, campaignId, { status: "waiting_for_approval" });
        return { approvalId: outcome.approvalId };
      }
      return { approvalId: null };
    });
    if (plan.approvalId) {
      const decision = await waitForDecision(step, plan.approvalId);
      if (decision !== "approved") {
        return run("report-not-approved", () =>
          finishCampaign(db, campaignId, "completed", {
            mode,
            prospectsFound: found.length,
            qualified: qualified.length,
            note: `The prospect list was ${decision}: nothing was sent.`,
          }),
        );
      }
      await run("resume-after-approval", () => setCampaign(db, campaignId, { status: "running" }));
    }

    const startedAt = await run("outreach-started", async () => {
      const prospects = await campaignProspects(db, campaignId);
      for (const prospect of prospects) {
        const tier = qualified.find((lead) => lead.companyId === prospect.deal.companyId)?.bestTier;
        if (!tier) {
          await setProspect(db, campaignId, prospect.dealId, {
            status: "needs_person",
            stoppedReason: "No package fits its budget",
          });
          continue;
        }
        const proposal = await runTool(db, caller(`proposal:${prospect.dealId}`), generateProposal, {
          eventId,
          dealId: prospect.dealId,
          packageTier: tier,
        });
        if (proposal.status !== "executed") {
          const reason = "reason" in proposal ? proposal.reason : "The proposal waits for a person";
          await setProspect(db, campaignId, prospect.dealId, { status: "needs_person", stoppedReason: reason });
          continue;
        }
        // Read again: the proposal step just wrote the deal's proposal and package.
        const [fresh] = await campaignProspects(db, campaignId, prospect.dealId);
        if (!fresh) continue;
        const left = fresh.deal.proposals[0] ? await spotsLeft(db, fresh.deal.proposals[0].package, fresh.dealId) : 1;
        const email = initialEmail(outreachFacts(fresh, proposal.output.url, Math.max(1, left)));
        const sent = await runTool(db, caller(`email:${prospect.dealId}:initial`), sendEmail, {
          eventId,
          dealId: prospect.dealId,
          subject: email.subject,
          text: email.text,
          purpose: "outreach",
          links: [proposal.output.url],
        }).catch((error: Error) => ({ status: "refused" as const, reason: error.message }));
        // An email the policy sent to a person (a reply of theirs waits in the inbox) needs a person.
        const held = sent.status === "escalated" || sent.status === "pending_approval";
        await setProspect(
          db,
          campaignId,
          prospect.dealId,
          sent.status === "executed"
            ? { status: "emailed", lastEmailAt: new Date() }
            : {
                status: held ? "needs_person" : "stopped",
                stoppedReason: "reason" in sent ? sent.reason : "The email was not sent",
              },
        );
      }
      return Date.now();
    });

    for (const round of [1, 2] as const) {
      await step.sleepUntil(`day-${round === 1 ? 3 : 7}`, new Date(startedAt + (round === 1 ? 3 : 7) * DAY_MS));
      await run(`day-${round === 1 ? 3 : 7}-follow-ups`, async () => {
        const { createdAt } = await db.outreachCampaign.findUniqueOrThrow({ where: { id: campaignId } });
        for (const prospect of await campaignProspects(db, campaignId)) {
          if (!["emailed", "followed_up_1"].includes(prospect.status)) continue;
          const stop = stopReason(prospect, createdAt);
          if (stop) {
            await setProspect(db, campaignId, prospect.dealId, { status: stop.status, stoppedReason: stop.reason });
            continue;
          }
          const proposal = prospect.deal.proposals[0];
          if (!proposal) continue;
          const url = new URL(`/p/${proposal.token}`, env.APP_URL).href;
          const left = Math.max(1, await spotsLeft(db, proposal.package, prospect.dealId));
          const email = followUpEmail(outreachFacts(prospect, url, left), round);
          const sent = await runTool(db, caller(`email:${prospect.dealId}:follow-up-${round}`), sendEmail, {
            eventId,
            dealId: prospect.dealId,
            subject: email.subject,
            text: email.text,
            purpose: "follow_up",
            key: `follow-up-${round}`,
            links: [url],
          });
          if (sent.status === "executed") {
            await setProspect(db, campaignId, prospect.dealId, {
              status: `followed_up_${round}`,
              lastEmailAt: new Date(),
            });
          }
        }
      });
      await run(`meetings-after-day-${round === 1 ? 3 : 7}`, async () => {
        for (const prospect of await campaignProspects(db, campaignId)) {
          const interested = prospect.deal.replies.some((reply) =>
            ["interested", "question"].includes(reply.classification),
          );
          if (!interested || prospect.deal.meetings.length > 0 || prospect.deal.contact?.unsubscribedAt) continue;
          const offer = await runTool(db, caller(`meeting:${prospect.dealId}`), scheduleMeeting, {
            eventId,
            dealId: prospect.dealId,
          });
          if (offer.status === "executed") await setProspect(db, campaignId, prospect.dealId, { status: "meeting" });
        }
      });
    }

    return run("report", async () =>
      finishCampaign(db, campaignId, "completed", { mode, ...(await campaignReport(db, campaignId, found.length)) }),
    );
  },
);
