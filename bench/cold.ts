// Cold starts, measured from outside: a fresh `node` process per run loads a bundle and
// answers its first two requests; the wall time from spawn to the answers is the cold start.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stageConfigs } from '../infra/config.js';
import { PROBE_MARKER } from './events.js';

export interface ColdSample {
  /** Spawn to both answers, as the parent saw it (Node's boot included). */
  wallMs: number;
  /** The child's view: Node boot, module load, first GET /health, first POST /users. */
  bootMs: number;
  loadMs: number;
  healthMs: number;
  postMs: number;
  statuses: number[];
  /** `process.version` of the measured process itself. */
  node: string;
}

/** A bundle to measure, its environment and, if not the bench's Lambda Node, the binary to run it on. */
export interface Variant {
  bundle: string;
  env: Record<string, string>;
  node?: string;
}

/**
 * The environment of every run: Lambda's variables as the stack sets them, dummy credentials,
 * no shared config files (Lambda has none), and the SDK's silence about the Node version.
 */
export function lambdaLikeEnv(dir: string, extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: 'users-api-bench',
    CURSOR_SECRET: 'bench-cursor-secret-'.padEnd(48, 'x'),
    // As infra/constructs/apiFunction.ts sets it for prod, the stage the bench prices.
    ...(stageConfigs.prod.lambda.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
    ...extra,
  };
}

/** One cold start of `bundle` on the Node binary `node`. */
export function coldStart(
  node: string,
  probe: string,
  bundle: string,
  env: Record<string, string>,
): Promise<ColdSample> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(node, [probe, bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let wallMs: number | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (wallMs === undefined && out.includes(PROBE_MARKER)) wallMs = performance.now() - started;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(PROBE_MARKER));
      if (code !== 0 || !line || wallMs === undefined) {
        fail(new Error(`cold probe of ${bundle} exited with ${code}:\n${err}${out.slice(-2000)}`));
        return;
      }
      ok({ wallMs, ...(JSON.parse(line.slice(PROBE_MARKER.length)) as Omit<ColdSample, 'wallMs'>) });
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Runs each variant `runs` times on `node` (or its own), interleaved so that a busy moment hurts
 * them alike; an undefined variant is not run (no samples).
 */
export async function coldRuns<K extends string>(
  node: string,
  probe: string,
  variants: Record<K, Variant | undefined>,
  runs: number,
): Promise<Record<K, ColdSample[]>> {
  const all = Object.keys(variants) as K[];
  const names = all.filter((n) => variants[n] !== undefined);
  const samples = Object.fromEntries(all.map((n) => [n, [] as ColdSample[]])) as Record<K, ColdSample[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) {
      const { bundle, env, node: own } = variants[name] as Variant;
      samples[name].push(await coldStart(own ?? node, probe, bundle, env));
    }
  }
  return samples;
}
