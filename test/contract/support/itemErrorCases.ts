// The documented client errors of the item operations, each provoked the way a
// client would: a reused Idempotency-Key, a missing or stale If-Match, someone
// else's item, an item not in the trash, oversized or non-JSON bodies.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type ContractCase, expectConforming } from './check.js';
import { createItem } from './itemCases.js';
import { exchangeOf, send, type Target } from './target.js';

const oversized = JSON.stringify({ name: 'Big', description: 'x'.repeat(110 * 1024) });
const json = { 'content-type': 'application/json' };
const text = { 'content-type': 'text/plain' };
const malformed = '{"name": "A",';
const pen = () => ({ name: `Pen ${randomUUID().slice(0, 8)}` });

/** 400 for malformed JSON, 413 over 100 KB, 415 for a body not sent as JSON, on a path that takes a body. */
function bodyErrors(operationId: string, method: string, path: () => Promise<string>): ContractCase[] {
  const attempt = (status: number, headers: Record<string, string>, body: string): ContractCase['run'] => {
    return async (ctx) => {
      expectConforming(operationId, status, await send(ctx.target, { method, path: await path(), headers, body }));
    };
  };
  return [
    { operationId, status: 400, name: 'rejects malformed JSON with a 400 problem', run: attempt(400, json, malformed) },
    { operationId, status: 413, name: 'refuses a body over 100 KB with 413', run: attempt(413, json, oversized) },
    { operationId, status: 415, name: 'refuses a body not sent as JSON with 415', run: attempt(415, text, 'x') },
  ];
}

const someItemPath = async () => `/items/${randomUUID()}`;

/** Another caller's item is a 404: a case only where the target has a second caller's token. */
function otherCallersItem(userToken: string): ContractCase {
  return {
    operationId: 'getItem',
    status: 404,
    name: "answers 404 for another caller's item",
    async run(ctx) {
      const { item } = await createItem(ctx, pen());
      const exchange = await send(ctx.target, { method: 'GET', path: `/items/${item.itemId}` }, { token: userToken });
      expectConforming('getItem', 404, exchange);
    },
  };
}

export const itemErrorCases = (target: Target): ContractCase[] => [
  ...(target.userToken ? [otherCallersItem(target.userToken)] : []),
  ...bodyErrors('createItem', 'POST', async () => '/items'),
  ...bodyErrors('createItems', 'POST', async () => '/items/batch'),
  ...bodyErrors('updateItem', 'PUT', someItemPath),
  ...(['createItem', 'createItems'] as const).map(
    (operationId): ContractCase => ({
      operationId,
      status: 422,
      name: 'refuses an Idempotency-Key reused with another body with 422',
      async run(ctx) {
        const path = operationId === 'createItem' ? '/items' : '/items/batch';
        const body = (input: object) => JSON.stringify(operationId === 'createItem' ? input : { items: [input] });
        const headers = { ...json, 'idempotency-key': randomUUID() };
        const first = expectConforming(
          operationId,
          201,
          await send(ctx.target, { method: 'POST', path, headers, body: body(pen()) }),
        );
        const made = first.body as { itemId?: string; items?: { itemId: string }[] };
        ctx.created.items.push(...(made.items?.map((i) => i.itemId) ?? [made.itemId ?? '']));
        const reused = await send(ctx.target, { method: 'POST', path, headers, body: body(pen()) });
        expectConforming(operationId, 422, reused);
      },
    }),
  ),
  {
    operationId: 'listItems',
    status: 400,
    name: 'rejects a cursor it did not issue with a 400 problem, not a 500',
    async run(ctx) {
      const cursor = 'eyJ2IjoxLCJwIjoiaXRlbXMifQAbc123';
      const result = await ctx.client.GET('/items', { params: { query: { cursor } } });
      expectConforming('listItems', 400, exchangeOf(result));
    },
  },
  ...(['getItem', 'deleteItem', 'restoreItem'] as const).flatMap((operationId): ContractCase[] => {
    const method = { getItem: 'GET', deleteItem: 'DELETE', restoreItem: 'POST' }[operationId];
    const path = (id: string) => (operationId === 'restoreItem' ? `/items/${id}/restore` : `/items/${id}`);
    return [
      {
        operationId,
        status: 400,
        name: 'rejects an id that is not a UUID with a 400 problem',
        run: async (ctx) => {
          expectConforming(operationId, 400, await send(ctx.target, { method, path: path('not-a-uuid') }));
        },
      },
      {
        operationId,
        status: 404,
        name: 'answers 404 for an item that does not exist',
        run: async (ctx) => {
          expectConforming(operationId, 404, await send(ctx.target, { method, path: path(randomUUID()) }));
        },
      },
    ];
  }),
  {
    operationId: 'restoreItem',
    status: 404,
    name: 'answers 404 when restoring an item that is not in the trash',
    async run(ctx) {
      const { item } = await createItem(ctx, pen());
      const result = await ctx.client.POST('/items/{itemId}/restore', { params: { path: { itemId: item.itemId } } });
      expectConforming('restoreItem', 404, exchangeOf(result));
    },
  },
  {
    operationId: 'updateItem',
    status: 404,
    name: 'answers 404 when replacing an item that does not exist',
    async run(ctx) {
      const params = { path: { itemId: randomUUID() }, header: { 'If-Match': '"1"' } };
      expectConforming('updateItem', 404, exchangeOf(await ctx.client.PUT('/items/{itemId}', { params, body: pen() })));
    },
  },
  {
    operationId: 'updateItem',
    status: 412,
    name: 'refuses a stale If-Match with 412 and the current ETag',
    async run(ctx) {
      const { item } = await createItem(ctx, pen());
      const params = { path: { itemId: item.itemId }, header: { 'If-Match': `"${item.version + 5}"` } };
      const result = await ctx.client.PUT('/items/{itemId}', { params, body: pen() });
      expectConforming('updateItem', 412, exchangeOf(result));
      expect(result.response.headers.get('etag')).toBe(`"${item.version}"`);
    },
  },
  {
    operationId: 'updateItem',
    status: 428,
    name: 'refuses a replacement without If-Match with 428',
    async run(ctx) {
      const { item } = await createItem(ctx, pen());
      const result = await ctx.client.PUT('/items/{itemId}', {
        params: { path: { itemId: item.itemId } },
        body: pen(),
      });
      expectConforming('updateItem', 428, exchangeOf(result));
    },
  },
];
