// Warm overhead per request: each warm entry runs in its own Node process (stdout discarded,
// as Lambda's log pipe takes it) and reports its medians over IPC.
import { spawn } from 'node:child_process';
import { median, type Variant } from './cold.js';
import { reportedVersion } from './lambdaNode.js';
import type { WarmResult } from './warmHarness.js';

export function warmRun<R = WarmResult>(
  node: string,
  bundle: string,
  env: Record<string, string>,
  requests: number,
): Promise<R> {
  return new Promise((ok, fail) => {
    const child = spawn(node, [bundle], {
      env: {
        // BENCH_WARM_CLOCK=cpu on the bench's own command line reaches every warm loop (warmHarness.ts).
        ...(process.env.BENCH_WARM_CLOCK ? { BENCH_WARM_CLOCK: process.env.BENCH_WARM_CLOCK } : {}),
        ...env,
        BENCH_WARM_REQUESTS: String(requests),
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let err = '';
    let result: R | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('message', (message) => {
      result = message as R;
    });
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (result) ok(result);
      else fail(new Error(`warm run of ${bundle} exited with ${code} without a result:\n${err}`));
    });
  });
}

/**
 * Each variant `rounds` times, interleaved (the order reversed every other round) so that a
 * busy moment of the shared machine hurts them alike; per request kind, the median of the rounds.
 * Each runs on `node` unless the variant names its own; an undefined variant is not run (no result).
 */
export async function warmRounds<K extends string>(
  node: string,
  variants: Record<K, Variant | undefined>,
  requests: number,
  rounds: number,
): Promise<Record<K, WarmResult>> {
  const names = (Object.keys(variants) as K[]).filter((n) => variants[n] !== undefined);
  const runs = Object.fromEntries(names.map((n) => [n, [] as WarmResult[]])) as Record<K, WarmResult[]>;
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) {
      const { bundle, env, node: own } = variants[name] as Variant;
      runs[name].push(await warmRun(own ?? node, bundle, env, requests));
    }
  }
  const mid = (rs: WarmResult[], pick: (r: WarmResult) => number) => median(rs.map(pick));
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        postUs: mid(runs[n], (r) => r.postUs),
        getUs: mid(runs[n], (r) => r.getUs),
        invalidUs: mid(runs[n], (r) => r.invalidUs),
        requests: requests * rounds,
        node: reportedVersion(runs[n]),
      },
    ]),
  ) as Record<K, WarmResult>;
}

/** µs per request of every operation (bench/warmOperations.ts), the median of `rounds` runs per kind, and the Node that ran them. */
export async function warmOperationRuns<K extends string>(
  node: string,
  bundle: string,
  env: Record<string, string>,
  requests: number,
  rounds: number,
): Promise<{ us: Record<K, number>; node: string }> {
  const runs: { us: Record<K, number>; node: string }[] = [];
  for (let i = 0; i < rounds; i++) runs.push(await warmRun(node, bundle, env, requests));
  const kinds = Object.keys(runs[0]?.us ?? {}) as K[];
  const us = Object.fromEntries(kinds.map((k) => [k, median(runs.map((r) => r.us[k]))])) as Record<K, number>;
  return { us, node: reportedVersion(runs) };
}
