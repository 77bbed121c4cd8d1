"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { unsubscribe } from "@/lib/email/tracking";

/** The unsubscribe button: public, the token is the permission. Shows the page again, now confirmed. */
export async function unsubscribeAction(token: string) {
  await unsubscribe(db, token);
  redirect(`/u/${encodeURIComponent(token)}`);
}
