"use server";

import { revalidatePath } from "next/cache";
import { type ImportReport, importSponsorsCsv } from "@/lib/agents/sales/crm-import";
import { requireContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type ImportState = { error?: string; report?: ImportReport };

/** Imports the uploaded CSV into the organization's sponsor CRM and answers with the report. */
export async function importSponsorsAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  try {
    const context = await requireContext("agents:configure");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { error: "Choose a CSV file to import." };
    const report = await importSponsorsCsv(db, context.organization.id, await file.text());
    revalidatePath("/sponsors");
    return { report };
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
}
