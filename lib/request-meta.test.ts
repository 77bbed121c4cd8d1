import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { clientAddress } from "./request-meta";

describe("the client address", () => {
  it("ignores X-Forwarded-For unless a trusted proxy is configured, which is off by default", () => {
    expect(parseEnv({}).TRUSTED_PROXY_COUNT).toBe(0);
    expect(clientAddress("203.0.113.9", 0)).toBeNull();
    expect(clientAddress("203.0.113.9, 198.51.100.1", 0)).toBeNull();
  });

  it("behind one proxy, is the entry that proxy appended, not one the client sent", () => {
    expect(clientAddress("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("behind two proxies, skips the first proxy's own entry", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: the request did not come through them all.
    expect(clientAddress("203.0.113.9", 2)).toBeNull();
  });

  it("accepts IPv6 and IPv4-mapped addresses and refuses anything that is not an address", () => {
    expect(clientAddress("2001:db8::1", 1)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("evil.com", 1)).toBeNull();
    expect(clientAddress("", 1)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
  });

  it("reads the proxy count from TRUSTED_PROXY_COUNT and refuses nonsense", () => {
    expect(parseEnv({ TRUSTED_PROXY_COUNT: "2" }).TRUSTED_PROXY_COUNT).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXY_COUNT: "-1" })).toThrow(/TRUSTED_PROXY_COUNT/);
    expect(() => parseEnv({ TRUSTED_PROXY_COUNT: "lots" })).toThrow(/TRUSTED_PROXY_COUNT/);
  });
});
