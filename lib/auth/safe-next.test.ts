import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

const APP = "https://eventos.example.com";

describe("after signing in, people only return to a page of this app", () => {
  it.each([
    ["//evil.com", "a protocol-relative URL"],
    ["///evil.com", "three slashes"],
    ["/\\evil.com", "a backslash read as a slash"],
    ["\\\\evil.com", "two backslashes"],
    ["/\t/evil.com", "a tab that URL parsers drop"],
    ["/\n/evil.com", "a newline that URL parsers drop"],
    ["/%09/evil.com", "an encoded tab"],
    ["/%0a/evil.com", "an encoded newline"],
    ["/%2F/evil.com", "an encoded slash"],
    ["/%2f%2fevil.com", "two encoded slashes"],
    ["/%5Cevil.com", "an encoded backslash"],
    ["/%252F/evil.com", "a double-encoded slash"],
    ["/%25252525252F/evil.com", "an encoding nested deeper than any layer decodes"],
    ["/..//evil.com", "dot segments that leave a protocol-relative path"],
    ["https://evil.com", "an absolute URL"],
    ["https://eventos.example.com.evil.com/", "a look-alike host"],
    ["http://eventos.example.com/events", "this host over another scheme"],
    ["javascript:alert(1)", "a script URL"],
    ["evil.com", "a bare host"],
    [" //evil.com", "leading whitespace"],
    ["/%", "a broken encoding"],
    ["", "nothing"],
    [`/${"a".repeat(2048)}`, "an absurdly long value"],
  ])("refuses %j (%s) and falls back to /", (attack) => {
    expect(safeNextPath(attack, APP)).toBe("/");
  });

  it("refuses values that are not a single string (a repeated ?next=)", () => {
    expect(safeNextPath(["/events", "//evil.com"], APP)).toBe("/");
    expect(safeNextPath(null, APP)).toBe("/");
    expect(safeNextPath(undefined, APP)).toBe("/");
  });

  it.each([
    ["/events", "/events"],
    ["/events/riverside-jazz?tab=sponsors#deals", "/events/riverside-jazz?tab=sponsors#deals"],
    ["/inbox?q=a%26b", "/inbox?q=a%26b"],
    ["/events/../inbox", "/inbox"],
    ["/", "/"],
  ])("keeps the app's own path %j", (path, expected) => {
    expect(safeNextPath(path, APP)).toBe(expected);
  });
});
