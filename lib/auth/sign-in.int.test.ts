import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { createSession, deleteSession, findSessionUser, SESSION_TTL_MS } from "./local-session";
import { credentialsSchema, verifyCredentials, WRONG_CREDENTIALS } from "./sign-in";

const db = testDb();
const meta = { ipAddress: "198.51.100.4", userAgent: "vitest" };

async function member() {
  const org = await uniqueOrganization(db);
  return createMember(db, {
    organizationId: org.id,
    email: `lena-${org.slug}@example.com`,
    name: "Lena Novak",
    role: "member",
    password: "a long passphrase",
  });
}

describe("sign-in", () => {
  it("accepts the right password, case-insensitively for the email, and audits it", async () => {
    const user = await member();
    const input = credentialsSchema.parse({ email: `  ${user.email.toUpperCase()} `, password: "a long passphrase" });
    expect((await verifyCredentials(db, input, meta)).id).toBe(user.id);
    const audit = await db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.sign_in" } });
    expect(audit).toMatchObject({ outcome: "success", ipAddress: "198.51.100.4" });
  });

  it("gives one clear message for a wrong password and for an unknown email", async () => {
    const user = await member();
    for (const email of [user.email, `nobody-${user.id}@example.com`]) {
      const attempt = verifyCredentials(db, { email, password: "wrong" }, meta);
      await expect(attempt).rejects.toThrow(AppError);
      await expect(attempt).rejects.toThrow(WRONG_CREDENTIALS);
    }
    expect(await db.auditLog.count({ where: { actorId: user.id, outcome: "failure" } })).toBe(1);
  });

  it("explains malformed input per field", () => {
    const result = credentialsSchema.safeParse({ email: "maya", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Enter your email address, like name@company.com.",
      "Enter your password.",
    ]);
  });
});

describe("sessions", () => {
  it("store only a hash of the token, resolve to the user, expire and end on sign-out", async () => {
    const user = await member();
    const now = new Date();
    const { token } = await createSession(db, { userId: user.id, ...meta }, now);
    expect(await db.session.count({ where: { tokenHash: token } })).toBe(0);
    expect((await findSessionUser(db, token, now))?.id).toBe(user.id);
    expect(await findSessionUser(db, token, new Date(now.getTime() + SESSION_TTL_MS + 1))).toBeNull();
    expect(await findSessionUser(db, "forged-token", now)).toBeNull();
    await deleteSession(db, token);
    expect(await findSessionUser(db, token, now)).toBeNull();
  });
});
