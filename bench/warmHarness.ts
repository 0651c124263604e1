// Warm requests in a loop, timed in batches: the median batch gives µs per request. Runs in
// a child process (stdout discarded, as Lambda's log pipe would take it) and reports by IPC.
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { createUserEvent, getUserEvent, invalidUserEvent, lambdaContext } from './events.js';

export type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<{ statusCode: number; body: string }>;

export interface WarmResult {
  postUs: number;
  getUs: number;
  /** A POST /users the function refuses with 400: what an invalid request costs in Lambda. */
  invalidUs: number;
  /** Measured requests per operation, after the warm-up. */
  requests: number;
  /** `process.version` of the process that measured it. */
  node: string;
}

const BATCH = 250;
/**
 * BENCH_WARM_CLOCK=cpu times each batch by the process's CPU time (user + system) rather than
 * the wall clock: on a shared, loaded machine it leaves out the time spent waiting for a core.
 */
const cpuClock = process.env.BENCH_WARM_CLOCK === 'cpu';
const nowMs = cpuClock
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();
const RING = 1000;
const ring = (events: APIGatewayProxyEvent[]) => (n: number) => events[n % RING] as APIGatewayProxyEvent;

/** µs per request of the median batch, `requests` after a warm-up; `eventAt(n)` is the n-th request made. */
export async function timeBatches(
  handler: Handler,
  eventAt: (n: number) => APIGatewayProxyEvent,
  expected: number | undefined,
  requests: number,
): Promise<number> {
  const context = lambdaContext('warm');
  const perBatch: number[] = [];
  const warmup = Math.max(BATCH, Math.floor(requests / 4));
  for (let done = -warmup; done < requests; done += BATCH) {
    const started = nowMs();
    for (let i = 0; i < BATCH; i++) {
      const result = await handler(eventAt(done + warmup + i), context);
      if (expected !== undefined && result.statusCode !== expected)
        throw new Error(`expected ${expected}, got ${result.statusCode}: ${result.body}`);
    }
    if (done >= 0) perBatch.push(((nowMs() - started) * 1000) / BATCH);
  }
  perBatch.sort((a, b) => a - b);
  return perBatch[Math.floor(perBatch.length / 2)] as number;
}

/** Requests `timeBatches` makes for `requests` measured ones: the warm-up, rounded up to whole batches. */
export const requestsMade = (requests: number) =>
  Math.ceil((Math.max(BATCH, Math.floor(requests / 4)) + requests) / BATCH) * BATCH;

/** `floor`: the handler answers anything with a constant, so statuses are not checked. */
export async function runWarm(handler: Handler, floor = false): Promise<void> {
  const requests = Number(process.env.BENCH_WARM_REQUESTS ?? 20_000);
  const seed = await handler(createUserEvent(0, 'warm-seed'), lambdaContext('seed'));
  const userId = floor ? '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f' : (JSON.parse(seed.body) as { userId: string }).userId;
  const posts = Array.from({ length: RING }, (_, n) => createUserEvent(n + 1, 'warm'));
  const gets = Array.from({ length: RING }, (_, n) => getUserEvent(userId, n));
  const invalid = Array.from({ length: RING }, (_, n) => invalidUserEvent(n));
  const result: WarmResult = {
    postUs: await timeBatches(handler, ring(posts), floor ? undefined : 201, requests),
    getUs: await timeBatches(handler, ring(gets), floor ? undefined : 200, requests),
    invalidUs: await timeBatches(handler, ring(invalid), floor ? undefined : 400, requests),
    requests,
    node: process.version,
  };
  process.send?.(result, () => process.exit(0));
}
