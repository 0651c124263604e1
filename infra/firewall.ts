// AWS WAF settings, in one place: the per-address rate limit of each stage and the mode
// (`-c wafMode=count` for a first rollout: every rule counts, none blocks). Plain data.
import { refuseOption } from './deployOptionError.js';

export const wafModes = ['block', 'count'] as const;
export type WafMode = (typeof wafModes)[number];

export interface FirewallConfig {
  /**
   * Requests one client address may send in any 5 minutes before the rate rule blocks it
   * (WAF counts over a sliding 300-second window; its minimum limit is 10).
   */
  readonly ratePerAddressPer5Min: number;
}

/**
 * dev: 1,500 per 5 minutes (5/s sustained); prod: 6,000 (20/s), well above one user's
 * browsing and below what one address needs to spend the stage throttle (infra/throttle.ts).
 */
export const firewallByStage = {
  dev: { ratePerAddressPer5Min: 1_500 },
  prod: { ratePerAddressPer5Min: 6_000 },
} as const satisfies Record<string, FirewallConfig>;

/** The mode from `-c wafMode=...` (default `block`); anything else is refused. */
export function parseWafMode(value: string | undefined): WafMode {
  if (value === undefined) return 'block';
  if (!(wafModes as readonly string[]).includes(value)) {
    throw refuseOption(
      'wafMode',
      value,
      `wafMode must be one of ${wafModes.join(', ')}, not "${value}"; use -c wafMode=count or leave it out (block)`,
    );
  }
  return value as WafMode;
}

/** A stage's config with the WAF mode from `-c wafMode=...`, if given. */
export function withWafMode<C extends { readonly firewall: FirewallConfig & { readonly mode: WafMode } }>(
  config: C,
  value: string | undefined,
): C {
  return value === undefined ? config : { ...config, firewall: { ...config.firewall, mode: parseWafMode(value) } };
}
