"use server";

import { revalidatePath } from "next/cache";
import { bookMeeting } from "@/lib/agents/sales/booking";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type BookingState = { error?: string };

/** A prospect books one slot from the public booking page; the page then shows the booked time. */
export async function bookSlotAction(token: string, _previous: BookingState, form: FormData): Promise<BookingState> {
  const startsAt = new Date(String(form.get("startsAt") ?? ""));
  if (Number.isNaN(startsAt.getTime())) return { error: "Pick one of the times." };
  try {
    await bookMeeting(db, token, startsAt);
  } catch (error) {
    if (error instanceof AppError) return { error: error.userMessage };
    throw error;
  }
  revalidatePath(`/book/${token}`);
  return {};
}
