import { describe, expect, it } from "vitest";
import { createTokenBuckets } from "./token-bucket";

describe("token buckets", () => {
  it("allows a burst of the capacity, then refuses with the seconds until the next token", () => {
    const buckets = createTokenBuckets({ capacity: 3, refillPerSecond: 0.5 });
    const now = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take("a", now).allowed)).toEqual([true, true, true]);
    expect(buckets.take("a", now)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("refills over time, never past the capacity", () => {
    const buckets = createTokenBuckets({ capacity: 2, refillPerSecond: 1 });
    const now = 0;
    buckets.take("a", now);
    buckets.take("a", now);
    expect(buckets.take("a", now + 500).allowed).toBe(false);
    expect(buckets.take("a", now + 1_000).allowed).toBe(true);
    // An hour idle gives back two tokens, not 3,600.
    const later = now + 3_600_000;
    expect([1, 2, 3].map(() => buckets.take("a", later).allowed)).toEqual([true, true, false]);
  });

  it("keeps keys apart", () => {
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 0.1 });
    expect(buckets.take("event-1:203.0.113.5", 0).allowed).toBe(true);
    expect(buckets.take("event-1:203.0.113.5", 0).allowed).toBe(false);
    expect(buckets.take("event-2:203.0.113.5", 0).allowed).toBe(true);
    expect(buckets.take("event-1:198.51.100.7", 0).allowed).toBe(true);
  });

  it("a refused request spends nothing: the wait does not grow while someone keeps trying", () => {
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 1 });
    buckets.take("a", 0);
    expect(buckets.take("a", 100)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take("a", 900)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take("a", 1_000).allowed).toBe(true);
  });

  it("forgets the least recently used keys past maxKeys", () => {
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 0.001, maxKeys: 2 });
    buckets.take("a", 0);
    buckets.take("b", 0);
    buckets.take("c", 0);
    // "a" was forgotten, so it starts full again; "c" is remembered and empty.
    expect(buckets.take("a", 0).allowed).toBe(true);
    expect(buckets.take("c", 0).allowed).toBe(false);
  });
});
