// Warm CPU time of every operation (bench/workloads.ts) through the Lambda entry as bundled, each
// on a fresh in-process table holding what it needs; reports µs per request by kind over IPC.
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { handler } from '../src/lambda/handler.js';
import { lambdaContext } from './events.js';
import { inMemorySend } from './inMemoryTable.js';
import { type Handler, requestsMade, timeBatches } from './warmHarness.js';
import { loadWorkloads, REQUEST_KINDS, type RequestKind } from './workloads.js';

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_WARM_REQUESTS ?? 2_000);
  const lambda = handler as unknown as Handler;
  const invoke = (event: APIGatewayProxyEvent) => lambda(event, lambdaContext('setup'));
  const perKind = {} as Record<RequestKind, number>;
  const workloads = await loadWorkloads();
  for (const kind of REQUEST_KINDS) {
    DynamoDBDocumentClient.prototype.send = inMemorySend() as never;
    const count = requestsMade(requests);
    const eventAt = await workloads[kind].prepare(invoke, count, `warm-${kind}`);
    // Made before the clock starts: the loop times the function, not the bench's event building.
    const events = Array.from({ length: count }, (_, n) => eventAt(n));
    perKind[kind] = await timeBatches(
      lambda,
      (n) => events[n] as APIGatewayProxyEvent,
      workloads[kind].status,
      requests,
    );
  }
  process.send?.({ us: perKind, node: process.version }, () => process.exit(0));
}

void main();
