import { createHash } from "node:crypto";
import { z } from "zod";
import { handleSupportMessage, type SupportTurn } from "@/lib/agents/support/conversation";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ApiPrincipal } from "./keys";
import type { SupportMessageInput, SupportMessageResult } from "./schemas";

const NO_EVENT = "No event with that id in your organization.";
const NO_CONVERSATION =
  "No conversation with that id on this event for this sender; leave conversationId out to start one.";

/** The turn as the API answers it: no internal ids (articles), no web-chat verification step. */
export function publicTurn(turn: SupportTurn): SupportMessageResult {
  return {
    conversationId: turn.conversationId,
    reply: turn.reply,
    actions: turn.actions.map((action) => ({
      type: action.type,
      orderExternalId: action.orderExternalId,
      orderReference: action.orderReference,
      status: action.status,
      ...(action.amountCents === undefined ? {} : { amountCents: action.amountCents }),
    })),
    escalated: turn.escalated,
    escalationReason: turn.escalationReason,
    citations: turn.citations.map((citation) => ({ title: citation.title })),
  };
}

/**
 * An attendee's message sent by an integrator: the event must be the key's organization's (404
 * otherwise, as for one that does not exist), and a conversation it continues must be this event's,
 * with the same sender. `from` counts as verified: the integrator vouches for it, as the inbound email
 * channel does for a sender. The request's Idempotency-Key goes to the conversation, so a retry whose
 * first attempt got part of the way still acts once.
 */
export async function sendSupportMessage(
  db: Db,
  principal: ApiPrincipal,
  input: { eventId: string; idempotencyKey: string; body: SupportMessageInput },
): Promise<SupportMessageResult> {
  const { organizationId } = principal;
  if (!z.uuid().safeParse(input.eventId).success) throw new AppError("not_found", NO_EVENT);
  const event = await db.event.findFirst({ where: { id: input.eventId, organizationId }, select: { id: true } });
  if (!event) throw new AppError("not_found", NO_EVENT);
  const { from, message, conversationId } = input.body;
  if (conversationId) {
    const conversation = await db.supportConversation.findFirst({
      where: { id: conversationId, organizationId, eventId: event.id, attendeeEmail: from },
      select: { id: true },
    });
    if (!conversation) throw new AppError("not_found", NO_CONVERSATION);
  }
  const turn = await handleSupportMessage(db, {
    organizationId,
    eventId: event.id,
    channel: "api",
    from,
    verified: true,
    message,
    conversationId,
    // The conversation scopes it to the organization and event; hashed, as a header key may be 255 characters.
    idempotencyKey: `api:${createHash("sha256").update(input.idempotencyKey).digest("hex")}`,
  });
  return publicTurn(turn);
}
