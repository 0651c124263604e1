// What the local gateway costs per request: GET /health through it (route, CORS, throttle,
// proxy event, the Lambda entry, the answer) against a bare node:http server answering the
// same JSON, each in its own process, under the same bounded autocannon load.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

export interface HealthLoad {
  gatewayRps: number;
  rawRps: number;
  /** Gateway's rate ÷ the bare server's. */
  ratio: number;
  /** Non-2xx answers, connection errors and timeouts, both sides together. */
  failures: number;
}

async function rate(url: string, connections: number, seconds: number, maxRequests: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    maxOverallRequests: maxRequests,
    timeout: 10,
  });
  return { rps: result.requests.average, failures: result.non2xx + result.errors + result.timeouts };
}

/** Starts the bare server: `node <args>` (its bundle, or its source under `--import tsx`). */
export function startRawServer(args: string[]): Promise<{ url: string; stop(): void }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error('the bare health server did not start'));
    }, 30_000);
    child.once('exit', (code) => fail(new Error(`the bare health server exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /@@raw-health (\d+)/.exec(chunk.toString())?.[1];
      if (!port) return;
      clearTimeout(timer);
      ok({ url: `http://127.0.0.1:${port}/health`, stop: () => child.kill('SIGTERM') });
    });
  });
}

export async function measureGatewayOverhead(
  gatewayBaseUrl: string,
  rawServerBundle: string,
  load: { connections: number; durationSec: number; warmupSec: number; maxRequests: number },
): Promise<HealthLoad> {
  const raw = await startRawServer([rawServerBundle]);
  try {
    const run = async (url: string) => {
      await rate(url, load.connections, load.warmupSec, load.maxRequests);
      return rate(url, load.connections, load.durationSec, load.maxRequests);
    };
    const gateway = await run(`${gatewayBaseUrl}/health`);
    const bare = await run(raw.url);
    return {
      gatewayRps: gateway.rps,
      rawRps: bare.rps,
      ratio: gateway.rps / bare.rps,
      failures: gateway.failures + bare.failures,
    };
  } finally {
    raw.stop();
  }
}
