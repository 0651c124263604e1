// API Gateway's stage throttle: a token bucket per method (resource path and HTTP
// method), shared by every caller of the stage: `burstLimit` requests at once,
// refilled at `rateLimit` per second. Usage plans, which throttle per API key, are
// another matter.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
import type { ThrottleLimits } from '../../../infra/throttle.js';

interface Bucket {
  tokens: number;
  at: number;
}

export class StageThrottle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly now: () => number = () => performance.now() / 1000,
  ) {}

  /** Takes one request from the method's bucket: false when it is empty. */
  take(method: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(method) ?? { tokens: this.limits.burstLimit, at: now };
    bucket.tokens = Math.min(this.limits.burstLimit, bucket.tokens + (now - bucket.at) * this.limits.rateLimit);
    bucket.at = now;
    this.buckets.set(method, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
