// What the local gateway costs per request: GET /health through it (route, CORS, throttle,
// proxy event, the Lambda entry, the answer) against a bare node:http server answering the
// same JSON, each in its own process, under the same bounded autocannon load, interleaved
// round by round. The gateway runs as `npm start` runs it: its default logging (one access
// line per request) on a stdout pipe that is drained, as a terminal would be.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startGateway } from '../test/support/gateway.js';
import type { LocalStage } from './e2e.js';

export interface HealthLoad {
  gatewayRps: number;
  rawRps: number;
  /** Gateway's rate ÷ the bare server's. */
  ratio: number;
  /** Non-2xx answers, connection errors and timeouts, both sides together. */
  failures: number;
  /** CPU µs per request of each server process (Linux's /proc; NaN elsewhere): holds on a loaded machine. */
  gatewayCpuUs: number;
  rawCpuUs: number;
}

/** CPU time (user + system, ms, in clock ticks of 10 ms) a process has used, from /proc; NaN without it. */
export function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function rate(url: string, connections: number, seconds: number, maxRequests: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    maxOverallRequests: maxRequests,
    timeout: 10,
  });
  return {
    rps: result.requests.average,
    total: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Starts the bare server: `node <args>` (its bundle, or its source under `--import tsx`). */
export function startRawServer(args: string[]): Promise<{ url: string; pid: number; stop(): void }> {
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
      ok({ url: `http://127.0.0.1:${port}/health`, pid: child.pid as number, stop: () => child.kill('SIGTERM') });
    });
  });
}

/**
 * A gateway of its own on the stage's DynamoDB Local, started as `npm start` (no LOG_REQUESTS),
 * and the bare server; after a warm-up of each, `rounds` rounds of durationSec ÷ rounds per side.
 */
export async function measureGatewayOverhead(
  stage: LocalStage,
  rawServerBundle: string,
  load: { connections: number; durationSec: number; warmupSec: number; maxRequests: number; rounds?: number },
): Promise<HealthLoad> {
  const gateway = await startGateway({
    DYNAMODB_ENDPOINT: stage.endpoint,
    TABLE_NAME: stage.table,
    LOG_REQUESTS: 'true',
    THROTTLE_RATE: '1000000',
    THROTTLE_BURST: '1000000',
  });
  const raw = await startRawServer([rawServerBundle]);
  try {
    const urls = [`${gateway.baseUrl}/health`, raw.url] as const;
    for (const url of urls) await rate(url, load.connections, load.warmupSec, load.maxRequests);
    const rounds = load.rounds ?? 2;
    const seconds = load.durationSec / rounds;
    const sum = { gateway: 0, bare: 0, failures: 0, gatewayCpu: 0, rawCpu: 0, gatewayN: 0, rawN: 0 };
    for (let round = 0; round < rounds; round++) {
      const gatewayCpu = cpuMsOf(gateway.process.pid);
      const g = await rate(urls[0], load.connections, seconds, load.maxRequests);
      sum.gatewayCpu += cpuMsOf(gateway.process.pid) - gatewayCpu;
      const rawCpu = cpuMsOf(raw.pid);
      const b = await rate(urls[1], load.connections, seconds, load.maxRequests);
      sum.rawCpu += cpuMsOf(raw.pid) - rawCpu;
      sum.gateway += g.rps / rounds;
      sum.bare += b.rps / rounds;
      sum.gatewayN += g.total;
      sum.rawN += b.total;
      sum.failures += g.failures + b.failures;
    }
    return {
      gatewayRps: sum.gateway,
      rawRps: sum.bare,
      ratio: sum.gateway / sum.bare,
      failures: sum.failures,
      gatewayCpuUs: (sum.gatewayCpu * 1000) / sum.gatewayN,
      rawCpuUs: (sum.rawCpu * 1000) / sum.rawN,
    };
  } finally {
    raw.stop();
    await gateway.stop();
  }
}
