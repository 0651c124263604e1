// Usage-plan tiers (throttle and quota per API key), in one place: the CDK app makes one
// API Gateway usage plan per tier and the local gateway enforces the same numbers per key.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html

import { refuseOption } from './deployOptionError.js';
import type { ThrottleLimits } from './throttle.js';

/** API Gateway's quota periods; a quota restarts at the start of each (UTC). */
export const quotaPeriods = ['DAY', 'WEEK', 'MONTH'] as const;
export type QuotaPeriod = (typeof quotaPeriods)[number];

export interface UsagePlanTier {
  /** Per API key: steady requests per second and the bucket for bursts. */
  readonly throttle: Readonly<ThrottleLimits>;
  /** Per API key: requests allowed in each period. */
  readonly quota: { readonly limit: number; readonly period: QuotaPeriod };
}

export const usagePlanTiers = {
  /** Trying the API out: a few requests a second, a thousand a day. */
  free: { throttle: { rateLimit: 5, burstLimit: 10 }, quota: { limit: 1_000, period: 'DAY' } },
  /** A partner in production: well under the prod stage throttle (500/s), so one partner cannot spend it all. */
  partner: { throttle: { rateLimit: 100, burstLimit: 200 }, quota: { limit: 5_000_000, period: 'MONTH' } },
} as const satisfies Record<string, UsagePlanTier>;

export type TierName = keyof typeof usagePlanTiers;

/** The tier of `npm run verify`'s temporary key: its few hundred requests fit the partner throttle, not free's. */
export const VERIFY_TIER: TierName = 'partner';
/** The stack output naming that tier's usage plan (a fixed key); a stage without it requires no API key. */
export const USAGE_PLAN_OUTPUT = 'PartnerUsagePlanId';
export const tierNames = Object.keys(usagePlanTiers) as TierName[];

export const isTierName = (name: string): name is TierName => (tierNames as string[]).includes(name);

/** One client with its own API key, on one tier. */
export interface ApiKeyClient {
  readonly name: string;
  readonly tier: TierName;
}

const CLIENT_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Parses `acme:partner,beta:free` (from `-c apiKeyClients=...`); refuses unknown tiers, bad or repeated names. */
export function parseApiKeyClients(list: string): ApiKeyClient[] {
  const clients = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name = '', tier = '', ...rest] = entry.split(':');
      if (!CLIENT_NAME.test(name) || tier === '' || rest.length > 0) {
        throw refuseOption(
          'apiKeyClients',
          list,
          `"${entry}" is not name:tier (names: a-z, 0-9, -; up to 63 characters), e.g. -c apiKeyClients=acme:partner`,
        );
      }
      if (!isTierName(tier))
        throw refuseOption('apiKeyClients', list, `tier "${tier}" of ${name} is not one of ${tierNames.join(', ')}`);
      return { name, tier };
    });
  const names = clients.map((c) => c.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw refuseOption('apiKeyClients', list, `${repeated} is listed twice; give each client once`);
  return clients;
}

export interface ApiKeysConfig {
  readonly enabled: boolean;
  readonly clients: readonly ApiKeyClient[];
}

/**
 * A stage's config with API keys from `-c apiKeys=on|off` and `-c apiKeyClients=name:tier,...`;
 * other values are refused, and clients without `apiKeys=on` too (their keys would open nothing).
 */
export function withApiKeys<C extends { readonly apiKeys: ApiKeysConfig }>(
  config: C,
  options: { apiKeys?: string | undefined; apiKeyClients?: string | undefined },
): C {
  const { apiKeys, apiKeyClients } = options;
  if (apiKeys !== undefined && apiKeys !== 'on' && apiKeys !== 'off') {
    throw refuseOption('apiKeys', apiKeys, `apiKeys must be on or off, not "${apiKeys}"; use -c apiKeys=on`);
  }
  const enabled = apiKeys === undefined ? config.apiKeys.enabled : apiKeys === 'on';
  if (apiKeyClients !== undefined && !enabled) {
    throw refuseOption('apiKeyClients', apiKeyClients, 'apiKeyClients needs apiKeys=on: add -c apiKeys=on');
  }
  const clients = apiKeyClients === undefined ? config.apiKeys.clients : parseApiKeyClients(apiKeyClients);
  return { ...config, apiKeys: { enabled, clients } };
}
