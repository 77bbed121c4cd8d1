import { afterAll, describe, expect, it, vi } from "vitest";
import { db as appDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { LOCALE_REFUSED } from "@/lib/organization/locale";
import { testDb } from "@/tests/db";
import { signedIn as signInAs } from "@/tests/signed-in";

// The edge of the machine: the request's cookies and headers, and Next's cache, which only exists in a request.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => ({ value: request.cookies.get(name) }) }),
  headers: async () => new Headers({ "user-agent": "vitest" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { setLocaleAction } = await import("./actions");

const db = testDb();
afterAll(() => appDb.$disconnect());

const signedIn = (role: Role) => signInAs(db, request.cookies, role);

const choose = (locale: string) => {
  const form = new FormData();
  form.set("locale", locale);
  return setLocaleAction({}, form);
};
const localeOf = async (organizationId: string) =>
  (await db.organization.findUniqueOrThrow({ where: { id: organizationId } })).locale;
const audits = (organizationId: string) =>
  db.auditLog.findMany({ where: { organizationId, action: "organization.locale_changed" } });

describe("choosing the organization's locale in Settings", () => {
  it("stores a locale from the list, audited with from and to", async () => {
    const { org, user } = await signedIn("admin");
    expect(await localeOf(org.id)).toBe("en-US");
    expect(await choose("de-DE")).toEqual({ message: "Saved. Numbers, money and dates now follow Deutsch." });
    expect(await localeOf(org.id)).toBe("de-DE");
    const [audit, ...more] = await audits(org.id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: user.id, targetId: org.id, userAgent: "vitest", outcome: "success" });
    expect(audit?.metadata).toEqual({ from: "en-US", to: "de-DE" });
    // The same locale again writes nothing.
    expect(await choose("de-DE")).toEqual({ message: "No change" });
    expect(await audits(org.id)).toHaveLength(1);
  });

  it("refuses a tag outside the list with a clear message and writes nothing", async () => {
    const { org } = await signedIn("owner");
    for (const tag of ["xx-YY", "de", "en-US; DROP TABLE organizations", ""]) {
      expect(await choose(tag)).toEqual({ error: LOCALE_REFUSED });
    }
    expect(await localeOf(org.id)).toBe("en-US");
    expect(await audits(org.id)).toEqual([]);
  });

  it("is for owners and admins only", async () => {
    const { org } = await signedIn("member");
    expect(await choose("en-GB")).toEqual({ error: expect.stringMatching(/role does not allow/) });
    expect(await localeOf(org.id)).toBe("en-US");
  });
});
