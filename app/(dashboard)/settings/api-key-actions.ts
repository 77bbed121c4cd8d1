"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { apiKeyInput, createApiKey, revokeApiKey } from "@/lib/api/keys";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";

export type ApiKeyActionState = {
  error?: string;
  message?: string;
  fields?: Record<string, string[] | undefined>;
  /** The new key in clear: in this one answer only, never stored or shown again. */
  key?: string;
  name?: string;
};

const revokeInput = z.object({ apiKeyId: z.uuid({ error: "Pick a key to revoke." }) });

/** Creates a key for the signed-in owner's or admin's organization; the key comes back once. */
export async function createApiKeyAction(_previous: ApiKeyActionState, form: FormData): Promise<ApiKeyActionState> {
  const name = String(form.get("name") ?? "");
  const parsed = apiKeyInput.safeParse({ name, scopes: form.getAll("scopes").map(String) });
  if (!parsed.success) {
    return { error: "Check the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors, name };
  }
  try {
    const context = await requireContext("api-keys:manage");
    const created = await createApiKey(
      db,
      { organizationId: context.organization.id, ...parsed.data, actor: { type: "user", userId: context.user.id } },
      await requestMeta(),
    );
    revalidatePath("/settings");
    return { message: `Created "${created.name}". Copy the key now: it is not shown again.`, key: created.key };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage, name };
    throw error;
  }
}

export async function revokeApiKeyAction(_previous: ApiKeyActionState, form: FormData): Promise<ApiKeyActionState> {
  const parsed = revokeInput.safeParse({ apiKeyId: form.get("apiKeyId") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Pick a key to revoke." };
  try {
    const context = await requireContext("api-keys:manage");
    const revoked = await revokeApiKey(
      db,
      {
        organizationId: context.organization.id,
        id: parsed.data.apiKeyId,
        actor: { type: "user", userId: context.user.id },
      },
      await requestMeta(),
    );
    revalidatePath("/settings");
    return { message: `Revoked "${revoked.name}". Requests with it are refused from now on.` };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}
