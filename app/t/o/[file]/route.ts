import { db } from "@/lib/db/client";
import { recordOpen } from "@/lib/email/tracking";
import { logger } from "@/lib/logger";

/** A transparent 1x1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * The open pixel of a tracked email (`<token>.gif`). Public and always the same GIF, so it tells
 * nobody whether a token exists; caches must not keep it, or later opens would not be counted.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file.endsWith(".gif")) {
    try {
      await recordOpen(db, file.slice(0, -".gif".length));
    } catch (error) {
      logger.warn("email open not recorded", { reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return new Response(PIXEL, {
    headers: { "Content-Type": "image/gif", "Cache-Control": "no-store, max-age=0", Pragma: "no-cache" },
  });
}
