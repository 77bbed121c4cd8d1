"use server";

import { revalidatePath } from "next/cache";
import { callerFor } from "@/lib/agents/caller";
import { runTool } from "@/lib/agents/core/gate";
import { recordReply } from "@/lib/agents/sales/inbound";
import { moveDeal } from "@/lib/agents/sales/pipeline";
import { replyEscalation } from "@/lib/agents/sales/replies";
import { updateCrm } from "@/lib/agents/sales/tools/update-crm";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type MoveDealState = { error?: string; message?: string };

export async function moveDealAction(_previous: MoveDealState, form: FormData): Promise<MoveDealState> {
  try {
    const context = await requireContext("agents:run");
    const moved = await moveDeal(
      db,
      { organizationId: context.organization.id, userId: context.user.id, userName: context.user.name },
      { dealId: String(form.get("dealId") ?? ""), stage: form.get("stage") as never },
    );
    revalidatePath("/sponsors");
    return { message: `Moved to ${moved.stage.replace("_", " ")}.` };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/**
 * A person records a reply that reached them directly. It is classified like a webhook reply; a class
 * that needs a person (pricing, legal, objection) puts the answer in the inbox through the gate.
 */
export async function recordReplyAction(_previous: MoveDealState, form: FormData): Promise<MoveDealState> {
  try {
    const context = await requireContext("agents:run");
    const recorded = await recordReply(
      db,
      "manual",
      {
        dealId: String(form.get("dealId") ?? ""),
        fromEmail: String(form.get("fromEmail") ?? ""),
        subject: String(form.get("subject") ?? ""),
        body: String(form.get("body") ?? ""),
      },
      { organizationId: context.organization.id },
    );
    if (!recorded) return { error: "That deal does not exist." };
    const label = recorded.classification.replace("_", " ");
    revalidatePath("/sponsors");
    if (!replyEscalation(recorded.classification)) return { message: `Recorded as ${label}.` };
    const deal = await db.sponsorDeal.findUniqueOrThrow({ where: { id: recorded.dealId } });
    await runTool(db, callerFor(context, "ui"), updateCrm, {
      eventId: deal.eventId,
      companyId: deal.companyId,
      replyId: recorded.replyId,
      stage: "negotiating",
    });
    revalidatePath("/", "layout");
    return { message: `Recorded as ${label}: a person must answer it, so it is in the Inbox.` };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}
