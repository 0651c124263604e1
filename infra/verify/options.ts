// `npm run verify` arguments: the CDK scripts' `-c stage=<name>` (and `-c allowedOrigins=`,
// which must match the deploy's), plus `--region`, `--skip` and `--cleanup-only`.
import { parseArgs } from 'node:util';
import { isOriginList } from '../../src/http/cors.js';
import { stageConfig, withAllowedOrigins } from '../config.js';

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
}

export const usage = `usage: npm run verify -- [-c stage=dev] [-c allowedOrigins=<origins, as deployed>]
                         [--region <region>] [--skip smoke,contract,fidelity] [--cleanup-only]

Checks a deployed stage (stack UsersApi-<stage>) with temporary Cognito accounts: a smoke
pass, the contract suite, and the fidelity table against a local gateway; then deletes
everything it made. --cleanup-only removes what an interrupted run left behind.`;

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
    config = withAllowedOrigins(stageConfig(context.stage ?? 'dev'), context.allowedOrigins);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (config.allowedOrigins.length === 0 || !isOriginList(config.allowedOrigins)) {
    throw new UsageError(
      `allowedOrigins must be origins like https://app.example.com, or *: ${context.allowedOrigins}`,
    );
  }
  return {
    stage: config.stage,
    stackName: `UsersApi-${config.stage}`,
    allowedOrigins: config.allowedOrigins,
    region: values.region,
    cleanupOnly: values['cleanup-only'] ?? false,
    skip: skipped(values.skip ?? []),
  };
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
