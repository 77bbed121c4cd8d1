/** The Sales agent in the chat: its tools, the requests that reach them, and their answers. */
import { z } from "zod";
import { requestOutreachCampaign } from "@/inngest/sales";
import { agentModeSchema, MODES } from "@/lib/agents/catalog";
import { runModeFor } from "@/lib/agents/core/modes";
import { consequenceLines } from "@/lib/copilot/confirmations";
import { gateChatTool } from "@/lib/copilot/gate-tools";
import { type ChatSurface, type ChatTool, chatEvent } from "@/lib/copilot/surface";
import { AppError } from "@/lib/errors";
import { describeLatestCampaign } from "./campaign";
import { scoreProspects } from "./prospects";
import { isQualified, OUTREACH_LIMITS, QUALIFIED_SCORE } from "./rules";
import { analyzeEngagementTool } from "./tools/analyze-engagement";
import { generateProposal } from "./tools/generate-proposal";
import { qualifyLead } from "./tools/qualify-lead";
import { scheduleMeeting } from "./tools/schedule-meeting";
import { searchLinkedin } from "./tools/search-linkedin";
import { searchSponsors } from "./tools/search-sponsors";
import { sendEmail } from "./tools/send-email";
import { startOutreach } from "./tools/start-outreach";
import { updateCrm } from "./tools/update-crm";

const eventArgs = z.object({ eventId: z.uuid({ error: "Which event? Give its id." }) });
const campaignArgs = eventArgs.extend({ mode: agentModeSchema.optional() });

const outreachCampaign: ChatTool<z.infer<typeof campaignArgs>> = {
  name: "salesAgent",
  description:
    "Run the Sales agent's sponsor outreach campaign for an event: find and qualify prospects, then (full auto, or once the prospect list is approved in assisted mode) proposals, emails and follow-ups on day 3 and day 7; review only returns the analysis. `mode` may only make the campaign stricter than configured.",
  parameters: campaignArgs,
  effect: "outward",
  phrase: "Find sponsors for {event}",
  async confirm(context, { eventId, mode: asked }) {
    const event = await chatEvent(context, eventId);
    const mode = await runModeFor(context.db, context.caller.organizationId, "sales", eventId, asked);
    // Today's ranking, read only: the campaign scores again when it runs.
    const ranked = await scoreProspects(context.db, context.caller.organizationId, event);
    const qualified = ranked
      .slice(0, OUTREACH_LIMITS.searched)
      .filter((prospect) => isQualified(prospect.score))
      .slice(0, OUTREACH_LIMITS.contacted);
    const names = qualified.slice(0, 3).map((prospect) => prospect.name);
    const more = qualified.length > names.length ? ` and ${qualified.length - names.length} more` : "";
    return {
      title: `Start the sponsor outreach campaign for ${event.name}`,
      lines: [
        ...consequenceLines({ mode }),
        qualified.length === 0
          ? `None of your ${ranked.length} sponsor companies scores ${QUALIFIED_SCORE}+ today: it would send nothing.`
          : `${qualified.length === 1 ? "1 prospect scores" : `${qualified.length} prospects score`} ${QUALIFIED_SCORE}+ today (${names.join(", ")}${more}): a proposal and a first email each, follow-ups on day 3 and day 7 to those who do not reply.`,
      ],
    };
  },
  async run(context, { eventId, mode }) {
    const { caller } = context;
    if (!caller.userId || !caller.role) throw new AppError("forbidden", "Sign in to run the Sales agent.");
    const started = await requestOutreachCampaign(
      context.db,
      { organizationId: caller.organizationId, userId: caller.userId, role: caller.role },
      eventId,
      mode ?? caller.runMode,
    );
    const next =
      started.mode === "assisted"
        ? "The prospect list will wait for your approval in the Inbox."
        : started.mode === "review_only"
          ? "It will analyse the opportunities and send nothing."
          : "It sends proposals and follows up on day 3 and day 7.";
    return {
      summary: `Started the sponsor outreach campaign for ${started.event} (${MODES[started.mode].label}). ${next}`,
      link: { href: `/sponsors/campaigns/${started.campaignId}`, label: "Follow the campaign" },
    };
  },
};

const campaignReport: ChatTool<z.infer<typeof eventArgs>> = {
  name: "sales_campaign_report",
  description:
    "The latest sponsor outreach campaign of an event: its status and report (prospects, proposals, response rate, meetings, what needs a person).",
  parameters: eventArgs,
  effect: "read",
  phrase: "How is the sponsor campaign going for {event}?",
  async run(context, { eventId }) {
    await chatEvent(context, eventId);
    const summary = await describeLatestCampaign(context.db, context.caller.organizationId, eventId);
    return summary
      ? { summary, link: { href: "/sponsors", label: "Open the sponsor board" } }
      : { summary: "This event has no sponsor outreach campaign yet. Ask me to find sponsors for it." };
  },
};

const rjf = { eventId: "rjf" };
const dcl = { eventId: "dcl" };
const nws = { eventId: "nws" };

