import { describe, expect, it } from "vitest";
import { devAppUrl } from "./dev-url";

describe("the app's URL under npm run dev", () => {
  it("follows the port next dev is given, in each spelling", () => {
    expect(devAppUrl(["-p", "3600"], {})).toBe("http://localhost:3600");
    expect(devAppUrl(["--turbopack", "--port", "3601"], {})).toBe("http://localhost:3601");
    expect(devAppUrl(["--port=3602"], {})).toBe("http://localhost:3602");
  });

  it("uses PORT when no flag is given, and 3000 when neither is", () => {
    expect(devAppUrl([], { PORT: "4100" })).toBe("http://localhost:4100");
    expect(devAppUrl(["-p", "4200"], { PORT: "4100" })).toBe("http://localhost:4200");
    expect(devAppUrl([], {})).toBe("http://localhost:3000");
  });

  it("keeps an APP_URL set by hand", () => {
    expect(devAppUrl(["-p", "3600"], { APP_URL: "https://events.example.com" })).toBe("https://events.example.com");
  });

  it("refuses something that is not a port", () => {
    expect(() => devAppUrl(["-p", "abc"], {})).toThrow('"abc" is not a port number.');
  });
});
