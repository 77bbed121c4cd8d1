import { db } from "@/lib/db/client";
import { plainText, recordClick } from "@/lib/email/tracking";

/** A tracked link: counts the click and redirects, but only to a URL written in that email. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const url = new URL(request.url).searchParams.get("u");
  if (!url || !(await recordClick(db, token, url))) {
    return plainText("This link is not valid. Open the link from the email again.", 404);
  }
  return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": "no-store" } });
}
