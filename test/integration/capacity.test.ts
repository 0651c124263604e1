// Consumed capacity per operation, as DynamoDB Local reports it
// (ReturnConsumedCapacity: TOTAL on every call), through the dispatcher with
// the real repositories. Prints the table for the operations guide.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { productionDeps } from '../../src/composition.js';
import { type ApiRequest, createApi } from '../../src/http/dispatch.js';
import { TABLE_NAME } from '../support/http.js';

const SECRET = 'capacity-test-secret-of-32-chars-or-more';
let spent: { command: string; units: number }[] = [];

const base = new DynamoDBClient({
  region: 'us-east-1',
  endpoint: inject('dynamodbEndpoint'),
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
base.middlewareStack.add(
  (next, context) => async (args) => {
    (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
    const result = await next(args);
    const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] })
      .ConsumedCapacity;
    const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
    spent.push({ command: String(context.commandName), units: list.reduce((n, c) => n + (c.CapacityUnits ?? 0), 0) });
    return result;
  },
  { step: 'initialize', name: 'recordConsumedCapacity' },
);
const db = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
const api = createApi({
  ...productionDeps({ tableName: TABLE_NAME, cursorSecret: SECRET }, db),
  logger: { error: () => {} },
});
const caller = { sub: `capacity-${randomUUID()}`, groups: ['admins'] };
const rows: string[] = [];
const measured: { operationId: string; units: number }[] = [];

/** Runs one request, which must answer `status` (a failed call would measure the wrong work). */
async function measure(operationId: string, status: number, request: Partial<ApiRequest>) {
  spent = [];
  const res = await api.handle({ method: 'GET', path: '/', query: {}, headers: {}, body: null, caller, ...request });
  expect(res.statusCode, `${operationId}: ${res.body}`).toBe(status);
  const units = spent.reduce((n, s) => n + s.units, 0);
  measured.push({ operationId, units });
  rows.push(
    `  ${operationId.padEnd(24)} ${String(res.statusCode).padEnd(4)} ${String(units).padStart(5)} CU  ${spent.map((s) => `${s.command.replace('Command', '')} ${s.units}`).join(', ')}`,
  );
  return { res, units, body: res.body ? JSON.parse(res.body) : undefined };
}
const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

afterAll(() => console.log(`consumed capacity per operation (DynamoDB Local):\n${rows.join('\n')}`));

describe('consumed capacity', () => {
  it('is reported for every operation that touches the table', async () => {
    const email = `capacity.${randomUUID().slice(0, 8)}@example.com`;
    const health = await measure('getHealth', 200, { path: '/health' });
    const created = await measure('createUser', 201, {
      method: 'POST',
      path: '/users',
      ...json({ name: 'Cap', email }),
    });
    const userPath = `/users/${created.body.userId}`;
    await measure('getUser', 200, { path: userPath });
    await measure('listUsers', 200, { path: '/users', query: { limit: '20' } });
    await measure('listUsers (by email)', 200, { path: '/users', query: { email } });
    await measure('updateUser (same email)', 200, { method: 'PUT', path: userPath, ...json({ name: 'Cap 2', email }) });
    await measure('updateUser (new email)', 200, {
      method: 'PUT',
      path: userPath,
      ...json({ name: 'Cap 3', email: `n.${email}` }),
    });
    await measure('deleteUser', 204, { method: 'DELETE', path: userPath });
    const item = await measure('createItem', 201, { method: 'POST', path: '/items', ...json({ name: 'Cap' }) });
    const keyed = await measure('createItem (idempotent)', 201, {
      method: 'POST',
      path: '/items',
      ...json({ name: 'Cap' }),
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    });
    const itemPath = `/items/${item.body.itemId}`;
    await measure('getItem', 200, { path: itemPath });
    await measure('listItems', 200, { path: '/items', query: { limit: '20' } });
    await measure('updateItem', 200, {
      method: 'PUT',
      path: itemPath,
      ...json({ name: 'Cap 2' }),
      headers: { 'content-type': 'application/json', 'if-match': '"1"' },
    });
    await measure('deleteItem', 204, { method: 'DELETE', path: itemPath });
    await measure('restoreItem', 200, { method: 'POST', path: `${itemPath}/restore` });
    await measure('deleteItem (permanent)', 204, { method: 'DELETE', path: itemPath, query: { permanent: 'true' } });
    const batch = await measure('createItems (25)', 201, {
      method: 'POST',
      path: '/items/batch',
      ...json({ items: Array.from({ length: 25 }, (_, i) => ({ name: `B${i}` })) }),
    });

    expect(health.units).toBe(0);
    expect([created, item, keyed, batch].map((m) => m.res.statusCode)).toEqual([201, 201, 201, 201]);
    expect(measured).toHaveLength(17);
    // Every operation that touches the table reports what it consumed. (DynamoDB
    // Local prices a transaction by its largest item, not per item as AWS does.)
    expect(measured.filter((m) => m.operationId !== 'getHealth').every((m) => m.units > 0)).toBe(true);
  });
});
