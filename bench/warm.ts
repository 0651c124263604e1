// Warm overhead per request: each warm entry runs in its own Node process (stdout discarded,
// as Lambda's log pipe takes it) and reports its medians over IPC.
import { spawn } from 'node:child_process';
import type { WarmResult } from './warmHarness.js';

export function warmRun(bundle: string, env: Record<string, string>, requests: number): Promise<WarmResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [bundle], {
      env: { ...env, BENCH_WARM_REQUESTS: String(requests) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let err = '';
    let result: WarmResult | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('message', (message) => {
      result = message as WarmResult;
    });
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (result) ok(result);
      else fail(new Error(`warm run of ${bundle} exited with ${code} without a result:\n${err}`));
    });
  });
}
