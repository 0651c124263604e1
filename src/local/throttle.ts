// A token bucket per caller, as the local gateway's stand-in for API Gateway's
// stage throttling: `burstLimit` requests at once, refilled at `rateLimit`/s.
import type { ThrottleLimits } from '../throttle.js';

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_TRACKED_CALLERS = 10_000;

export class Throttle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly now: () => number = () => performance.now() / 1000,
  ) {}

  /** Takes one request from the caller's bucket: 0 when allowed, else whole seconds to wait. */
  take(caller: string): number {
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { tokens: this.limits.burstLimit, at: now };
    bucket.tokens = Math.min(this.limits.burstLimit, bucket.tokens + (now - bucket.at) * this.limits.rateLimit);
    bucket.at = now;
    this.remember(caller, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limits.rateLimit));
  }

  private remember(caller: string, bucket: Bucket): void {
    this.buckets.delete(caller); // re-insert: the map's order is least recently used first
    this.buckets.set(caller, bucket);
    if (this.buckets.size > MAX_TRACKED_CALLERS) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}
