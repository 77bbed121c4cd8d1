import { REPLY_TEXT_LIMIT } from "@/lib/agents/sales/inbound";
import { receiveSupportEmail, supportEmailAnswer } from "@/lib/agents/support/inbound-email";
import { db } from "@/lib/db/client";
import { readPostmarkInbound, requireInboundWebhookAuth } from "@/lib/email/postmark-inbound";
import { errorResponse } from "@/lib/errors";

/*
 * The support inbox as its own inbound webhook (Postmark's shape, HTTP Basic with INBOUND_EMAIL_SECRET),
 * for a provider stream that carries only support mail. A stream carrying the whole inbound domain posts
 * to /api/v1/sales/replies, which hands support mail to the same function (docs/api.md).
 */
export async function POST(request: Request) {
  try {
    requireInboundWebhookAuth(request);
    const inbound = await readPostmarkInbound(request, REPLY_TEXT_LIMIT);
    const outcome = (await receiveSupportEmail(db, inbound)) ?? {
      status: "ignored" as const,
      reason: "It was not sent to a support address, nor does it answer a support reply.",
    };
    // Accepted either way, so the provider does not retry an email that will never be answered.
    return Response.json(supportEmailAnswer(outcome));
  } catch (error) {
    return errorResponse(error);
  }
}
