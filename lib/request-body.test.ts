import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBodyWithin } from "./request-body";

const TOO_LARGE = "Too large.";

function streamed(chunks: string[]) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Request("http://localhost/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
}

describe("readBodyWithin", () => {
  it("reads a body of exactly the limit", async () => {
    expect(await readBodyWithin(streamed(["ab", "cd"]), 4, TOO_LARGE)).toBe("abcd");
  });

  it("refuses one byte more with a 413, whether declared or streamed", async () => {
    const declared = new Request("http://localhost/", { method: "POST", body: "abcde" });
    for (const request of [declared, streamed(["ab", "cde"])]) {
      const error = await readBodyWithin(request, 4, TOO_LARGE).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 413, message: TOO_LARGE });
    }
  });
});
