/** A per-client token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimiter {
  /** Takes one token for `client`; when none is left, says how many seconds until one is. */
  take(client: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
  /** Gives back a token taken for work that did not happen. */
  refund(client: string): void;
  readonly clients: number;
}

export function createRateLimiter({ burst, perMinute, maxClients = 10_000 }: { burst: number; perMinute: number; maxClients?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;

  function refill(client: string, now: number) {
    const bucket = buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    buckets.delete(client);
    buckets.set(client, bucket);
    // Bounded memory under many addresses: the longest-idle buckets go first (a full bucket loses nothing).
    for (const oldest of buckets.keys()) {
      if (buckets.size <= maxClients) break;
      buckets.delete(oldest);
    }
    return bucket;
  }

  return {
    take(client, now = Date.now()) {
      const bucket = refill(client, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
    refund(client) {
      const bucket = buckets.get(client);
      if (bucket) bucket.tokens = Math.min(burst, bucket.tokens + 1);
    },
    get clients() {
      return buckets.size;
    },
  };
}
