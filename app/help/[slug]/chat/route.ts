import type { NextRequest } from "next/server";
import { z } from "zod";
import { handleSupportMessage } from "@/lib/agents/support/conversation";
import { db } from "@/lib/db/client";
import { currentConversation, handleHelpChat } from "./help-chat";

const messageInput = z.object({
  email: z.email({ error: "Give the email address you bought your ticket with." }).max(254),
  message: z
    .string()
    .trim()
    .min(1, { error: "Write your question first." })
    .max(2000, { error: "Keep a message under 2,000 characters." }),
});

/**
 * A visitor's message from the help page's chat. The visitor is not verified (anyone can type an
 * email): the conversation layer asks for a one-time code before it acts on or tells of an order.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleHelpChat(request, slug, messageInput, async (event, input) =>
    handleSupportMessage(db, {
      organizationId: event.organizationId,
      eventId: event.id,
      channel: "web",
      verified: false,
      from: input.email,
      message: input.message,
      conversationId: (await currentConversation(request, event, input.email)) ?? undefined,
    }),
  );
}
