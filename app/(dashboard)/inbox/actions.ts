"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publishDecision } from "@/inngest/approvals";
import { callerFor } from "@/lib/agents/caller";
import { type ApprovalState, approvalState } from "@/lib/agents/core/approval-state";
import { type DecisionOutcome, decideApproval } from "@/lib/agents/core/approvals";
import { bulkApprove } from "@/lib/agents/core/bulk-approve";
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

/** What the person is told; the policy's own words when it stopped the action. */
function sayOutcome(outcome: Exclude<DecisionOutcome, { status: "already_decided" }>) {
  if (outcome.status === "escalated") return `Not done yet: ${outcome.reason} It stays in the inbox.`;
  if (outcome.status === "refused") return outcome.reason;
  return MESSAGES[outcome.status];
}

/** A durable run may be waiting for this item: tell it (it also re-reads the stored decision itself). */
async function publish(approvalId: string, outcome: DecisionOutcome) {
  if (outcome.status === "already_decided" || outcome.status === "escalated") return;
  await publishDecision(approvalId, outcome.status === "refused" ? "rejected" : outcome.status);
}

async function caller() {
  const context = await requireContext("approvals:decide");
  return { ...callerFor(context, "ui"), userId: context.user.id };
}

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
  const outcome = await decideApproval(db, await caller(), approvalId, decision, findTool, await requestMeta());
  await publish(approvalId, outcome);
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
    return outcome.status === "escalated" ? { error: sayOutcome(outcome) } : { message: sayOutcome(outcome) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

/** Approves each selected item through the same single-item path; policy escalations are left out. */
export async function bulkApproveAction(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const ids = z.array(z.uuid()).safeParse(form.getAll("approvalId"));
  if (!ids.success || ids.data.length === 0) return { error: "Select at least one item to approve." };
  const result = await bulkApprove(db, await caller(), ids.data, findTool, await requestMeta());
  for (const { id, outcome } of result.decided) await publish(id, outcome);
  revalidatePath("/", "layout");
  const count = (status: DecisionOutcome["status"]) =>
    result.decided.filter(({ outcome }) => outcome.status === status).length;
  const approved = count("approved");
  const notes = [
    result.excluded.length > 0 &&
      `${result.excluded.length} policy escalation${result.excluded.length === 1 ? " was" : "s were"} left out: an admin or owner decides each one on its own.`,
    count("escalated") > 0 &&
      `${count("escalated")} now cross${count("escalated") === 1 ? "es" : ""} a policy threshold and wait${count("escalated") === 1 ? "s" : ""} for an admin or owner.`,
    count("refused") > 0 && `${count("refused")} not run because the agent is now in review only.`,
    ...result.problems,
  ].filter((note): note is string => typeof note === "string");
  const summary = `Approved ${approved} item${approved === 1 ? "" : "s"}.`;
  return notes.length > 0 ? { error: `${summary} ${notes.join(" ")}` } : { message: summary };
}

/** Where one item stands now, for a chat card shown again after a reload (it may be decided elsewhere). */
export async function approvalStateAction(approvalId: string): Promise<{ state?: ApprovalState; error?: string }> {
  try {
    const context = await requireContext();
    return { state: await approvalState(db, context.organization.id, approvalId) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}
