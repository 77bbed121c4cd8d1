"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestJob } from "@/inngest/client";
import { sponsorReplyReceived } from "@/inngest/events";
import { requestOutreachCampaign } from "@/inngest/sales";
import { agentModeSchema } from "@/lib/agents/catalog";
import { recordReply } from "@/lib/agents/sales/inbound";
import { updateDeal } from "@/lib/agents/sales/pipeline";
import { replyEscalation } from "@/lib/agents/sales/replies";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type SponsorActionState = { error?: string; message?: string };

export async function updateDealAction(_previous: SponsorActionState, form: FormData): Promise<SponsorActionState> {
  try {
    const context = await requireContext("agents:run");
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const updated = await updateDeal(
      db,
      { organizationId: context.organization.id, userId: context.user.id, userName: context.user.name },
      {
        dealId: String(form.get("dealId") ?? ""),
        stage: form.get("stage") as never,
        note: text("note"),
        nextAction: text("nextAction"),
        nextActionOn: text("nextActionOn"),
      },
    );
    revalidatePath("/sponsors", "layout");
    return { message: `Saved (${updated.stage.replace("_", " ")}).` };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/**
 * A person records a reply that reached them directly. It is classified like a webhook reply and handed
 * to the durable reply handler, which puts the answer in the inbox when a person must give it.
 */
export async function recordReplyAction(_previous: SponsorActionState, form: FormData): Promise<SponsorActionState> {
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
    const label = recorded.classification.replace("_", " ");
    if (!recorded.duplicate) {
      const { replyId, dealId, classification } = recorded;
      await requestJob(
        sponsorReplyReceived.create({ organizationId: context.organization.id, replyId, dealId, classification }),
      );
    }
    revalidatePath("/sponsors", "layout");
    return {
      message: replyEscalation(recorded.classification)
        ? `Recorded as ${label}: a person must answer it, so it goes to the Inbox.`
        : `Recorded as ${label}.`,
    };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/** "Run the Sales agent" on the board: starts the outreach campaign and opens its page. */
export async function startCampaignAction(_previous: SponsorActionState, form: FormData): Promise<SponsorActionState> {
  let campaignId: string;
  try {
    const context = await requireContext("agents:run");
    const mode = agentModeSchema
      .optional()
      .catch(undefined)
      .parse(form.get("mode") || undefined);
    const started = await requestOutreachCampaign(
      db,
      { organizationId: context.organization.id, userId: context.user.id, role: context.role },
      String(form.get("eventId") ?? ""),
      mode,
    );
    campaignId = started.campaignId;
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
  redirect(`/sponsors/campaigns/${campaignId}`);
}
