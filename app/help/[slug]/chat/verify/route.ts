import type { NextRequest } from "next/server";
import { z } from "zod";
import { confirmVerificationCode } from "@/lib/agents/support/verification";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { currentConversation, handleHelpChat } from "../help-chat";

const codeInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "Type the code from the email." })
    .max(20, { error: "That is not a code from our email." }),
});

/** The one-time code a visitor types: on success the request that needed it is carried out. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleHelpChat(request, slug, codeInput, async (event, input) => {
    const conversationId = await currentConversation(request, event);
    if (!conversationId) {
      throw new AppError("conflict", "This chat has ended. Write your question again to get a new code.");
    }
    return confirmVerificationCode(db, { conversationId, eventId: event.id, code: input.code });
  });
}
