// The bench's in-process DynamoDB (bench/inMemoryTable.ts) and the per-operation workloads
// (bench/workloads.ts, from the spec and each operation's scenarios): every operation reaches its documented success through the real API and
// store, so the warm figures that price it are its real work, never an error path.
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { inMemoryTable } from '../../bench/inMemoryTable.js';
import { BATCH_SIZE, type Invoke, loadWorkloads, REQUEST_KINDS } from '../../bench/workloads.js';
import { productionDeps } from '../../src/composition.js';
import { LISTED } from '../../src/handlers/listUsers.scenarios.js';
import { createApi } from '../../src/http/dispatch.js';
import { toApiRequest } from '../../src/lambda/adapter.js';
import { createDocumentClient } from '../../src/store/client.js';

const workloads = await loadWorkloads();

function apiOnTable() {
  const table = inMemoryTable();
  const db = createDocumentClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' });
  db.send = table.send as never;
  const api = createApi({
    ...productionDeps({ tableName: 'bench', cursorSecret: 'bench-cursor-secret-'.padEnd(48, 'x') }, db),
    logger: { error: (message, details) => console.error(message, details) },
  });
  const invoke: Invoke = (event: APIGatewayProxyEvent) => api.handle(toApiRequest(event));
  return { table, invoke };
}

describe('bench workloads on the in-memory table', () => {
  it.each(REQUEST_KINDS)('%s answers its documented status every time', async (kind) => {
    const { invoke } = apiOnTable();
    const { prepare, status } = workloads[kind];

    const eventAt = await prepare(invoke, 3, `test-${kind}`);
    const answers = [await invoke(eventAt(0)), await invoke(eventAt(1)), await invoke(eventAt(2))];

    expect(answers.map((a) => a.statusCode)).toEqual([status, status, status]);
  });

  it('lists a full page of 20 users with a cursor to the rest, newest first', async () => {
    const { invoke } = apiOnTable();
    const eventAt = await workloads.listUsers.prepare(invoke, 1, 'test-list');

    const first = JSON.parse((await invoke(eventAt(0))).body) as {
      items: { createdAt: string }[];
      nextCursor: string;
    };
    const rest = await invoke({ ...eventAt(1), queryStringParameters: { cursor: first.nextCursor } });

    expect(first.items).toHaveLength(20);
    expect(first.items.map((u) => u.createdAt)).toEqual([...first.items.map((u) => u.createdAt)].sort().reverse());
    expect(JSON.parse(rest.body).items).toHaveLength(LISTED - 20);
  });

  it('creates a batch of the documented size, restores a trashed item at its next version', async () => {
    const { invoke, table } = apiOnTable();
    const batch = await invoke((await workloads.createItems.prepare(invoke, 1, 'test-batch'))(0));
    const restore = await invoke((await workloads.restoreItem.prepare(invoke, 1, 'test-restore'))(0));

    expect(JSON.parse(batch.body).items).toHaveLength(BATCH_SIZE);
    // created at 1, trashed at 2, restored at 3
    expect(JSON.parse(restore.body)).toMatchObject({ version: 3 });
    expect([...table.items.keys()].filter((k) => k.includes('TRASH#'))).toEqual([]);
  });
});

describe('in-memory table', () => {
  const put = (pk: string, sk: string, extra: Record<string, unknown> = {}) =>
    new PutCommand({ TableName: 't', Item: { pk, sk, ...extra } });

  it('queries a key condition in sort order, a page at a time', async () => {
    const { send } = inMemoryTable();
    for (const sk of ['ITEM#1', 'ITEM#2', 'ITEM#3', 'TRASH#1']) await send(put('OWNER#a', sk));
    await send(put('OWNER#b', 'ITEM#9'));
    const query = (start?: Record<string, unknown>) =>
      send(
        new QueryCommand({
          TableName: 't',
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :live)',
          ExpressionAttributeValues: { ':pk': 'OWNER#a', ':live': 'ITEM#' },
          ScanIndexForward: false,
          Limit: 2,
          ExclusiveStartKey: start,
        }),
      ) as Promise<{ Items: { sk: string }[]; LastEvaluatedKey?: Record<string, unknown> }>;

    const first = await query();
    const second = await query(first.LastEvaluatedKey);

    expect(first.Items.map((i) => i.sk)).toEqual(['ITEM#3', 'ITEM#2']);
    expect(second.Items.map((i) => i.sk)).toEqual(['ITEM#1']);
    expect(second.LastEvaluatedKey).toBeUndefined();
  });

  it('queries a global secondary index by its own keys', async () => {
    const { send } = inMemoryTable();
    await send(put('USER#1', 'USER', { gsi1pk: 'USER', gsi1sk: '2026-01-02#1' }));
    await send(put('USER#2', 'USER', { gsi1pk: 'USER', gsi1sk: '2026-01-01#2' }));
    await send(put('EMAIL#x', 'EMAIL'));

    const out = (await send(
      new QueryCommand({
        TableName: 't',
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p AND gsi1sk BETWEEN :a AND :b',
        ExpressionAttributeValues: { ':p': 'USER', ':a': '2026-01-01', ':b': '2026-01-03' },
      }),
    )) as { Items: { pk: string }[] };

    expect(out.Items.map((i) => i.pk)).toEqual(['USER#2', 'USER#1']);
  });

  it('applies SET, arithmetic and REMOVE, and returns the new or old item when asked', async () => {
    const { send } = inMemoryTable();
    await send(put('OWNER#a', 'ITEM#1', { name: 'old', version: 1, tags: ['x'] }));

    const updated = (await send(
      new UpdateCommand({
        TableName: 't',
        Key: { pk: 'OWNER#a', sk: 'ITEM#1' },
        UpdateExpression: 'SET #name = :name, version = version + :one REMOVE tags',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: { ':name': 'new', ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    )) as { Attributes: Record<string, unknown> };
    const deleted = (await send(
      new DeleteCommand({ TableName: 't', Key: { pk: 'OWNER#a', sk: 'ITEM#1' }, ReturnValues: 'ALL_OLD' }),
    )) as { Attributes: Record<string, unknown> };

    expect(updated.Attributes).toEqual({ pk: 'OWNER#a', sk: 'ITEM#1', name: 'new', version: 2 });
    expect(deleted.Attributes).toEqual(updated.Attributes);
  });

  it('refuses what it does not model rather than answer it wrongly', async () => {
    const { send } = inMemoryTable();

    await expect(
      send(new QueryCommand({ TableName: 't', KeyConditionExpression: 'pk = :p', FilterExpression: 'a = :a' })),
    ).rejects.toThrow(/FilterExpression/);
    await expect(
      send(
        new UpdateCommand({
          TableName: 't',
          Key: { pk: 'a', sk: 'b' },
          UpdateExpression: 'ADD n :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      ),
    ).rejects.toThrow(/not modelled/);
    await expect(send({})).rejects.toThrow(/not modelled/);
  });
});
