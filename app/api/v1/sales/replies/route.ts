import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { inngest } from "@/inngest/client";
import { sponsorReplyReceived } from "@/inngest/events";
import { recordReply } from "@/lib/agents/sales/inbound";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * Inbound replies, in the shape of Postmark's inbound webhook (From, Subject, TextBody, MessageID),
 * authenticated with HTTP Basic (any user, INBOUND_EMAIL_SECRET as the password) as Postmark sends it.
 * Off (404) until the secret is configured.
 */
const inboundSchema = z.object({
  FromFull: z.object({ Email: z.string() }).optional(),
  From: z.string(),
  Subject: z.string().default(""),
  TextBody: z.string(),
  MessageID: z.string().optional(),
});

function authorized(request: Request, secret: string) {
  const header = request.headers.get("authorization") ?? "";
  if (!header.startsWith("Basic ")) return false;
  const password = Buffer.from(header.slice(6), "base64").toString("utf8").split(":").slice(1).join(":");
  const given = Buffer.from(password);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request) {
  try {
    if (!env.INBOUND_EMAIL_SECRET) throw new AppError("not_found", "The inbound email webhook is not configured.");
    if (!authorized(request, env.INBOUND_EMAIL_SECRET)) {
      throw new AppError("unauthenticated", "Wrong or missing credentials for the inbound email webhook.");
    }
    const payload = inboundSchema.safeParse(await request.json().catch(() => null));
    if (!payload.success) {
      throw new AppError("bad_request", "Expected an inbound email as JSON with From, Subject and TextBody.");
    }
    const email = payload.data.FromFull?.Email ?? /<([^>]+)>/.exec(payload.data.From)?.[1] ?? payload.data.From;
    const recorded = await recordReply(db, "webhook", {
      fromEmail: email.trim(),
      subject: payload.data.Subject,
      body: payload.data.TextBody,
      externalId: payload.data.MessageID,
    });
    if (recorded && !recorded.duplicate) {
      const deal = await db.sponsorDeal.findUniqueOrThrow({
        where: { id: recorded.dealId },
        select: { organizationId: true },
      });
      const { replyId, dealId, classification } = recorded;
      // The reply is stored: if the job engine is down, the campaign still sees it at its next step.
      await inngest
        .send(sponsorReplyReceived.create({ organizationId: deal.organizationId, replyId, dealId, classification }))
        .catch((error: unknown) => logger.warn("reply event not sent", { replyId, error: String(error) }));
    }
    // An email nobody was written to is accepted and dropped, so the provider does not retry it forever.
    return Response.json(
      recorded ? { stored: true, ...recorded } : { stored: false, reason: "No deal matches the sender." },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
