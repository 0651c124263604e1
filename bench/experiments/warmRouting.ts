// Warm cost per request of GET /health and GET /users/{userId} through the Lambda entry as
// bundled (the document client's send() answered in-process), timed in batches of 250: the
// median batch's wall µs and CPU µs (process.cpuUsage, which a busy shared machine disturbs less).
// Reports over IPC; run by bench/experiments/routerFigures.ts.
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { handler } from '../../src/lambda/handler.js';
import { lambdaContext } from '../events.js';
import { inMemorySend } from '../inMemoryTable.js';
import type { Handler } from '../warmHarness.js';
import { loadWorkloads } from '../workloads.js';

const BATCH = 250;
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_WARM_REQUESTS ?? 4_000);
  const lambda = handler as unknown as Handler;
  const context = lambdaContext('warm');
  const invoke = (event: APIGatewayProxyEvent) => lambda(event, lambdaContext('setup'));
  const result: Record<string, number> = {};
  const workloads = await loadWorkloads();
  for (const kind of ['getHealth', 'getUser'] as const) {
    DynamoDBDocumentClient.prototype.send = inMemorySend() as never;
    const warmup = Math.max(BATCH, requests / 4);
    const eventAt = await workloads[kind].prepare(invoke, warmup + requests, `warm-${kind}`);
    const events = Array.from({ length: warmup + requests }, (_, n) => eventAt(n));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let done = -warmup; done < requests; done += BATCH) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < BATCH; i++) {
        const r = await lambda(events[done + warmup + i] as APIGatewayProxyEvent, context);
        if (r.statusCode !== workloads[kind].status) throw new Error(`${kind}: ${r.statusCode} ${r.body}`);
      }
      const used = process.cpuUsage(cpu0);
      if (done >= 0) {
        wall.push(((performance.now() - t0) * 1000) / BATCH);
        cpu.push((used.user + used.system) / BATCH);
      }
    }
    result[kind] = middle(wall);
    result[`${kind}Cpu`] = middle(cpu);
  }
  process.send?.(result, () => process.exit(0));
}

void main();
