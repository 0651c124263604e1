// Every operation of the spec on its documented success path, with the setup it needs made
// through the API itself, so the cost model (usage.ts) and the warm loop (warmOperations.ts)
// price the same requests whatever the store does underneath (DynamoDB Local or in-process).
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { OperationId } from '../generated/operations.js';
import { createUserEvent, invalidUserEvent, proxyEvent } from './events.js';

/** The 13 operations, and a refused `POST /users` (400): what an invalid request costs. */
export const REQUEST_KINDS = [
  'getHealth',
  'createUser',
  'listUsers',
  'getUser',
  'updateUser',
  'deleteUser',
  'createItem',
  'createItems',
  'listItems',
  'getItem',
  'updateItem',
  'deleteItem',
  'restoreItem',
  'invalid',
] as const satisfies readonly (OperationId | 'invalid')[];
export type RequestKind = (typeof REQUEST_KINDS)[number];
/** An operation added to openapi.yaml and missing above fails the typecheck: every operation is priced. */
const everyOperationPriced: [Exclude<OperationId, RequestKind>] extends [never] ? true : never = true;
void everyOperationPriced;

export type Invoke = (event: APIGatewayProxyEvent) => Promise<{ statusCode: number; body: string }>;

export interface Workload {
  label: string;
  /** The documented success status every measured request must get. */
  status: number;
  /**
   * Makes what `count` requests need, through `invoke`; returns the n-th request (0 ≤ n < count).
   * `run` must be new for each call: emails and keys are made from it.
   */
  prepare(invoke: Invoke, count: number, run: string): Promise<(n: number) => APIGatewayProxyEvent>;
}

/** Items per `POST /items/batch`: the spec's own example ("Two items"). */
export const BATCH_SIZE = 2;
/** Users and items present for the listings: more than one default page (limit 20), so a cursor is made. */
export const LISTED = 21;

const json = (method: string, path: string, body: unknown, n: number, headers: Record<string, string> = {}) => {
  const event = proxyEvent(method, path, JSON.stringify(body), `req-${method}-${n}`);
  return { ...event, headers: { ...event.headers, ...headers } };
};
const bare = (method: string, path: string, n: number) => proxyEvent(method, path, null, `req-${method}-${n}`);
// The spec's examples: ItemInput "An item with tags", ItemBatchInput "Two items", UserInput "A new name and email".
const notebook = { name: 'Field notebook', description: 'Squared paper, 96 pages.', tags: ['stationery', 'travel'] };
const batch = (n: number) => ({
  items: Array.from({ length: BATCH_SIZE }, (_, i) =>
    i % 2
      ? { name: `Fountain pen ${n}`, description: 'Fine nib.' }
      : { name: `Field notebook ${n}`, tags: ['stationery'] },
  ),
});

async function expect(invoke: Invoke, event: APIGatewayProxyEvent, status: number): Promise<Record<string, unknown>> {
  const answer = await invoke(event);
  if (answer.statusCode !== status)
    throw new Error(
      `setup ${event.httpMethod} ${event.path}: expected ${status}, got ${answer.statusCode}: ${answer.body}`,
    );
  return answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : {};
}

async function newUsers(invoke: Invoke, count: number, run: string): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++)
    ids.push(String((await expect(invoke, createUserEvent(n, `${run}-setup`), 201)).userId));
  return ids;
}

async function newItems(invoke: Invoke, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; ids.length < count; n++) {
    const items = Array.from({ length: Math.min(25, count - ids.length) }, (_, i) => ({ name: `Setup ${n}-${i}` }));
    const created = await expect(invoke, json('POST', '/items/batch', { items }, n), 201);
    for (const item of created.items as { itemId: string }[]) ids.push(item.itemId);
  }
  return ids;
}

const ifMatch = { 'If-Match': '"1"' };

export const WORKLOADS: Record<RequestKind, Workload> = {
  getHealth: { label: 'GET /health', status: 200, prepare: async () => () => bare('GET', '/health', 0) },
  createUser: {
    label: 'POST /users',
    status: 201,
    prepare: async (_invoke, _count, run) => (n) => createUserEvent(n, run),
  },
  listUsers: {
    label: 'GET /users (a page of 20)',
    status: 200,
    prepare: async (invoke, _count, run) => {
      await newUsers(invoke, LISTED, `${run}-listed`);
      return (n) => bare('GET', '/users', n);
    },
  },
  getUser: {
    label: 'GET /users/{userId}',
    status: 200,
    prepare: async (invoke, _count, run) => {
      const [userId] = await newUsers(invoke, 1, run);
      return (n) => bare('GET', `/users/${userId}`, n);
    },
  },
  updateUser: {
    label: 'PUT /users/{userId} (new name and email)',
    status: 200,
    prepare: async (invoke, count, run) => {
      const ids = await newUsers(invoke, count, run);
      return (n) =>
        json('PUT', `/users/${ids[n]}`, { name: `Renamed ${n}`, email: `${run}-renamed-${n}@example.com` }, n, ifMatch);
    },
  },
  deleteUser: {
    label: 'DELETE /users/{userId}',
    status: 204,
    prepare: async (invoke, count, run) => {
      const ids = await newUsers(invoke, count, run);
      return (n) => bare('DELETE', `/users/${ids[n]}`, n);
    },
  },
  createItem: {
    label: 'POST /items (with Idempotency-Key)',
    status: 201,
    prepare: async (_invoke, _count, run) => (n) =>
      json('POST', '/items', notebook, n, { 'Idempotency-Key': `${run}-item-${n}` }),
  },
  createItems: {
    label: `POST /items/batch (${BATCH_SIZE} items, with Idempotency-Key)`,
    status: 201,
    prepare: async (_invoke, _count, run) => (n) =>
      json('POST', '/items/batch', batch(n), n, { 'Idempotency-Key': `${run}-batch-${n}` }),
  },
  listItems: {
    label: 'GET /items (a page of 20)',
    status: 200,
    prepare: async (invoke) => {
      await newItems(invoke, LISTED);
      return (n) => bare('GET', '/items', n);
    },
  },
  getItem: {
    label: 'GET /items/{itemId}',
    status: 200,
    prepare: async (invoke) => {
      const [itemId] = await newItems(invoke, 1);
      return (n) => bare('GET', `/items/${itemId}`, n);
    },
  },
  updateItem: {
    label: 'PUT /items/{itemId}',
    status: 200,
    prepare: async (invoke, count) => {
      const ids = await newItems(invoke, count);
      return (n) => json('PUT', `/items/${ids[n]}`, { ...notebook, name: `Notebook ${n}` }, n, ifMatch);
    },
  },
  deleteItem: {
    label: 'DELETE /items/{itemId} (to the trash)',
    status: 204,
    prepare: async (invoke, count) => {
      const ids = await newItems(invoke, count);
      return (n) => bare('DELETE', `/items/${ids[n]}`, n);
    },
  },
  restoreItem: {
    label: 'POST /items/{itemId}/restore',
    status: 200,
    prepare: async (invoke, count) => {
      const ids = await newItems(invoke, count);
      for (const [n, id] of ids.entries()) await expect(invoke, bare('DELETE', `/items/${id}`, n), 204);
      return (n) => bare('POST', `/items/${ids[n]}/restore`, n);
    },
  },
  invalid: {
    label: 'POST /users, invalid',
    status: 400,
    prepare: async () => (n) => invalidUserEvent(n),
  },
};
