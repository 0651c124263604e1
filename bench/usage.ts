// What each request kind uses on DynamoDB Local, through our API in-process on the same document
// client setup: the capacity units DynamoDB reports (ReturnConsumedCapacity, added to every call
// by a client middleware) and the wall time per request, for the cost model (bench/cost.ts).
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { productionDeps } from '../src/composition.js';
import { createApi } from '../src/http/dispatch.js';
import { toApiRequest } from '../src/lambda/adapter.js';
import { createDocumentClient } from '../src/store/client.js';
import { median } from './cold.js';
import type { LocalStage } from './e2e.js';
import { createUserEvent, getUserEvent, invalidUserEvent } from './events.js';

export const REQUEST_KINDS = ['createUser', 'getUser', 'invalid'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface Usage {
  status: number;
  /** Write and read request units, as DynamoDB reports them (transactions already count twice). */
  wru: number;
  rru: number;
  /** Of the units, those spent on the global secondary indexes. */
  indexUnits: number;
  /** Median wall time of the request through our API, DynamoDB Local round trips included. */
  durationMs: number;
}

const READS = /^(Get|BatchGet|Query|Scan|TransactGet)/;

export async function measureUsage(stage: LocalStage, runs: number): Promise<Record<RequestKind, Usage>> {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: stage.endpoint });
  let spent = { wru: 0, rru: 0, indexUnits: 0 };
  db.middlewareStack.add(
    (next, context) => async (args) => {
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const reported = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
      for (const c of [reported ?? []].flat()) {
        const units = c.CapacityUnits ?? 0;
        if (READS.test(context.commandName ?? '')) spent.rru += units;
        else spent.wru += units;
        for (const index of Object.values(c.GlobalSecondaryIndexes ?? {})) spent.indexUnits += index.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: 'initialize', name: 'benchConsumedCapacity' },
  );
  const cursorSecret = 'bench-cursor-secret-'.padEnd(48, 'x');
  const api = createApi({
    ...productionDeps({ tableName: stage.table, cursorSecret }, db),
    logger: { error: (message, details) => console.error(message, details) },
  });
  const run = `usage-${Date.now().toString(36)}`;
  const seed = await api.handle(toApiRequest(createUserEvent(0, run)));
  const userId = (JSON.parse(seed.body) as { userId: string }).userId;
  const events: Record<RequestKind, (n: number) => APIGatewayProxyEvent> = {
    createUser: (n) => createUserEvent(n + 1, run),
    getUser: (n) => getUserEvent(userId, n),
    invalid: (n) => invalidUserEvent(n),
  };
  const usage = {} as Record<RequestKind, Usage>;
  for (const kind of REQUEST_KINDS) {
    const times: number[] = [];
    let status = 0;
    for (let n = 0; n < runs; n++) {
      spent = { wru: 0, rru: 0, indexUnits: 0 };
      const started = performance.now();
      status = (await api.handle(toApiRequest(events[kind](n)))).statusCode;
      times.push(performance.now() - started);
    }
    usage[kind] = { status, ...spent, durationMs: median(times) };
  }
  db.destroy();
  return usage;
}
