// Every documented success of the item operations, through the typed client. As
// for users, the requests are the same on every target and what the service must
// remember (ownership, versions, the trash, idempotent replays) is asserted where
// there is state.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Item, ItemInput } from '../../../src/client/index.js';
import { type CaseContext, type ContractCase, expectConforming } from './check.js';
import { exchangeOf } from './target.js';

export async function createItem(ctx: CaseContext, input: ItemInput, key?: string) {
  const params = key ? { header: { 'Idempotency-Key': key } } : {};
  const result = await ctx.client.POST('/items', { params, body: input });
  expectConforming('createItem', 201, exchangeOf(result));
  const item = result.data as Item;
  if (ctx.target.stateful) ctx.created.items.push(item.itemId);
  return { item, response: result.response };
}

export async function getItem(ctx: CaseContext, itemId: string) {
  const result = await ctx.client.GET('/items/{itemId}', { params: { path: { itemId } } });
  return { ...result, exchange: exchangeOf(result) };
}

const etagOf = (item: Item) => `"${item.version}"`;
const notebook = (): ItemInput => ({ name: `Notebook ${randomUUID().slice(0, 8)}`, tags: ['paper', 'travel'] });

export const itemSuccessCases: ContractCase[] = [
  {
    operationId: 'createItem',
    status: 201,
    name: 'creates an item: 201 with Location, ETag and the item',
    async run(ctx) {
      const input = { ...notebook(), description: 'Squared paper.' };
      const { item, response } = await createItem(ctx, input);
      if (!ctx.target.stateful) return;
      expect(item).toMatchObject({ ...input, version: 1 });
      expect(response.headers.get('etag')).toBe(etagOf(item));
      const location = new URL(response.headers.get('location') ?? '', ctx.target.baseUrl).pathname;
      expect(location).toMatch(new RegExp(`/items/${item.itemId}$`));
      const read = await getItem(ctx, item.itemId);
      expectConforming('getItem', 200, read.exchange);
      expect(read.data).toEqual(item);
    },
  },
  {
    operationId: 'createItem',
    status: 201,
    name: 'answers a retried create with the same Idempotency-Key with the first response',
    async run(ctx) {
      const [input, key] = [notebook(), randomUUID()];
      const first = await createItem(ctx, input, key);
      const retry = await createItem(ctx, input, key);
      if (!ctx.target.stateful) return;
      expect(retry.item).toEqual(first.item);
    },
  },
  {
    operationId: 'createItems',
    status: 201,
    name: 'creates a batch of items, in the order given',
    async run(ctx) {
      const inputs = [notebook(), { name: 'Fountain pen', description: 'Fine nib.' }];
      const result = await ctx.client.POST('/items/batch', { body: { items: inputs } });
      expectConforming('createItems', 201, exchangeOf(result));
      if (!ctx.target.stateful) return;
      ctx.created.items.push(...(result.data?.items.map((i) => i.itemId) ?? []));
      expect(result.data?.items.map((i) => i.name)).toEqual(inputs.map((i) => i.name));
      expect(new Set(result.data?.items.map((i) => i.itemId)).size).toBe(2);
    },
  },
  {
    operationId: 'listItems',
    status: 200,
    name: "lists the caller's items a page at a time, following nextCursor",
    async run(ctx) {
      await createItem(ctx, notebook());
      await createItem(ctx, notebook());
      const first = await ctx.client.GET('/items', { params: { query: { limit: 1 } } });
      expectConforming('listItems', 200, exchangeOf(first));
      if (!ctx.target.stateful) return;
      expect(first.data?.items).toHaveLength(1);
      const cursor = first.data?.nextCursor;
      expect(cursor, 'a second page exists, so nextCursor is set').toBeTypeOf('string');
      const second = await ctx.client.GET('/items', { params: { query: { limit: 1, cursor } } });
      expectConforming('listItems', 200, exchangeOf(second));
      expect(second.data?.items[0]?.itemId).not.toBe(first.data?.items[0]?.itemId);
    },
  },
  {
    operationId: 'getItem',
    status: 200,
    name: 'reads an item with its version as ETag',
    async run(ctx) {
      const { item } = await createItem(ctx, notebook());
      const read = await getItem(ctx, item.itemId);
      expectConforming('getItem', 200, read.exchange);
      if (!ctx.target.stateful) return;
      expect(read.data).toEqual(item);
      expect(read.response.headers.get('etag')).toBe(etagOf(item));
    },
  },
  {
    operationId: 'updateItem',
    status: 200,
    name: "replaces an item's details when If-Match holds the current ETag, removing absent ones",
    async run(ctx) {
      const { item } = await createItem(ctx, { ...notebook(), description: 'Will go.' });
      const result = await ctx.client.PUT('/items/{itemId}', {
        params: { path: { itemId: item.itemId }, header: { 'If-Match': etagOf(item) } },
        body: { name: 'Renamed' },
      });
      expectConforming('updateItem', 200, exchangeOf(result));
      if (!ctx.target.stateful) return;
      expect(result.data).toMatchObject({ itemId: item.itemId, name: 'Renamed', version: item.version + 1 });
      expect(result.data).not.toHaveProperty('description');
      expect(result.data).not.toHaveProperty('tags');
      expect(result.response.headers.get('etag')).toBe(`"${item.version + 1}"`);
    },
  },
  {
    operationId: 'deleteItem',
    status: 204,
    name: 'moves an item to the trash, where it can no longer be read',
    async run(ctx) {
      const { item } = await createItem(ctx, notebook());
      const result = await ctx.client.DELETE('/items/{itemId}', { params: { path: { itemId: item.itemId } } });
      expectConforming('deleteItem', 204, exchangeOf(result));
      if (!ctx.target.stateful) return;
      expectConforming('getItem', 404, (await getItem(ctx, item.itemId)).exchange);
    },
  },
  {
    operationId: 'deleteItem',
    status: 204,
    name: 'deletes an item for good with permanent=true, so it cannot be restored',
    async run(ctx) {
      const { item } = await createItem(ctx, notebook());
      const path = { itemId: item.itemId };
      const result = await ctx.client.DELETE('/items/{itemId}', { params: { path, query: { permanent: true } } });
      expectConforming('deleteItem', 204, exchangeOf(result));
      if (!ctx.target.stateful) return;
      const restore = await ctx.client.POST('/items/{itemId}/restore', { params: { path } });
      expectConforming('restoreItem', 404, exchangeOf(restore));
    },
  },
  {
    operationId: 'restoreItem',
    status: 200,
    name: 'restores an item from the trash',
    async run(ctx) {
      const { item } = await createItem(ctx, notebook());
      const path = { itemId: item.itemId };
      expectConforming('deleteItem', 204, exchangeOf(await ctx.client.DELETE('/items/{itemId}', { params: { path } })));
      const result = await ctx.client.POST('/items/{itemId}/restore', { params: { path } });
      expectConforming('restoreItem', 200, exchangeOf(result));
      if (!ctx.target.stateful) return;
      expect(result.data).toMatchObject({ itemId: item.itemId, name: item.name });
      expect(result.response.headers.get('etag')).toBe(`"${result.data?.version}"`);
      expectConforming('getItem', 200, (await getItem(ctx, item.itemId)).exchange);
    },
  },
];
