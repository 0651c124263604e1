// Per-stage settings of the AWS deployment, in one typed place. Plain data with no
// aws-cdk-lib import; the throttle comes from infra/throttle.ts, which the local gateway
// enforces too, so both apply the same numbers.

import { refuseOption } from './deployOptionError.js';
import { type FirewallConfig, firewallByStage, type WafMode } from './firewall.js';
import { type ThrottleLimits, throttleByStage } from './throttle.js';
import type { ApiKeyClient } from './usagePlans.js';

export const stageNames = ['dev', 'prod'] as const;
export type StageName = (typeof stageNames)[number];

/** API Gateway stage throttling: steady requests per second and the bucket size for bursts. */
export type ThrottleConfig = Readonly<ThrottleLimits>;

export interface AlarmThresholds {
  /** Share of API requests answered 5XX over 5 minutes (0.01 = 1%). */
  readonly api5xxRate: number;
  /** p99 of API Gateway latency over 5 minutes, in milliseconds. */
  readonly apiP99LatencyMs: number;
  /** Function errors (uncaught exceptions, timeouts) per 5 minutes. */
  readonly lambdaErrors: number;
  /** Function invocations throttled by Lambda per 5 minutes. */
  readonly lambdaThrottles: number;
  /** DynamoDB requests throttled per 5 minutes, all operations the code uses. */
  readonly dynamoDbThrottledRequests: number;
}

/**
 * How CodeDeploy moves the function's `live` alias to a new version: `canary` sends 10% of
 * requests to it for 5 minutes, then all; `all-at-once` switches at once. Either way a
 * rollback alarm going off during the deployment moves the alias back.
 */
export const rolloutStrategies = ['canary', 'all-at-once'] as const;
export type RolloutStrategy = (typeof rolloutStrategies)[number];

export interface RolloutConfig {
  readonly strategy: RolloutStrategy;
  /** Instances kept initialised on the `live` alias (0: none, billed per hour when above). */
  readonly provisionedConcurrency: number;
}

/** CloudWatch Logs retention periods CloudWatch accepts (a subset). */
export type LogRetentionDays = 7 | 14 | 30 | 90 | 180 | 365;

export interface StageConfig {
  readonly stage: StageName;
  /**
   * `sourceMaps`: NODE_OPTIONS=--enable-source-maps, so logged stack traces point at src/; it
   * costs init time (docs/performance.md, "Source maps"). The map ships in the asset either way.
   */
  readonly lambda: { readonly memoryMiB: number; readonly timeoutSeconds: number; readonly sourceMaps: boolean };
  readonly logRetentionDays: LogRetentionDays;
  readonly throttle: ThrottleConfig;
  readonly alarms: AlarmThresholds;
  /** prod keeps its data: table deletion protection, RETAIN on stateful resources, stack termination protection. */
  readonly retainData: boolean;
  /**
   * Origins browsers may call from (`*`: any; bearer tokens, never cookies, carry the
   * credentials). The function gets them as ALLOWED_ORIGINS; API Gateway answers
   * preflights and its own errors with them. `-c allowedOrigins=a,b` overrides.
   */
  readonly allowedOrigins: readonly string[];
  /** `-c rollout=all-at-once` and `-c provisionedConcurrency=N` override. */
  readonly rollout: RolloutConfig;
  /** AWS WAF on the stage (infra/firewall.ts); `-c wafMode=count` makes every rule count instead of block. */
  readonly firewall: FirewallConfig & { readonly mode: WafMode };
  /** Usage plans and API keys (infra/usagePlans.ts): off unless `-c apiKeys=on`; clients from `-c apiKeyClients`. */
  readonly apiKeys: { readonly enabled: boolean; readonly clients: readonly ApiKeyClient[] };
}

export const stageConfigs: Readonly<Record<StageName, StageConfig>> = {
  dev: {
    stage: 'dev',
    lambda: { memoryMiB: 512, timeoutSeconds: 10, sourceMaps: true },
    logRetentionDays: 14,
    throttle: throttleByStage.dev,
    alarms: {
      api5xxRate: 0.05,
      apiP99LatencyMs: 3000,
      lambdaErrors: 5,
      lambdaThrottles: 1,
      dynamoDbThrottledRequests: 1,
    },
    retainData: false,
    allowedOrigins: ['*'],
    rollout: { strategy: 'canary', provisionedConcurrency: 0 },
    firewall: { ...firewallByStage.dev, mode: 'block' },
    apiKeys: { enabled: false, clients: [] },
  },
  prod: {
    stage: 'prod',
    lambda: { memoryMiB: 1024, timeoutSeconds: 10, sourceMaps: false },
    logRetentionDays: 90,
    throttle: throttleByStage.prod,
    alarms: {
      api5xxRate: 0.01,
      apiP99LatencyMs: 1500,
      lambdaErrors: 1,
      lambdaThrottles: 1,
      dynamoDbThrottledRequests: 1,
    },
    retainData: true,
    allowedOrigins: ['*'],
    rollout: { strategy: 'canary', provisionedConcurrency: 0 },
    firewall: { ...firewallByStage.prod, mode: 'block' },
    apiKeys: { enabled: false, clients: [] },
  },
};

export function isStageName(name: string): name is StageName {
  return (stageNames as readonly string[]).includes(name);
}

/** The config of a stage given by name (from `-c stage=<name>`); unknown names are refused. */
export function stageConfig(name: string): StageConfig {
  if (!isStageName(name)) {
    throw refuseOption('stage', name, `Unknown stage "${name}"; use -c stage=${stageNames.join(' or -c stage=')}`);
  }
  return stageConfigs[name];
}

/** The throttle of a stage, for anything outside AWS that should behave like the deployed API. */
export function throttleFor(name: StageName): ThrottleConfig {
  return stageConfigs[name].throttle;
}

/** A stage's config with its allowed origins replaced (from `-c allowedOrigins=a,b`). */
export function withAllowedOrigins(config: StageConfig, list: string | undefined): StageConfig {
  if (list === undefined) return config;
  const allowedOrigins = list
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return { ...config, allowedOrigins };
}

/** A stage's config with the rollout strategy and provisioned concurrency given by context, if any. */
export function withRollout(
  config: StageConfig,
  overrides: { strategy?: string | undefined; provisionedConcurrency?: string | undefined },
): StageConfig {
  const { strategy = config.rollout.strategy, provisionedConcurrency } = overrides;
  if (!(rolloutStrategies as readonly string[]).includes(strategy)) {
    throw refuseOption(
      'rollout',
      strategy,
      `rollout must be one of ${rolloutStrategies.join(', ')}; use -c rollout=canary or leave it out`,
    );
  }
  if (provisionedConcurrency !== undefined && !/^\d{1,4}$/.test(provisionedConcurrency)) {
    throw refuseOption(
      'provisionedConcurrency',
      provisionedConcurrency,
      'provisionedConcurrency must be a whole number of instances, 0 or more, e.g. -c provisionedConcurrency=2',
    );
  }
  const concurrency = Number(provisionedConcurrency ?? config.rollout.provisionedConcurrency);
  return { ...config, rollout: { strategy: strategy as RolloutStrategy, provisionedConcurrency: concurrency } };
}
