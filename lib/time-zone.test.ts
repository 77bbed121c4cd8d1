import { describe, expect, it } from "vitest";
import { parseTimeZone } from "./time-zone";

describe("the viewer's time zone from its cookie", () => {
  it("keeps an IANA zone, in its canonical spelling", () => {
    expect(parseTimeZone("Europe/Lisbon")).toBe("Europe/Lisbon");
    expect(parseTimeZone("america/chicago")).toBe("America/Chicago");
    expect(parseTimeZone("UTC")).toBe("UTC");
  });

  it("falls back to UTC for anything else", () => {
    expect(parseTimeZone(undefined)).toBe("UTC");
    expect(parseTimeZone("")).toBe("UTC");
    expect(parseTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(parseTimeZone("+01:00")).toBe("UTC");
    expect(parseTimeZone(`Europe/${"x".repeat(100)}`)).toBe("UTC");
    expect(parseTimeZone("<script>")).toBe("UTC");
  });
});
