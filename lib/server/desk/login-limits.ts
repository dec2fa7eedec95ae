import "server-only";
import { createRateLimiter, type RateLimiter } from "../../http/rate-limit";
import { envPositive } from "../../http/env-number";

/**
 * Sign-in attempts: per client address, 10 at once and 10 a minute; per account, 5 at once and 5 a
 * minute, so guessing one account's password from many addresses is as slow as from one. A
 * successful sign-in gives its tokens back. Shared by every bundle of the process.
 */
interface Limits {
  client: RateLimiter;
  account: RateLimiter;
}

const KEY = Symbol.for("snapshots.desk-login-limits");
const registry = globalThis as unknown as Record<symbol, Limits | undefined>;

export function loginLimits(): Limits {
  return (registry[KEY] ??= {
    client: createRateLimiter({ burst: envPositive("LOGIN_BURST", 10), perMinute: envPositive("LOGIN_PER_MINUTE", 10) }),
    account: createRateLimiter({ burst: envPositive("LOGIN_ACCOUNT_BURST", 5), perMinute: envPositive("LOGIN_ACCOUNT_PER_MINUTE", 5) }),
  });
}
