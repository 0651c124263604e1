// The figures of docs/scaling.md: for each of the 13 operations, the DynamoDB calls it
// makes, the items they touch, the partition keys (table and gsi1) and the capacity
// DynamoDB Local reports (ReturnConsumedCapacity: INDEXES), on a table of its own.
// Rerun: npx vitest run test/integration/scaling.test.ts (prints the table).
import { randomUUID } from 'node:crypto';
import { type ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { productionDeps } from '../../src/composition.js';
import { type ApiRequest, createApi } from '../../src/http/dispatch.js';
import { ensureTable } from '../../src/local/bootstrap.js';
import { allListPartitions, listPartitionOf, USER_LIST_SHARDS } from '../../src/store/userShards.js';

interface Call {
  command: string;
  items: number;
  table: number;
  index: number;
  keys: string[];
}

const table = `scaling-${randomUUID().slice(0, 8)}`;
const base = new DynamoDBClient({
  region: 'us-east-1',
  endpoint: inject('dynamodbEndpoint'),
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
let calls: Call[] = [];

/** The partition keys a request names: table keys (pk) and gsi1 keys (gsi1pk, or a Query's :p). */
function keysOf(input: Record<string, unknown>): string[] {
  const writes = (input.TransactItems as Record<string, { Key?: object; Item?: object }>[] | undefined) ?? [input];
  const keys = writes.flatMap((w) => {
    const op = (w.Put ?? w.Delete ?? w.Update ?? w) as {
      Key?: Record<string, unknown>;
      Item?: Record<string, unknown>;
    };
    const record = op.Item ?? op.Key ?? {};
    return [record.pk, record.gsi1pk].filter((k): k is string => typeof k === 'string');
  });
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  const queried = input.IndexName ? values[':p'] : values[':pk'];
  return typeof queried === 'string' ? [...keys, queried] : keys;
}

base.middlewareStack.add(
  (next, context) => async (args) => {
    const input = args.input as Record<string, unknown>;
    input.ReturnConsumedCapacity = 'INDEXES';
    const result = await next(args);
    const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[]; Count?: number };
    const reported = [output.ConsumedCapacity ?? []].flat();
    const total = reported.reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
    const index = reported.reduce(
      (n, c) => n + Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((m, i) => m + (i.CapacityUnits ?? 0), 0),
      0,
    );
    const transactItems = (input.TransactItems as unknown[] | undefined)?.length;
    calls.push({
      command: String(context.commandName).replace('Command', ''),
      items: output.Count ?? transactItems ?? 1,
      table: total - index,
      index,
      keys: keysOf(input),
    });
    return result;
  },
  { step: 'initialize', name: 'recordCallsAndKeys' },
);
const db = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
const api = createApi({
  ...productionDeps({ tableName: table, cursorSecret: 'scaling-test-secret-of-32-chars-or-more' }, db),
  logger: { error: () => {} },
});
const owner = `scaling-${randomUUID()}`;
const caller = { sub: owner, groups: ['admins'] };
const rows: string[] = [];
const seen = new Map<string, Call[]>();

async function measure(name: string, status: number, request: Partial<ApiRequest>) {
  calls = [];
  const res = await api.handle({ method: 'GET', path: '/', query: {}, headers: {}, body: null, caller, ...request });
  expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
  seen.set(name, calls);
  const sum = (f: (c: Call) => number) => calls.reduce((n, c) => n + f(c), 0);
  const keys = [...new Set(calls.flatMap((c) => c.keys))].map((k) => k.replace(/#[^#]{20,}$/, '#…'));
  rows.push(
    `| ${name} | ${calls.length} | ${calls.map((c) => `${c.command} ×${c.items}`).join(', ') || '—'} | ${sum((c) => c.table)} | ${sum((c) => c.index)} | ${keys.join(', ') || '—'} |`,
  );
  return res.body ? JSON.parse(res.body) : undefined;
}
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

afterAll(() => {
  console.log(
    `DynamoDB Local, table ${table}:\n| operation | calls | call × items | table CU | gsi1 CU | partition keys |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
  );
  base.destroy();
});

describe('what each operation costs DynamoDB', () => {
  it('measures the 13 operations, with the listing read from every shard and every write on one key', async () => {
    await ensureTable(base, table);
    // Fill every shard past a page (21 users each) so a listing page reads full shards.
    const filled = new Map<string, number>();
    while ([...filled.values()].filter((n) => n >= 21).length < USER_LIST_SHARDS) {
      const made = await Promise.all(
        Array.from({ length: 16 }, async (_, i) => {
          const res = await api.handle({
            method: 'POST',
            path: '/users',
            query: {},
            caller,
            ...json({ name: `Fill ${i}`, email: `fill.${randomUUID().slice(0, 12)}@example.com` }),
          });
          return JSON.parse(res.body ?? '{}').userId as string;
        }),
      );
      for (const id of made) filled.set(listPartitionOf(id), (filled.get(listPartitionOf(id)) ?? 0) + 1);
    }

    await measure('getHealth', 200, { path: '/health' });
    const email = `scaling.${randomUUID().slice(0, 8)}@example.com`;
    const user = await measure('createUser', 201, { method: 'POST', path: '/users', ...json({ name: 'S', email }) });
    const userPath = `/users/${user.userId}`;
    await measure('getUser', 200, { path: userPath });
    const page = await measure('listUsers (limit 20)', 200, { path: '/users', query: { limit: '20' } });
    await measure('listUsers (next page)', 200, { path: '/users', query: { limit: '20', cursor: page.nextCursor } });
    await measure('listUsers (limit 100)', 200, { path: '/users', query: { limit: '100' } });
    await measure('listUsers (email)', 200, { path: '/users', query: { email } });
    await measure('updateUser (same email)', 200, {
      method: 'PUT',
      path: userPath,
      ...json({ name: 'S2', email }, { 'if-match': '"1"' }),
    });
    await measure('updateUser (new email)', 200, {
      method: 'PUT',
      path: userPath,
      ...json({ name: 'S3', email: `n.${email}` }, { 'if-match': '"2"' }),
    });
    await measure('deleteUser', 204, { method: 'DELETE', path: userPath });
    const item = await measure('createItem', 201, { method: 'POST', path: '/items', ...json({ name: 'I' }) });
    await measure('createItem (Idempotency-Key)', 201, {
      method: 'POST',
      path: '/items',
      ...json({ name: 'I' }, { 'idempotency-key': randomUUID() }),
    });
    await measure('createItems (25)', 201, {
      method: 'POST',
      path: '/items/batch',
      ...json({ items: Array.from({ length: 25 }, (_, i) => ({ name: `B${i}` })) }),
    });
    const itemPath = `/items/${item.itemId}`;
    await measure('getItem', 200, { path: itemPath });
    await measure('listItems (limit 20)', 200, { path: '/items', query: { limit: '20' } });
    await measure('updateItem', 200, { method: 'PUT', path: itemPath, ...json({ name: 'I2' }, { 'if-match': '"1"' }) });
    await measure('deleteItem (to trash)', 204, { method: 'DELETE', path: itemPath });
    await measure('restoreItem', 200, { method: 'POST', path: `${itemPath}/restore` });
    await measure('deleteItem (permanent)', 204, { method: 'DELETE', path: itemPath, query: { permanent: 'true' } });

    const of = (name: string) => seen.get(name) ?? [];
    // A listing page is one Query per shard, each on its own gsi1 key, each reading up to limit + 1.
    const listing = of('listUsers (limit 20)');
    expect(listing.map((c) => c.command)).toEqual(new Array(16).fill('Query'));
    expect(listing.flatMap((c) => c.keys).sort()).toEqual(allListPartitions().sort());
    expect(listing.every((c) => c.items === 21)).toBe(true);
    // A user write touches its own keys and one shard of the listing, never the legacy key.
    const created = of('createUser').flatMap((c) => c.keys);
    expect(created).toEqual([`USER#${user.userId}`, listPartitionOf(user.userId), `EMAIL#${email}`]);
    // An owner's items share one partition key: the per-user hot key.
    for (const name of ['createItems (25)', 'getItem', 'listItems (limit 20)', 'updateItem', 'restoreItem']) {
      expect(new Set(of(name).flatMap((c) => c.keys)), name).toEqual(new Set([`OWNER#${owner}`]));
    }
    expect(of('createItems (25)')).toMatchObject([{ command: 'TransactWriteItems', items: 25 }]);
    expect(of('getHealth')).toEqual([]);
    expect(seen.size).toBe(19);
  });
});
