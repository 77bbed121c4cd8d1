"use server";

import { revalidatePath } from "next/cache";
import { moveDeal } from "@/lib/agents/sales/pipeline";
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
