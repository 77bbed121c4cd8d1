import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createMember } from "@/prisma/seed/factories";
import { testDb, uniqueOrganization } from "@/tests/db";
import { createSession, deleteSession, findSessionUser, SESSION_TTL_MS } from "./local-session";
import { PASSWORD_PARAMS, verifyPassword } from "./password";
import { credentialsSchema, verifyCredentials, WRONG_CREDENTIALS } from "./sign-in";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, FAILURE_WINDOW_MS } from "./sign-in-limits";

const db = testDb();
const meta = { ipAddress: "198.51.100.4", userAgent: "vitest" };
const minutes = (n: number) => n * 60_000;
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

// Each test signs in from its own address, so the address limit of one never touches another.
let lastOctet = 10;
function ownAddress() {
  lastOctet += 1;
  return { ipAddress: `192.0.2.${lastOctet}`, userAgent: "vitest" };
}

async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

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

  it("upgrades a seeded account's weaker password hash to OWASP's parameters on its next sign-in", async () => {
    const user = await member();
    expect(user.passwordHash).not.toMatch(new RegExp(`^scrypt\\$${PASSWORD_PARAMS.N}\\$`));
    await verifyCredentials(db, { email: user.email, password: "a long passphrase" }, ownAddress());
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("a long passphrase", stored.passwordHash ?? "")).toBe(true);
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

describe("sign-in limits", () => {
  it("lock an account at the 5th wrong password, tell the person when to try again, and audit the lockout", async () => {
    const user = await member();
    const from = ownAddress();
    const start = new Date();
    const wrong = { email: user.email, password: "wrong" };
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) {
      const error = await refusal(verifyCredentials(db, wrong, from, later(start, i * 1000)));
      expect(error.message).toBe(WRONG_CREDENTIALS);
    }
    expect(await db.auditLog.count({ where: { action: "auth.lockout", actorId: user.id } })).toBe(0);

    const fifth = await refusal(verifyCredentials(db, wrong, from, later(start, 4000)));
    expect(fifth.message).toContain("Too many failed sign-ins for this account");
    expect(fifth.message).toContain("Try again in 15 minutes");
    const lockout = await db.auditLog.findFirst({ where: { action: "auth.lockout", actorId: user.id } });
    expect(lockout).toMatchObject({ outcome: "denied", ipAddress: from.ipAddress });
    expect(lockout?.metadata).toMatchObject({ scope: "account", until: later(start, FAILURE_WINDOW_MS).toISOString() });

    // Even the right password is refused while locked, without being checked, and says when to come back.
    const right = { email: user.email, password: "a long passphrase" };
    const locked = await refusal(verifyCredentials(db, right, from, later(start, minutes(3))));
    expect(locked.code).toBe("rate_limited");
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/for this account.*Try again in 12 minutes \(after \d\d:\d\d UTC\)\./);
    // From another address too: the lock is on the account.
    await expect(verifyCredentials(db, right, ownAddress(), later(start, minutes(3)))).rejects.toThrow(/paused/);
    const denied = await db.auditLog.findFirst({
      where: { action: "auth.sign_in", actorId: user.id, outcome: "denied" },
    });
    expect(denied?.metadata).toMatchObject({ reason: "locked_out", scope: "account" });

    // Refused attempts do not extend the lock: it lifts 15 minutes after the first failure.
    await expect(verifyCredentials(db, right, from, later(start, FAILURE_WINDOW_MS - 1))).rejects.toThrow(/paused/);
    expect((await verifyCredentials(db, right, from, later(start, FAILURE_WINDOW_MS))).id).toBe(user.id);
  });

  it("start an account's count again after a successful sign-in", async () => {
    const user = await member();
    const from = ownAddress();
    const start = new Date();
    const wrong = { email: user.email, password: "wrong" };
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++)
      await refusal(verifyCredentials(db, wrong, from, later(start, i)));
    await verifyCredentials(db, { email: user.email, password: "a long passphrase" }, from, later(start, 10));
    const next = await refusal(verifyCredentials(db, wrong, from, later(start, 20)));
    expect(next.message).toBe(WRONG_CREDENTIALS);
  });

  it("lock an unknown email the same way, so a lockout does not reveal whether an account exists", async () => {
    const email = `nobody-${Date.now()}@example.com`;
    const from = ownAddress();
    const start = new Date();
    const times = Array.from({ length: ACCOUNT_FAILURE_LIMIT - 1 }, (_, i) => later(start, -i - 1));
    await db.signInAttempt.createMany({
      data: times.map((createdAt) => ({ email, ipAddress: from.ipAddress, result: "failure" as const, createdAt })),
    });
    const error = await refusal(verifyCredentials(db, { email, password: "guess" }, from, start));
    expect(error.message).toContain("Too many failed sign-ins for this account");
  });

  it("lock a client address after 20 failures across any emails, and only that address", async () => {
    const user = await member();
    const from = ownAddress();
    const start = new Date();
    // 19 earlier failures from this address, each for a different email (as a password spray looks).
    await db.signInAttempt.createMany({
      data: Array.from({ length: ADDRESS_FAILURE_LIMIT - 1 }, (_, i) => ({
        email: `sprayed-${i}-${user.id}@example.com`,
        ipAddress: from.ipAddress,
        result: "failure" as const,
        createdAt: later(start, -minutes(10) + i),
      })),
    });
    const twentieth = await refusal(
      verifyCredentials(db, { email: `one-more-${user.id}@example.com`, password: "x" }, from, start),
    );
    expect(twentieth.message).toContain("Too many failed sign-ins for your network");
    expect(twentieth.message).toContain("Try again in 5 minutes");

    const right = { email: user.email, password: "a long passphrase" };
    const locked = await refusal(verifyCredentials(db, right, from, later(start, 1000)));
    expect(locked.code).toBe("rate_limited");
    expect(locked.message).toContain("your network");
    // The same person from another address gets in; the account itself is not locked.
    expect((await verifyCredentials(db, right, ownAddress(), later(start, 1000))).id).toBe(user.id);
    expect(
      await db.auditLog.count({ where: { action: "auth.lockout", ipAddress: from.ipAddress, outcome: "denied" } }),
    ).toBe(1);
  });

  it("do not let a burst of parallel guesses get more tries than the limit", async () => {
    const user = await member();
    const from = ownAddress();
    const start = new Date();
    const burst = Array.from({ length: ACCOUNT_FAILURE_LIMIT + 3 }, () =>
      refusal(verifyCredentials(db, { email: user.email, password: "wrong" }, from, start)),
    );
    const errors = await Promise.all(burst);
    expect(errors).toHaveLength(ACCOUNT_FAILURE_LIMIT + 3);
    const checked = await db.signInAttempt.count({ where: { email: user.email, result: "failure" } });
    expect(checked).toBeLessThanOrEqual(ACCOUNT_FAILURE_LIMIT);
    expect(await db.signInAttempt.count({ where: { email: user.email, result: "pending" } })).toBe(0);
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
