"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publishDecision } from "@/inngest/approvals";
import { callerFor } from "@/lib/agents/caller";
import { decideApproval } from "@/lib/agents/core/approvals";
import { findTool } from "@/lib/agents/registry";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";

export type DecisionState = { error?: string; message?: string };

const MESSAGES = {
  approved: "Approved and done.",
  rejected: "Rejected. The agent will not act.",
  expired: "This item had expired, so it counts as rejected.",
} as const;

function parseEdited(raw: FormDataEntryValue | null): Record<string, unknown> | undefined {
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new AppError("validation", 'The edited arguments must be a JSON object, like {"note": "…"}.');
}

async function decide(approvalId: string, decision: Parameters<typeof decideApproval>[3]) {
  const context = await requireContext("approvals:decide");
  const caller = { ...callerFor(context, "ui"), userId: context.user.id };
  const outcome = await decideApproval(db, caller, approvalId, decision, findTool, await requestMeta());
  // A durable run may be waiting for this item: tell it (it also re-reads the stored decision itself).
  if (outcome.status !== "already_decided") await publishDecision(approvalId, outcome.status);
  return outcome;
}

export async function decideAction(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  try {
    const approvalId = String(form.get("approvalId") ?? "");
    const outcome =
      form.get("decision") === "reject"
        ? await decide(approvalId, { decision: "reject", reason: String(form.get("reason") ?? "") })
        : await decide(approvalId, { decision: "approve", editedArguments: parseEdited(form.get("arguments")) });
    revalidatePath("/", "layout");
    if (outcome.status === "already_decided") return { message: `Someone already decided this: ${outcome.decided}.` };
    return { message: MESSAGES[outcome.status] };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/** Approves each selected item through the same single-item path. */
export async function bulkApproveAction(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const ids = z.array(z.uuid()).safeParse(form.getAll("approvalId"));
  if (!ids.success || ids.data.length === 0) return { error: "Select at least one item to approve." };
  let approved = 0;
  const problems: string[] = [];
  for (const id of ids.data) {
    try {
      const outcome = await decide(id, { decision: "approve" });
      if (outcome.status === "approved") approved += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(error.message);
    }
  }
  revalidatePath("/", "layout");
  return problems.length > 0
    ? { error: `Approved ${approved}; ${problems.length} could not be approved: ${problems.join(" ")}` }
    : { message: `Approved ${approved} item${approved === 1 ? "" : "s"}.` };
}
