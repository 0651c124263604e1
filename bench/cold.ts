// Cold starts, measured from outside: a fresh `node` process per run loads a bundle and
// answers its first two requests; the wall time from spawn to the answers is the cold start.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
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
}

/**
 * The environment of every run: Lambda's variables as the stack sets them, dummy credentials,
 * no shared config files (Lambda has none), and Node 22's silence about its version.
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
    // As infra/constructs/apiFunction.ts sets it.
    NODE_OPTIONS: '--enable-source-maps',
    ...extra,
  };
}

export function coldStart(probe: string, bundle: string, env: Record<string, string>): Promise<ColdSample> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [probe, bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Runs each variant `runs` times, interleaved so that a busy moment hurts them alike. */
export async function coldRuns<K extends string>(
  probe: string,
  variants: Record<K, { bundle: string; env: Record<string, string> }>,
  runs: number,
): Promise<Record<K, ColdSample[]>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as ColdSample[]])) as Record<K, ColdSample[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) {
      samples[name].push(await coldStart(probe, variants[name].bundle, variants[name].env));
    }
  }
  return samples;
}
