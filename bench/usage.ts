// What each operation uses on DynamoDB Local, through our API in-process on the same document
// client setup: the capacity units DynamoDB reports (ReturnConsumedCapacity, added to every call
// by a client middleware), the calls made, and the wall time per request, for bench/cost.ts.
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { productionDeps } from '../src/composition.js';
import { createApi } from '../src/http/dispatch.js';
import { toApiRequest } from '../src/lambda/adapter.js';
import { createDocumentClient } from '../src/store/client.js';
import { median } from './cold.js';
import type { LocalStage } from './e2e.js';
import { type Invoke, REQUEST_KINDS, type RequestKind, WORKLOADS } from './workloads.js';

export { REQUEST_KINDS, type RequestKind } from './workloads.js';

export interface Usage {
  status: number;
  /** Write and read request units, as DynamoDB reports them (transactions already count twice). */
  wru: number;
  rru: number;
  /** Of the units, those spent on the global secondary indexes. */
  indexUnits: number;
  /** Median wall time of the request through our API, DynamoDB Local round trips included. */
  durationMs: number;
  /** The DynamoDB calls one request makes, e.g. `GetItem + TransactWriteItems(3)`. */
  calls: string;
}

const READS = /^(Get|BatchGet|Query|Scan|TransactGet)/;
const API_NAMES: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  TransactWrite: 'TransactWriteItems',
};

interface Spent {
  wru: number;
  rru: number;
  indexUnits: number;
  calls: string[];
}
const nothingSpent = (): Spent => ({ wru: 0, rru: 0, indexUnits: 0, calls: [] });

/**
 * A transaction costs two units per item (per KB written, per 4 KB read), as AWS prices it; a
 * DynamoDB that reported fewer would price transactions below what AWS bills.
 */
export function checkTransactionUnits(command: string, items: number, tableUnits: number): void {
  if (command.startsWith('Transact') && tableUnits < 2 * items)
    throw new Error(
      `${command} of ${items} items reported ${tableUnits} units on the table; AWS bills at least ${2 * items}`,
    );
}

export async function measureUsage(stage: LocalStage, runs: number): Promise<Record<RequestKind, Usage>> {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: stage.endpoint });
  let spent = nothingSpent();
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string; TransactItems?: unknown[] };
      input.ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const reported = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
      const short = (context.commandName ?? '?').replace(/(Item)?Command$/, '');
      const command = API_NAMES[short] ?? short;
      const items = input.TransactItems?.length;
      spent.calls.push(items === undefined ? command : `${command}(${items})`);
      for (const c of [reported ?? []].flat()) {
        const units = c.CapacityUnits ?? 0;
        if (READS.test(short)) spent.rru += units;
        else spent.wru += units;
        for (const index of Object.values(c.GlobalSecondaryIndexes ?? {})) spent.indexUnits += index.CapacityUnits ?? 0;
        checkTransactionUnits(command, items ?? 0, c.Table?.CapacityUnits ?? units);
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
  const invoke: Invoke = (event: APIGatewayProxyEvent) => api.handle(toApiRequest(event));
  const run = `usage-${Date.now().toString(36)}`;
  const usage = {} as Record<RequestKind, Usage>;
  for (const kind of REQUEST_KINDS) {
    const { prepare, status } = WORKLOADS[kind];
    const eventAt = await prepare(invoke, runs, `${run}-${kind}`);
    const times: number[] = [];
    const units: Spent[] = [];
    for (let n = 0; n < runs; n++) {
      spent = nothingSpent();
      const event = eventAt(n);
      const started = performance.now();
      const answer = await invoke(event);
      times.push(performance.now() - started);
      if (answer.statusCode !== status)
        throw new Error(`usage of ${kind}: expected ${status}, got ${answer.statusCode}: ${answer.body}`);
      units.push(spent);
    }
    usage[kind] = {
      status,
      wru: median(units.map((u) => u.wru)),
      rru: median(units.map((u) => u.rru)),
      indexUnits: median(units.map((u) => u.indexUnits)),
      durationMs: median(times),
      calls: units.at(-1)?.calls.join(' + ') || 'none',
    };
  }
  db.destroy();
  return usage;
}
