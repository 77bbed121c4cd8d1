import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("marks the query's words and their other forms, not the common words", () => {
    const segments = highlightSegments("Refunds are paid back. A refund of your bag fee too.", "can I get a refund?");
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["Refunds", "refund"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(
      "Refunds are paid back. A refund of your bag fee too.",
    );
  });

  it("keeps the text around each match as it was", () => {
    expect(highlightSegments("Bring a clear bag to the gate.", "clear bags")).toEqual([
      { text: "Bring a ", match: false, at: 0 },
      { text: "clear", match: true, at: 8 },
      { text: " ", match: false, at: 13 },
      { text: "bag", match: true, at: 14 },
      { text: " to the gate.", match: false, at: 17 },
    ]);
  });

  it("returns the passage whole when the query has no word to mark", () => {
    expect(highlightSegments("Doors open at 9.", "what is it?")).toEqual([
      { text: "Doors open at 9.", match: false, at: 0 },
    ]);
  });
});
