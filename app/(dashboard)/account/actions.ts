"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { requireContext } from "@/lib/auth/context";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { changePassword, updateName } from "@/lib/team/profile";
import { nameSchema, passwordChangeInput } from "@/lib/team/schemas";

export type AccountState = { error?: string; message?: string; fields?: Record<string, string[] | undefined> };

function failure(error: unknown): AccountState {
  if (error instanceof AppError) return { error: error.message, fields: error.fields };
  throw error;
}

/** Anyone signed in renames themself: the user comes from the session, never from the form. */
export async function updateNameAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  const parsed = nameSchema.safeParse(form.get("name") ?? "");
  if (!parsed.success)
    return {
      error: "Check the highlighted fields.",
      fields: { name: [parsed.error.issues[0]?.message ?? "Enter your name."] },
    };
  try {
    const context = await requireContext();
    const { changed } = await updateName(db, context.user.id, parsed.data, await requestMeta());
    revalidatePath("/", "layout");
    return { message: changed ? "Name saved" : "No change" };
  } catch (error) {
    return failure(error);
  }
}

export async function changePasswordAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  const parsed = passwordChangeInput.safeParse({
    currentPassword: form.get("currentPassword") ?? "",
    password: form.get("password") ?? "",
    confirm: form.get("confirm") ?? "",
  });
  if (!parsed.success) {
    return { error: "Check the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    const context = await requireContext();
    await changePassword(
      db,
      {
        userId: context.user.id,
        currentPassword: parsed.data.currentPassword,
        newPassword: parsed.data.password,
        keepSessionToken: (await cookies()).get(SESSION_COOKIE)?.value,
      },
      await requestMeta(),
    );
    return { message: "Password changed. Your other sessions were signed out." };
  } catch (error) {
    return failure(error);
  }
}
