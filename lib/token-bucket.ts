/**
 * In-memory token buckets, one per key: a key holds up to `capacity` tokens, spends one per request and
 * gets `refillPerSecond` back over time. Per process: behind several app processes each has its own
 * buckets, so the limit is per process (fine for a spam brake; the sign-in limits, which must hold
 * across processes, live in the database instead).
 */
export type TokenBucketOptions = {
  capacity: number;
  refillPerSecond: number;
  /** Keys kept at most; past it the least recently used are forgotten (a forgotten key starts full). */
  maxKeys?: number;
};

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createTokenBuckets({ capacity, refillPerSecond, maxKeys = 10_000 }: TokenBucketOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** Spends one token of `key` when it has one; otherwise says how long until it will. */
    take(key: string, now = Date.now()): TakeResult {
      const bucket = buckets.get(key);
      const elapsed = bucket ? Math.max(0, now - bucket.at) / 1000 : 0;
      const tokens = bucket ? Math.min(capacity, bucket.tokens + elapsed * refillPerSecond) : capacity;
      // Re-inserted so the Map's order is least recently used first.
      buckets.delete(key);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: now });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
      }
      buckets.set(key, { tokens: tokens - 1, at: now });
      while (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest === undefined) break;
        buckets.delete(oldest);
      }
      return { allowed: true };
    },
  };
}
