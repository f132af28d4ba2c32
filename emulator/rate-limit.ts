// Leaky bucket per portal, the model Bitrix24 documents (docs/server-behaviour.md §10, docs/sdk.md
// §3): a burst of 50 requests, then 2 per second drain; beyond that the portal answers
// 503 QUERY_LIMIT_EXCEEDED. The SDK's own RateLimiter mirrors these numbers, so with the defaults a
// well-behaved SDK client should never see a 503 here; tests lower `burst` to provoke one.
import type { RateLimitSettings } from './types';

export class LeakyBucket {
  private level = 0;
  private updatedAt = Date.now();

  /** Returns true if the request may pass (and counts it), false for a 503. */
  take(limit: RateLimitSettings | null, now = Date.now()): boolean {
    if (!limit) return true;
    const drained = ((now - this.updatedAt) / 1000) * limit.drainRate;
    this.level = Math.max(0, this.level - drained);
    this.updatedAt = now;
    if (this.level + 1 > limit.burst) return false;
    this.level += 1;
    return true;
  }

  reset(): void {
    this.level = 0;
    this.updatedAt = Date.now();
  }
}
