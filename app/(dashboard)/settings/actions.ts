"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireContext } from "@/lib/auth/context";
import { type Permission, ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LOCALES } from "@/lib/locales";
import { LOCALE_REFUSED, localeInput, setOrganizationLocale } from "@/lib/organization/locale";
import { requestMeta } from "@/lib/request-meta";
import { inviteMember, revokeInvitation } from "@/lib/team/invitations";
import { changeMemberRole, removeMember } from "@/lib/team/members";
import { invitationIdInput, inviteInput, memberInput, roleChangeInput } from "@/lib/team/schemas";

export type SettingsActionState = {
  error?: string;
  message?: string;
  fields?: Record<string, string[] | undefined>;
  email?: string;
};

/** Runs one settings change for the signed-in owner or admin; the organization and role come from the server. */
async function asManager(
  run: (actor: { organizationId: string; userId: string }) => Promise<string>,
  permission: Permission = "team:manage",
) {
  try {
    const context = await requireContext(permission);
    const message = await run({ organizationId: context.organization.id, userId: context.user.id });
    revalidatePath("/settings");
    return { message };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}

export async function inviteMemberAction(_previous: SettingsActionState, form: FormData): Promise<SettingsActionState> {
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

export async function changeRoleAction(_previous: SettingsActionState, form: FormData): Promise<SettingsActionState> {
  const parsed = roleChangeInput.safeParse({ membershipId: form.get("membershipId"), role: form.get("role") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Choose a role." };
  return asManager(async (actor) => {
    const { changed } = await changeMemberRole(db, actor, parsed.data, await requestMeta());
    return changed ? "Saved" : "No change";
  });
}

export async function removeMemberAction(_previous: SettingsActionState, form: FormData): Promise<SettingsActionState> {
  const parsed = memberInput.safeParse({ membershipId: form.get("membershipId") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Pick a member." };
  return asManager(async (actor) => {
    const { name } = await removeMember(db, actor, parsed.data, await requestMeta());
    return `${name} was removed from the organization.`;
  });
}

export async function revokeInvitationAction(
  _previous: SettingsActionState,
  form: FormData,
): Promise<SettingsActionState> {
  const parsed = invitationIdInput.safeParse({ invitationId: form.get("invitationId") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Pick an invitation." };
  return asManager(async (actor) => {
    await revokeInvitation(db, actor, parsed.data.invitationId, await requestMeta());
    return "Invitation withdrawn";
  });
}

export async function setLocaleAction(_previous: SettingsActionState, form: FormData): Promise<SettingsActionState> {
  const parsed = localeInput.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? LOCALE_REFUSED };
  return asManager(async (actor) => {
    const { changed } = await setOrganizationLocale(db, actor, parsed.data, await requestMeta());
    return changed ? `Saved. Numbers, money and dates now follow ${LOCALES[parsed.data.locale]}.` : "No change";
  }, "organization:configure");
}
