import { inngest } from "@/inngest/client";
import { sponsorReplyReceived } from "@/inngest/events";
import { type InboundOutcome, REPLY_TEXT_LIMIT, receiveInboundReply } from "@/lib/agents/sales/inbound";
import { receiveSupportEmail, supportEmailAnswer } from "@/lib/agents/support/inbound-email";
import { db } from "@/lib/db/client";
import { readPostmarkInbound, requireInboundWebhookAuth } from "@/lib/email/postmark-inbound";
import { errorResponse } from "@/lib/errors";
import { logger } from "@/lib/logger";

/*
 * Inbound replies, in the shape of Postmark's inbound webhook, authenticated with HTTP Basic (any user,
 * INBOUND_EMAIL_SECRET as the password) as Postmark sends it. Off (404) until the secret is configured.
 * The sender is untrusted: lib/agents/sales/inbound decides what the email may change. One inbound
 * stream delivers every address of the inbound domain here, so an email to a support address (or
 * answering a support reply) goes to the Support agent, as at /api/v1/support/email.
 */

/** What the provider is told: whether the email was stored and matched, never whose deal it reached. */
function answer(outcome: InboundOutcome) {
  if (outcome.status === "duplicate") return { stored: true, duplicate: true, matched: outcome.matched };
  if (outcome.status === "unmatched") return { stored: true, matched: false, reason: outcome.reason };
  return { stored: true, matched: true, classification: outcome.classification };
}

export async function POST(request: Request) {
  try {
    requireInboundWebhookAuth(request);
    const inbound = await readPostmarkInbound(request, REPLY_TEXT_LIMIT);
    const support = await receiveSupportEmail(db, inbound);
    if (support) return Response.json(supportEmailAnswer(support));
    const outcome = await receiveInboundReply(db, inbound);
    if (outcome.status === "matched") {
      const { organizationId, replyId, dealId, classification } = outcome;
      // The reply is stored: if the job engine is down, the campaign still sees it at its next step.
      await inngest
        .send(sponsorReplyReceived.create({ organizationId, replyId, dealId, classification }))
        .catch((error: unknown) => logger.warn("reply event not sent", { replyId, error: String(error) }));
    } else if (outcome.status === "unmatched") {
      logger.info("inbound email unmatched", { externalId: inbound.externalId, reason: outcome.reason });
    }
    // An unmatched email is accepted (and kept), so the provider does not retry it forever.
    return Response.json(answer(outcome));
  } catch (error) {
    return errorResponse(error);
  }
}
