import { db } from "@/lib/db/client";
import { plainText, unsubscribe } from "@/lib/email/tracking";

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here (the
 * List-Unsubscribe header of a tracked email names this URL). People use the page at /u/<token>.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  if (form?.get("List-Unsubscribe") !== "One-Click") {
    return plainText("Send List-Unsubscribe=One-Click to unsubscribe.", 400);
  }
  if (!(await unsubscribe(db, token))) return plainText("This unsubscribe link is not valid.", 404);
  return plainText("You are unsubscribed.");
}
