import { describe, expect, it } from "vitest";
import { LOCALE_TAGS, toLocale } from "./locales";

describe("the organization's locales", () => {
  it("are tags Intl knows", () => {
    for (const tag of LOCALE_TAGS) expect(Intl.NumberFormat.supportedLocalesOf(tag)).toEqual([tag]);
  });

  it("read a stored tag outside the list as en-US", () => {
    expect(toLocale("de-DE")).toBe("de-DE");
    expect(toLocale("xx-YY")).toBe("en-US");
    expect(toLocale("toString")).toBe("en-US");
  });
});
