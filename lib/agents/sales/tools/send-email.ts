import { randomBytes } from "node:crypto";
import { z } from "zod";
import { trackedOutreach } from "@/lib/email/tracking";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { requireEvent } from "../../event";
import { waitingReplyEscalation } from "../reply-holds";

const input = z
  .object({
    eventId: z.uuid({ error: "Pick an event (an event id)." }),
    dealId: z.uuid({ error: "Pick a sponsor deal (a deal id)." }),
    subject: z.string().trim().min(1, { error: "Write a subject." }).max(200),
    text: z.string().trim().min(1, { error: "Write the email." }).max(10_000),
    purpose: z.enum(["outreach", "follow_up"], { error: "The purpose is outreach or follow_up." }),
    links: z
      .array(z.url({ protocol: /^https?$/, error: "Links are web addresses (http or https)." }))
      .max(10)
      .optional(),
    /** Tells apart emails of one purpose to one deal (a second follow-up, for example). */
    key: z.string().trim().min(1).max(100).optional(),
  })
  .refine((args) => (args.links ?? []).every((link) => args.text.includes(link)), {
    error: "Each link must appear in the text of the email.",
    path: ["links"],
  });

type Args = z.infer<typeof input>;

/** The deal and its contact; refuses a deal nobody may be emailed about. */
async function load(deps: ToolDeps, args: Args) {
  const event = await requireEvent(deps, args.eventId);
  const deal = await deps.db.sponsorDeal.findFirst({
    where: { id: args.dealId, eventId: event.id, organizationId: deps.organizationId },
    include: { company: true, contact: true },
  });
  if (!deal) throw new AppError("not_found", "That sponsor deal does not exist for this event.");
  const { contact, company } = deal;
  if (!contact) throw new AppError("conflict", `The deal with ${company.name} has no contact to email. Add one first.`);
  if (contact.unsubscribedAt) {
    throw new AppError("conflict", `${contact.name} (${contact.email}) unsubscribed; no more emails go to them.`);
  }
  if (contact.suppressedAt) {
    throw new AppError("conflict", `Emails to ${contact.email} bounced or were marked as spam; it is suppressed.`);
  }
  return { event, deal, company, contact };
}

/**
 * The seed's send_email. Outreach goes out with an HTML part that tracks opens and clicks and
 * carries an unsubscribe link. Its policy holds on every path (chat, campaign step, approval): no email
 * to a contact whose reply waits for a person in the inbox.
 */
export const sendEmail = defineTool({
  name: "send_email",
  agent: "sales",
  description: "Send email to prospect. Tracks opens, clicks, and responses.",
  input,
  kind: "write",
  risk: "medium",
  activityType: "email_sent",
  async escalation(deps, args) {
    const { deal, contact } = await load(deps, args);
    return waitingReplyEscalation(deps, deal, contact.name);
  },
  async preview(deps, args) {
    const { event, company, contact } = await load(deps, args);
    return {
      summary: `Email ${contact.name} at ${company.name}: "${args.subject}"`,
      eventId: event.id,
      recipients: [contact.email],
    };
  },
  async run(deps, args) {
    const { event, deal, contact } = await load(deps, args);
    const trackingToken = randomBytes(18).toString("base64url");
    const { text, html, trackedLinks } = trackedOutreach({
      text: args.text,
      links: args.links ?? [],
      appUrl: env.APP_URL,
      token: trackingToken,
    });
    const emailId = await deps.queueEmail(
      {
        eventId: event.id,
        to: [contact.email],
        subject: args.subject,
        text,
        html,
        dealId: deal.id,
        trackingToken,
        trackedLinks,
      },
      `email:${deal.id}:${args.key ?? args.purpose}`,
    );
    return { emailId, to: contact.email, trackingToken };
  },
});
