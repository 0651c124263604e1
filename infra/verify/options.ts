// `npm run verify` arguments: the CDK scripts' `-c stage=<name>` (and `-c allowedOrigins=`,
// which must match the deploy's), `-c region=` with the deploy's `-c regions=` for one region of
// a multi-region stage, plus `--region`, `--skip` and `--cleanup-only`.
import { parseArgs } from 'node:util';
import { isOriginList } from '../../src/http/cors.js';
import { REGION_NAME } from '../../src/lambda/environment.js';
import { stageConfig, withAllowedOrigins } from '../config.js';
import { type RateRule, rateRuleOf, withWafMode } from '../firewall.js';
import { regionalStackName } from '../regions.js';

export const stepNames = ['smoke', 'contract', 'fidelity'] as const;
export type StepName = (typeof stepNames)[number];

export interface VerifyOptions {
  readonly stage: string;
  /** The stack `npm run deploy -- -c stage=<stage>` makes (infra/stageApp.ts names it so; test/infra checks). */
  readonly stackName: string;
  /** The origins the stage allows, as the deploy was told (stage default, or `-c allowedOrigins=`). */
  readonly allowedOrigins: readonly string[];
  /** Else the SDK's own resolution (AWS_REGION, the profile). */
  readonly region: string | undefined;
  readonly cleanupOnly: boolean;
  readonly skip: ReadonlySet<StepName>;
  /** `-c region=`: the one region of a multi-region stage to test (its StageUrl, its API key). */
  readonly target: RegionTarget | undefined;
  /** The command that removes what an interrupted run of these options left. */
  readonly cleanupCommand: string;
  /**
   * The stage's WAF rate rule, from the config the stack is made from (infra/firewall.ts), which
   * verify paces itself under; undefined with `-c wafMode=count`, as deployed: nothing blocks.
   */
  readonly rateRule: RateRule | undefined;
}

/** One region of a multi-region stage; the Cognito accounts stay in the home region's pool. */
export interface RegionTarget {
  readonly region: string;
  readonly home: string;
  /** `UsersApi-<stage>-<region>` (infra/regionalStack.ts), or the home stack for the home region. */
  readonly stackName: string;
}

export const usage = `usage: npm run verify -- [-c stage=dev] [-c allowedOrigins=<origins, as deployed>] [-c wafMode=count (as deployed)]
                         [-c region=<region> -c regions=<home>,<other>,... (as deployed)]
                         [--region <region>] [--skip smoke,contract,fidelity] [--cleanup-only]

Checks a deployed stage (stack UsersApi-<stage>) with temporary Cognito accounts: a smoke
pass, the contract suite, and the fidelity table against a local gateway; then deletes
everything it made. --cleanup-only removes what an interrupted run left behind.
-c region= checks one region of a multi-region stage through its own StageUrl, with an
API key made in that region; the accounts are made in the home region's user pool.
Requests are paced to stay under 80% of the stage's WAF rate limit per address (none with
-c wafMode=count, where WAF only counts).`;

/** A mistake in the arguments: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function contextOf(entries: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at < 1) throw new UsageError(`-c takes key=value, not "${entry}"`);
    context[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return context;
}

function skipped(lists: readonly string[]): Set<StepName> {
  const names = lists.flatMap((l) => l.split(',')).map((n) => n.trim());
  const unknown = names.filter((n) => !(stepNames as readonly string[]).includes(n));
  if (unknown.length > 0) throw new UsageError(`--skip takes ${stepNames.join(', ')}; not ${unknown.join(', ')}`);
  return new Set(names as StepName[]);
}

/** The options, or a UsageError; `help` when --help was asked for. */
export function parseOptions(argv: readonly string[]): VerifyOptions | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  // Other context keys (alarmEmail, ...) concern the deploy only: the same flags may be passed to both.
  const context = contextOf(values.context ?? []);
  let config: ReturnType<typeof stageConfig>;
  try {
    config = withWafMode(
      withAllowedOrigins(stageConfig(context.stage ?? 'dev'), context.allowedOrigins),
      context.wafMode,
    );
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (config.allowedOrigins.length === 0 || !isOriginList(config.allowedOrigins)) {
    throw new UsageError(
      `allowedOrigins must be origins like https://app.example.com, or *: ${context.allowedOrigins}`,
    );
  }
  const stackName = `UsersApi-${config.stage}`;
  const target = regionTarget(stackName, context, values.region);
  const regionArgs = target ? ` -c regions=${context.regions} -c region=${target.region}` : '';
  return {
    stage: config.stage,
    stackName,
    allowedOrigins: config.allowedOrigins,
    region: target?.home ?? values.region,
    cleanupOnly: values['cleanup-only'] ?? false,
    skip: skipped(values.skip ?? []),
    target,
    cleanupCommand: `npm run verify -- -c stage=${config.stage}${regionArgs} --cleanup-only`,
    rateRule: config.firewall.mode === 'count' ? undefined : rateRuleOf(config.firewall),
  };
}

/** `-c region=` checked against the deploy's `-c regions=` (home first), which it needs. */
function regionTarget(
  homeStack: string,
  context: Record<string, string>,
  sdkRegion: string | undefined,
): RegionTarget | undefined {
  const { region, regions: list } = context;
  if (region === undefined) return undefined;
  if (list === undefined) {
    throw new UsageError(`-c region=${region} needs the stage's regions as deployed: -c regions=<home>,<other>,...`);
  }
  const regions = list.split(',').map((r) => r.trim());
  const bad = regions.filter((r) => !REGION_NAME.test(r));
  if (bad.length > 0) throw new UsageError(`regions must be AWS region names like us-east-1: ${bad.join(', ')}`);
  if (regions.length < 2 || new Set(regions).size !== regions.length) {
    throw new UsageError(`regions lists two or more distinct regions, the home region first: ${list}`);
  }
  if (!regions.includes(region)) {
    throw new UsageError(`region ${region} is not one of the stage's regions (${regions.join(', ')})`);
  }
  const home = regions[0] as string;
  // The home stack, its user pool and its outputs are in the home region: --region may only agree.
  if (sdkRegion !== undefined && sdkRegion !== home) {
    throw new UsageError(`--region ${sdkRegion} is not the home region ${home} (the first of -c regions)`);
  }
  return { region, home, stackName: region === home ? homeStack : regionalStackName(homeStack, region) };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      context: { type: 'string', short: 'c', multiple: true },
      region: { type: 'string' },
      skip: { type: 'string', multiple: true },
      'cleanup-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
