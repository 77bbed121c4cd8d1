import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { portFromArgs } from "./dev-url";

describe("the app's URL under npm run dev", () => {
  it("takes the port next dev is given, in each spelling", () => {
    expect(portFromArgs(["-p", "3600"])).toBe("3600");
    expect(portFromArgs(["--turbopack", "--port", "3601"])).toBe("3601");
    expect(portFromArgs(["--port=3602"])).toBe("3602");
    expect(portFromArgs(["--turbopack"])).toBeUndefined();
  });

  it("follows PORT when APP_URL is unset, and 3000 when neither is", () => {
    expect(parseEnv({ PORT: "3600" }).APP_URL).toBe("http://localhost:3600");
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
  });

  it("keeps an APP_URL set by hand", () => {
    expect(parseEnv({ PORT: "3600", APP_URL: "https://events.example.com" }).APP_URL).toBe(
      "https://events.example.com",
    );
  });

  it("refuses something that is not a port, naming the variable", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/PORT/);
  });
});
