import { describe, expect, it } from "vitest";
import { parseTimeZone, requestTimeZone } from "./time-zone";

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

describe("the viewer's time zone from a request's cookies", () => {
  const headers = (cookie?: string) => new Headers(cookie === undefined ? {} : { cookie });

  it("reads the zone cookie among others, decoded", () => {
    expect(requestTimeZone(headers("eventos_session=abc; eventos_tz=Europe%2FLisbon; eventos_org=x"))).toBe(
      "Europe/Lisbon",
    );
    expect(requestTimeZone(headers("eventos_tz=America/Chicago"))).toBe("America/Chicago");
  });

  it("is UTC without the cookie, or with one that names no zone", () => {
    expect(requestTimeZone(headers())).toBe("UTC");
    expect(requestTimeZone(headers("eventos_session=abc"))).toBe("UTC");
    expect(requestTimeZone(headers("eventos_tz=%E0%A4%A"))).toBe("UTC");
    expect(requestTimeZone(headers("eventos_tz=Mars%2FOlympus"))).toBe("UTC");
  });
});