export const salesChat: ChatSurface = {
  owner: "sales",
  tools: [
    outreachCampaign,
    campaignReport,
    gateChatTool(searchSponsors, {
      phrase: "Who are the best sponsor prospects for {event}?",
    }),
    gateChatTool(qualifyLead, { phrase: "How good a sponsor would this company be for {event}?" }),
    gateChatTool(analyzeEngagementTool, {
      phrase: "How engaged is this prospect?",
    }),
    gateChatTool(searchLinkedin, {
      phrase: "Find the decision makers at this company",
    }),
    gateChatTool(generateProposal, { phrase: "Write a sponsorship proposal" }),
    gateChatTool(updateCrm, { phrase: "Update the deal in the CRM" }),
    gateChatTool(sendEmail, { phrase: "Email this prospect", effect: "outward" }),
    gateChatTool(scheduleMeeting, {
      phrase: "Book a meeting with this prospect",
      effect: "outward",
    }),
    gateChatTool(startOutreach, {
      phrase: "Start outreach to these prospects",
      effect: "outward",
    }),
  ],
  examples: [
    { say: "Find sponsors for Riverside Jazz Fest", tool: "salesAgent", args: rjf },
    { say: "run the sales agent for devconf in assisted mode", tool: "salesAgent", args: { ...dcl, mode: "assisted" } },
    { say: "start sponsor outreach for the northwind summit", tool: "salesAgent", args: nws },
    {
      say: "look for sponsors for devconf lisbon, review only",
      tool: "salesAgent",
      args: { ...dcl, mode: "review_only" },
    },
    { say: "reach out to potential sponsors for the jazz festival", tool: "salesAgent", args: rjf },
    { say: "launch the sponsorship campaign for riverside", tool: "salesAgent", args: rjf },
    { say: "can you get us some sponsors for the summit", tool: "salesAgent", args: nws },
    { say: "email sponsor prospects for devconf", tool: "salesAgent", args: dcl },
    { say: "send proposals to potential sponsors", tool: "salesAgent" },
    { say: "start the sales agent's campaign for the jazz fest", tool: "salesAgent", args: rjf },
    { say: "let the sales agent run outreach for the summit", tool: "salesAgent", args: nws },
    { say: "run the sales agent", tool: "salesAgent" },
    { say: "how do I get more sponsors?", tool: "salesAgent", acts: false },
    { say: "should I start a sponsor campaign for devconf?", tool: "salesAgent", args: dcl, acts: false },
    { say: "don't contact any sponsors yet", tool: "salesAgent", acts: false },
    { say: "what would the sales agent do for riverside?", tool: "salesAgent", args: rjf, acts: false },
    { say: "do not start the outreach", tool: "salesAgent", acts: false },
    { say: "How is the sponsor campaign going for DevConf?", tool: "sales_campaign_report", args: dcl },
    { say: "how many sponsors replied to the outreach for riverside", tool: "sales_campaign_report", args: rjf },
    { say: "results of the sponsor campaign at the summit", tool: "sales_campaign_report", args: nws },
    { say: "how many meetings has the outreach booked", tool: "sales_campaign_report" },
    { say: "what is the response rate of the sponsor emails", tool: "sales_campaign_report" },
    { say: "status of the sponsor outreach", tool: "sales_campaign_report" },
    { say: "did the sponsor campaign for devconf finish?", tool: "sales_campaign_report", args: dcl },
    { say: "who are the best sponsor prospects for devconf?", tool: "search_sponsors", args: dcl },
    { say: "which companies would fit as sponsors for riverside jazz fest", tool: "search_sponsors", args: rjf },
    { say: "rank the potential sponsors for the northwind summit", tool: "search_sponsors", args: nws },
    { say: "list the top sponsor prospects", tool: "search_sponsors" },
    { say: "which companies could sponsor us", tool: "search_sponsors" },
    { say: "score our sponsor prospects for the jazz fest", tool: "search_sponsors", args: rjf },
    { say: "who should we approach for sponsorship", tool: "search_sponsors" },
    { say: "show the sponsor prospects ranked by score", tool: "search_sponsors" },
    { say: "best fit companies for sponsoring the summit", tool: "search_sponsors", args: nws },
    { say: "score Acme Analytics as a sponsor for devconf", tool: "qualify_lead", args: { ...dcl, companyId: "acme" } },
    { say: "is acme a qualified lead for riverside?", tool: "qualify_lead", args: { ...rjf, companyId: "acme" } },
    {
      say: "how good a fit is Acme Analytics for the summit",
      tool: "qualify_lead",
      args: { ...nws, companyId: "acme" },
    },
    { say: "find the decision makers at Acme Analytics", tool: "search_linkedin", args: { companyId: "acme" } },
    { say: "who should we contact at acme", tool: "search_linkedin", args: { companyId: "acme" } },
    { say: "look up the marketing director of Acme Analytics", tool: "search_linkedin", args: { companyId: "acme" } },
  ],
};
