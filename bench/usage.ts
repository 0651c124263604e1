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
import { type Invoke, loadWorkloads, REQUEST_KINDS, type RequestKind } from './workloads.js';

export { REQUEST_KINDS, type RequestKind } from './workloads.js';

export interface Usage {
  status: number;
  /** Write and read request units as AWS bills them: DynamoDB's report, transactions at two per item. */
  wru: number;
  /** The write units DynamoDB Local reported, where they differ from `wru`. */
  reportedWru: number;
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
  reportedWru: number;
  rru: number;
  indexUnits: number;
  calls: string[];
}
const nothingSpent = (): Spent => ({ wru: 0, reportedWru: 0, rru: 0, indexUnits: 0, calls: [] });

/** An item's size as DynamoDB counts it: attribute names plus values (strings in UTF-8, numbers ~1 byte per 2 digits). */
export function itemBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + itemBytes(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + itemBytes(v), 0);
  return 3 + Object.entries(value as object).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + itemBytes(v), 0);
}

type TransactAction = { Put?: { Item?: Record<string, unknown> } } & Record<string, unknown>;

/**
 * The table's write units of a transaction as AWS bills them: two per item per KB (a put's KB from
 * its item; a delete, update or condition check of our small items, 1 KB). DynamoDB Local 3.3
 * reports fewer for some (an item and its idempotency record in one partition: 2, not 4;
 * updateUser's put, delete and put: 4, not 6), so the larger of the two counts.
 */
export function transactionTableUnits(actions: TransactAction[], reported: number): number {
  const perItem = actions.map((a) => Math.max(1, Math.ceil(itemBytes(a.Put?.Item ?? {}) / 1024)));
  return Math.max(reported, 2 * perItem.reduce((sum, units) => sum + units, 0));
}

export async function measureUsage(stage: LocalStage, runs: number): Promise<Record<RequestKind, Usage>> {
  const db = createDocumentClient({ region: 'us-east-1', endpoint: stage.endpoint });
  let spent = nothingSpent();
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string; TransactItems?: TransactAction[] };
      input.ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const reported = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
      const short = (context.commandName ?? '?').replace(/(Item)?Command$/, '');
      const command = API_NAMES[short] ?? short;
      const items = input.TransactItems?.length;
      spent.calls.push(items === undefined ? command : `${command}(${items})`);
      for (const c of [reported ?? []].flat()) {
        const units = c.CapacityUnits ?? 0;
        const indexUnits = Object.values(c.GlobalSecondaryIndexes ?? {}).reduce(
          (sum, i) => sum + (i.CapacityUnits ?? 0),
          0,
        );
        spent.indexUnits += indexUnits;
        if (READS.test(short)) spent.rru += units;
        else {
          const table = c.Table?.CapacityUnits ?? units - indexUnits;
          const billed = input.TransactItems ? transactionTableUnits(input.TransactItems, table) : table;
          spent.wru += billed + indexUnits;
          spent.reportedWru += units;
        }
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
  const workloads = await loadWorkloads();
  for (const kind of REQUEST_KINDS) {
    const { prepare, status } = workloads[kind];
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
      reportedWru: median(units.map((u) => u.reportedWru)),
      rru: median(units.map((u) => u.rru)),
      indexUnits: median(units.map((u) => u.indexUnits)),
      durationMs: median(times),
      calls: units.at(-1)?.calls.join(' + ') || 'none',
    };
  }
  db.destroy();
  return usage;
}
