import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, PASSWORD_PARAMS, SEED_PASSWORD_PARAMS, verifyPassword } from "./password";

// OWASP-strength hashes take ~0.4 s each on an idle core; a shared CI machine can be several times slower.
describe("password hashing", { timeout: 30_000 }, () => {
  it("hashes with OWASP's scrypt parameters (N=2^17, r=8, p=1) and stores them in the hash", async () => {
    expect(PASSWORD_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verifies a hash made with older, weaker parameters, and marks it for rehashing", async () => {
    const old = await hashPassword("same", { N: 2 ** 15, r: 8, p: 1 });
    expect(await verifyPassword("same", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword("same", SEED_PASSWORD_PARAMS))).toBe(true);
  });

  it("marks a hash for rehashing when any one parameter is below today's", () => {
    const salt = Buffer.alloc(16, 1).toString("base64");
    const key = Buffer.alloc(64, 2).toString("base64");
    const hash = (n: number, r: number, p: number, k = key) => `scrypt$${n}$${r}$${p}$${salt}$${k}`;
    expect(needsRehash(hash(131072, 8, 1))).toBe(false);
    expect(needsRehash(hash(262144, 8, 1))).toBe(false);
    expect(needsRehash(hash(65536, 8, 1))).toBe(true);
    expect(needsRehash(hash(131072, 4, 1))).toBe(true);
    expect(needsRehash(hash(131072, 8, 1, Buffer.alloc(32).toString("base64")))).toBe(true);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same", SEED_PASSWORD_PARAMS)).not.toBe(await hashPassword("same", SEED_PASSWORD_PARAMS));
  });

  it("rejects a malformed, foreign or absurd hash instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$2b$10$abc")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1000$8$1$c2FsdA==$aGFzaA==")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1073741824$8$1$c2FsdA==$aGFzaA==")).toBe(false);
    expect(needsRehash("bcrypt$2b$10$abc")).toBe(true);
  });
});
