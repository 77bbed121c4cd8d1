import { AppError } from "@/lib/errors";

/**
 * The request's body as text, read no further than `maxBytes`: a body over it (by its Content-Length
 * or by what actually arrives) is refused with a 413 carrying `tooLarge`, without buffering the rest.
 */
export async function readBodyWithin(request: Request, maxBytes: number, tooLarge: string) {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw new AppError("too_large", tooLarge);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("too_large", tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
