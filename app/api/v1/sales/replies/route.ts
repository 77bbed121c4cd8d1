import { timingSafeEqual } from "node:crypto";
import { inngest } from "@/inngest/client";
import { sponsorReplyReceived } from "@/inngest/events";
import { type InboundOutcome, REPLY_TEXT_LIMIT, receiveInboundReply } from "@/lib/agents/sales/inbound";
import { db } from "@/lib/db/client";
import { readPostmarkInbound } from "@/lib/email/postmark-inbound";
import { env } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { logger } from "@/lib/logger";

/*
 * Inbound replies, in the shape of Postmark's inbound webhook, authenticated with HTTP Basic (any user,
 * INBOUND_EMAIL_SECRET as the password) as Postmark sends it. Off (404) until the secret is configured.
 * The sender is untrusted: lib/agents/sales/inbound decides what the email may change.
 */

function authorized(request: Request, secret: string) {
  const header = request.headers.get("authorization") ?? "";
  if (!header.startsWith("Basic ")) return false;
  const password = Buffer.from(header.slice(6), "base64").toString("utf8").split(":").slice(1).join(":");
  const given = Buffer.from(password);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the provider is told: whether the email was stored and matched, never whose deal it reached. */
function answer(outcome: InboundOutcome) {
  if (outcome.status === "duplicate") return { stored: true, duplicate: true, matched: outcome.matched };
  if (outcome.status === "unmatched") return { stored: true, matched: false, reason: outcome.reason };
  return { stored: true, matched: true, classification: outcome.classification };
}

export async function POST(request: Request) {
  try {
    if (!env.INBOUND_EMAIL_SECRET) throw new AppError("not_found", "The inbound email webhook is not configured.");
    if (!authorized(request, env.INBOUND_EMAIL_SECRET)) {
      throw new AppError("unauthenticated", "Wrong or missing credentials for the inbound email webhook.");
    }
    const inbound = await readPostmarkInbound(request, REPLY_TEXT_LIMIT);
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
