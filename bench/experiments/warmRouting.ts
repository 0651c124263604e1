// Warm µs per request of GET /health and GET /users/{userId} through the Lambda entry as bundled
// (the document client's send() answered in-process): the two request kinds routing costs most
// and least. Reports over IPC; run by bench/experiments/routerFigures.ts.
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { handler } from '../../src/lambda/handler.js';
import { lambdaContext } from '../events.js';
import { inMemorySend } from '../inMemoryTable.js';
import { type Handler, requestsMade, timeBatches } from '../warmHarness.js';
import { WORKLOADS } from '../workloads.js';

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_WARM_REQUESTS ?? 4_000);
  const lambda = handler as unknown as Handler;
  const invoke = (event: APIGatewayProxyEvent) => lambda(event, lambdaContext('setup'));
  const result: Record<string, number> = {};
  for (const kind of ['getHealth', 'getUser'] as const) {
    DynamoDBDocumentClient.prototype.send = inMemorySend() as never;
    const count = requestsMade(requests);
    const eventAt = await WORKLOADS[kind].prepare(invoke, count, `warm-${kind}`);
    const events = Array.from({ length: count }, (_, n) => eventAt(n));
    result[kind] = await timeBatches(
      lambda,
      (n) => events[n] as APIGatewayProxyEvent,
      WORKLOADS[kind].status,
      requests,
    );
  }
  process.send?.(result, () => process.exit(0));
}

void main();
