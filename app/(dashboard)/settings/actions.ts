"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireContext } from "@/lib/auth/context";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { inviteMember, revokeInvitation } from "@/lib/team/invitations";
import { changeMemberRole, removeMember } from "@/lib/team/members";
import { invitationIdInput, inviteInput, memberInput, roleChangeInput } from "@/lib/team/schemas";

export type TeamActionState = {
  error?: string;
  message?: string;
  fields?: Record<string, string[] | undefined>;
  email?: string;
};

/** Runs one team change for the signed-in owner or admin; the organization and role come from the server. */
async function asManager(run: (actor: { organizationId: string; userId: string }) => Promise<string>) {
  try {
    const context = await requireContext("team:manage");
    const message = await run({ organizationId: context.organization.id, userId: context.user.id });
    revalidatePath("/settings");
    return { message };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

export async function inviteMemberAction(_previous: TeamActionState, form: FormData): Promise<TeamActionState> {
  const email = String(form.get("email") ?? "");
  const parsed = inviteInput.safeParse({ email, role: form.get("role") });
  if (!parsed.success) {
    return { error: "Check the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors, email };
  }
  const result = await asManager(async (actor) => {
    await inviteMember(db, actor, parsed.data, await requestMeta());
    return `Invitation sent to ${parsed.data.email} as ${ROLE_LABELS[parsed.data.role]}. The link works once, for 7 days.`;
  });
  return result.error ? { ...result, email } : result;
}

export async function changeRoleAction(_previous: TeamActionState, form: FormData): Promise<TeamActionState> {
  const parsed = roleChangeInput.safeParse({ membershipId: form.get("membershipId"), role: form.get("role") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Choose a role." };
  return asManager(async (actor) => {
    const { changed } = await changeMemberRole(db, actor, parsed.data, await requestMeta());
    return changed ? "Saved" : "No change";
  });
}

export async function removeMemberAction(_previous: TeamActionState, form: FormData): Promise<TeamActionState> {
  const parsed = memberInput.safeParse({ membershipId: form.get("membershipId") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Pick a member." };
  return asManager(async (actor) => {
    const { name } = await removeMember(db, actor, parsed.data, await requestMeta());
    return `${name} was removed from the organization.`;
  });
}

export async function revokeInvitationAction(_previous: TeamActionState, form: FormData): Promise<TeamActionState> {
  const parsed = invitationIdInput.safeParse({ invitationId: form.get("invitationId") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Pick an invitation." };
  return asManager(async (actor) => {
    await revokeInvitation(db, actor, parsed.data.invitationId, await requestMeta());
    return "Invitation withdrawn";
  });
}
