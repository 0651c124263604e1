// Warm overhead per request: each warm entry runs in its own Node process (stdout discarded,
// as Lambda's log pipe takes it) and reports its medians over IPC.
import { spawn } from 'node:child_process';
import { median } from './cold.js';
import type { WarmResult } from './warmHarness.js';

export function warmRun<R = WarmResult>(bundle: string, env: Record<string, string>, requests: number): Promise<R> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [bundle], {
      env: { ...env, BENCH_WARM_REQUESTS: String(requests) },
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
 */
export async function warmRounds<K extends string>(
  variants: Record<K, { bundle: string; env: Record<string, string> }>,
  requests: number,
  rounds: number,
): Promise<Record<K, WarmResult>> {
  const names = Object.keys(variants) as K[];
  const runs = Object.fromEntries(names.map((n) => [n, [] as WarmResult[]])) as Record<K, WarmResult[]>;
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) {
      runs[name].push(await warmRun(variants[name].bundle, variants[name].env, requests));
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
      },
    ]),
  ) as Record<K, WarmResult>;
}

/** µs per request of every operation (bench/warmOperations.ts), the median of `rounds` runs per kind. */
export async function warmOperationRuns<K extends string>(
  bundle: string,
  env: Record<string, string>,
  requests: number,
  rounds: number,
): Promise<Record<K, number>> {
  const runs: Record<K, number>[] = [];
  for (let i = 0; i < rounds; i++) runs.push(await warmRun<Record<K, number>>(bundle, env, requests));
  const kinds = Object.keys(runs[0] ?? {}) as K[];
  return Object.fromEntries(kinds.map((k) => [k, median(runs.map((r) => r[k]))])) as Record<K, number>;
}
