// AWS WAF settings, in one place: the per-address rate limit of each stage and the mode
// (`-c wafMode=count` for a first rollout: every rule counts, none blocks), and what a WAF
// block looks like to a client (verify paces itself under the rate rule and names blocks). Plain data.
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

/** WAF's rate rule counts each address over a sliding window of this length (infra/constructs/webFirewall.ts). */
export const RATE_WINDOW_SECONDS = 300;

/** The rate rule's limit on one stage, as verify paces itself under it: requests per address per window. */
export interface RateRule {
  readonly limit: number;
  readonly windowSeconds: number;
}

export const rateRuleOf = (firewall: FirewallConfig): RateRule => ({
  limit: firewall.ratePerAddressPer5Min,
  windowSeconds: RATE_WINDOW_SECONDS,
});

/**
 * The problem types of WAF's own answers (its custom response bodies), under the API's
 * `urn:problem:` base (src/http/problems.ts) so a client tells them from the function's.
 */
export const FIREWALL_PROBLEM_TYPE = {
  blocked: 'urn:problem:firewall:blocked',
  rateLimited: 'urn:problem:firewall:rate-limited',
} as const;

/**
 * The header naming the rule that blocked: our custom response sets `rule`, and WAF prefixes
 * every custom response header with `x-amzn-waf-`.
 */
export const FIREWALL_RULE_HEADER = 'x-amzn-waf-rule';

/** A WAF block as a client sees it: which rule, and whether it was the rate rule. */
export interface FirewallBlock {
  readonly status: number;
  readonly rateLimited: boolean;
  /** From the x-amzn-waf-rule header; "unnamed" when absent. */
  readonly rule: string;
}

/** The block, when this answer is WAF's (by its problem type), not the function's or API Gateway's. */
export function firewallBlockOf(answer: {
  status: number;
  headers: { get(name: string): string | null };
  body: unknown;
}): FirewallBlock | undefined {
  const type = (answer.body as { type?: unknown } | null | undefined)?.type;
  if (type !== FIREWALL_PROBLEM_TYPE.blocked && type !== FIREWALL_PROBLEM_TYPE.rateLimited) return undefined;
  return {
    status: answer.status,
    rateLimited: type === FIREWALL_PROBLEM_TYPE.rateLimited,
    rule: answer.headers.get(FIREWALL_RULE_HEADER) ?? 'unnamed',
  };
}

/** How verify reports a block in its failure list. */
export const describeFirewallBlock = (block: FirewallBlock): string =>
  `blocked by the firewall: rule ${block.rule} (${block.status}${block.rateLimited ? ', the rate limit per address' : ''})`;
