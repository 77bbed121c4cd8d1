import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export type ScryptParams = { N: number; r: number; p: number };

/**
 * OWASP Password Storage Cheat Sheet's scrypt parameters: N=2^17 (128 MiB per hash), r=8, p=1.
 * Every hash stores the parameters it was made with, and a sign-in with a hash made with weaker ones
 * rehashes the password with these (see `needsRehash`).
 */
export const PASSWORD_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * For seeded demo and test accounts only: hashing dozens of accounts at 128 MiB and ~0.4 s each would
 * make seeding slow. Such a hash is upgraded to PASSWORD_PARAMS on the account's first sign-in.
 */
export const SEED_PASSWORD_PARAMS: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };

const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
// Bounds on what a stored hash may ask for, so a corrupt row cannot make one sign-in allocate gigabytes.
const MAX_LOG2_N = 20;
const MAX_R = 32;
const MAX_P = 16;

// scrypt needs 128·N·r bytes; node refuses anything above `maxmem`, whose default (32 MiB) is below
// OWASP's 128 MiB, so it is raised to twice the need.
function maxmem({ N, r }: ScryptParams) {
  return 256 * N * r;
}

type ParsedHash = { params: ScryptParams; salt: Buffer; hash: Buffer };

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash || rest.length > 0) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const log2N = Math.log2(params.N);
  const valid =
    Number.isInteger(log2N) &&
    log2N >= 1 &&
    log2N <= MAX_LOG2_N &&
    Number.isInteger(params.r) &&
    params.r >= 1 &&
    params.r <= MAX_R &&
    Number.isInteger(params.p) &&
    params.p >= 1 &&
    params.p <= MAX_P;
  if (!valid) return null;
  const parsed = { params, salt: Buffer.from(salt, "base64"), hash: Buffer.from(hash, "base64") };
  return parsed.salt.length > 0 && parsed.hash.length > 0 ? parsed : null;
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string, params: ScryptParams = PASSWORD_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const { N, r, p } = params;
  const hash = await scryptAsync(password, salt, KEY_LENGTH, { N, r, p, maxmem: maxmem(params) });
  return ["scrypt", N, r, p, salt.toString("base64"), hash.toString("base64")].join("$");
}

/** Whether the password matches; a malformed or foreign hash is a mismatch, not an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const actual = await scryptAsync(password, parsed.salt, parsed.hash.length, {
    ...parsed.params,
    maxmem: maxmem(parsed.params),
  });
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** Whether a hash was made with weaker parameters (or a shorter key or salt) than today's. */
export function needsRehash(stored: string, target: ScryptParams = PASSWORD_PARAMS): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  const { N, r, p } = parsed.params;
  return (
    N < target.N || r < target.r || p < target.p || parsed.hash.length < KEY_LENGTH || parsed.salt.length < SALT_LENGTH
  );
}
