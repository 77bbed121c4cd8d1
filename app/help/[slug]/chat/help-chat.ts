import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import type { SupportTurn } from "@/lib/agents/support/conversation";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, errorResponse, parseInput } from "@/lib/errors";
import { readBodyWithin } from "@/lib/request-body";
import { clientAddress } from "@/lib/request-meta";
import { createTokenBuckets } from "@/lib/token-bucket";
import { findHelpEvent, type HelpEvent, helpFormatter } from "../../help-event";
import { actionWords } from "./action-words";

/** What the browser gets of a turn: the words to show, nothing of the conversation's internals. */
export type HelpTurn = {
  reply: string;
  citations: { title: string; href: string }[];
  actions: string[];
  needsVerification: boolean;
};

/** 8 messages at once, then one every 5 seconds, per visitor address and event (a spam brake). */
const buckets = createTokenBuckets({ capacity: 8, refillPerSecond: 1 / 5 });

const MAX_BODY = 16_000;

function cookieName(event: HelpEvent) {
  return `eventos_help_${event.id.replaceAll("-", "")}`;
}

/**
 * The visitor's conversation with this event: the id the http-only cookie holds, only while it is a
 * conversation of this event with this email (a new email starts a new conversation).
 */
export async function currentConversation(request: NextRequest, event: HelpEvent, email?: string) {
  const id = request.cookies.get(cookieName(event))?.value;
  if (!id || !z.uuid().safeParse(id).success) return null;
  const conversation = await db.supportConversation.findFirst({
    where: {
      id,
      eventId: event.id,
      organizationId: event.organizationId,
      channel: "web",
      ...(email ? { attendeeEmail: { equals: email, mode: "insensitive" } } : {}),
    },
    select: { id: true },
  });
  return conversation?.id ?? null;
}

function keepConversation(response: NextResponse, event: HelpEvent, conversationId: string) {
  response.cookies.set(cookieName(event), conversationId, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: `/help/${event.slug}`,
    maxAge: 30 * 86_400,
  });
}

async function toHelpTurn(event: HelpEvent, turn: SupportTurn): Promise<HelpTurn> {
  const format = await helpFormatter(event);
  return {
    reply: turn.reply,
    citations: turn.citations.map((citation) => ({
      title: citation.title,
      href: `/help/${event.slug}/articles/${citation.articleId}`,
    })),
    actions: actionWords(turn, event, format),
    needsVerification: turn.needsVerification,
  };
}

/**
 * One chat request of a help page: the event from the slug, the per-address limit, the JSON body
 * checked against `schema`, then `act`; the turn goes back as words and the conversation into the cookie.
 * Errors answer with their status and a sentence (429 when the limit is reached).
 */
export async function handleHelpChat<T extends z.ZodType>(
  request: NextRequest,
  slug: string,
  schema: T,
  act: (event: HelpEvent, input: z.infer<T>) => Promise<SupportTurn>,
) {
  try {
    const event = await findHelpEvent(slug);
    if (!event) throw new AppError("not_found", "This help page does not exist.");
    const address = clientAddress(request.headers.get("x-forwarded-for"), env.TRUSTED_PROXY_COUNT) ?? "unknown";
    const taken = buckets.take(`${event.id}:${address}`);
    if (!taken.allowed) {
      const response = errorResponse(
        new AppError(
          "rate_limited",
          `Too many messages in a short time. Wait ${taken.retryAfterSeconds} ${taken.retryAfterSeconds === 1 ? "second" : "seconds"} and send it again.`,
        ),
      );
      response.headers.set("Retry-After", String(taken.retryAfterSeconds));
      return response;
    }
    const text = await readBodyWithin(request, MAX_BODY, "That message is too long.");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AppError("bad_request", "The message did not arrive in a form the help desk reads. Reload the page.");
    }
    const turn = await act(event, parseInput(schema, body));
    const response = NextResponse.json(await toHelpTurn(event, turn));
    keepConversation(response, event, turn.conversationId);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
