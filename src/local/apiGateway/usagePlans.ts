// Usage plans as API Gateway applies them to methods that require an API key: an unknown
// or missing key is refused (INVALID_API_KEY, 403 "Forbidden"), then each key has its
// plan's token bucket (THROTTLED, 429 "Too Many Requests") and quota per period
// (QUOTA_EXCEEDED, 429 "Limit Exceeded"). Counters live in memory: a restart resets them.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
import type { QuotaPeriod, UsagePlanTier } from '../../../infra/usagePlans.js';
import type { GatewayError } from './renderGatewayResponse.js';
import { StageThrottle } from './stageThrottle.js';

export interface LocalApiKey {
  /** The client's name (API Gateway's key name). */
  name: string;
  /** The key itself, as clients send it in `x-api-key`. */
  value: string;
  plan: UsagePlanTier;
  enabled: boolean;
}

/**
 * When the quota period holding `at` ends, in UTC: the next midnight, the next Sunday
 * midnight (a WEEK quota with offset 0 starts on Sunday), or the 1st of the next month.
 */
export function periodEnd(period: QuotaPeriod, at: Date): Date {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (period === 'DAY') return new Date(day + 86_400_000);
  if (period === 'WEEK') return new Date(day + (7 - at.getUTCDay()) * 86_400_000);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

interface QuotaCounter {
  used: number;
  endsAt: number;
}

const forbidden: GatewayError = { responseType: 'INVALID_API_KEY', message: 'Forbidden' };

export class UsagePlanEnforcer {
  private readonly byValue: Map<string, LocalApiKey>;
  private readonly buckets = new Map<string, StageThrottle>();
  private readonly quotas = new Map<string, QuotaCounter>();

  constructor(
    keys: readonly LocalApiKey[],
    /** Wall clock in ms (quota periods) and a monotonic clock in seconds (token buckets). */
    private readonly clock: { now: () => number; monotonic: () => number } = {
      now: () => Date.now(),
      monotonic: () => performance.now() / 1000,
    },
  ) {
    this.byValue = new Map(keys.map((k) => [k.value, k]));
  }

  get size(): number {
    return this.byValue.size;
  }

  /** The key when the request may go on; otherwise the gateway error API Gateway answers. */
  admit(value: string | undefined): { key: LocalApiKey } | { error: GatewayError } {
    const key = value === undefined ? undefined : this.byValue.get(value);
    if (!key?.enabled) return { error: forbidden };
    let bucket = this.buckets.get(key.value);
    if (!bucket) {
      bucket = new StageThrottle(key.plan.throttle, this.clock.monotonic);
      this.buckets.set(key.value, bucket);
    }
    // One bucket per key across all methods (a plan without per-method throttles).
    if (!bucket.take('*')) return { error: { responseType: 'THROTTLED', message: 'Too Many Requests' } };
    const now = this.clock.now();
    let quota = this.quotas.get(key.value);
    if (!quota || now >= quota.endsAt) {
      quota = { used: 0, endsAt: periodEnd(key.plan.quota.period, new Date(now)).getTime() };
      this.quotas.set(key.value, quota);
    }
    if (quota.used >= key.plan.quota.limit) {
      return { error: { responseType: 'QUOTA_EXCEEDED', message: 'Limit Exceeded' } };
    }
    quota.used += 1;
    return { key };
  }
}
