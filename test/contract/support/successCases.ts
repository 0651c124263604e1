// Every documented success, through the typed client. The requests are the same
// on every target; what the service must remember (a created user is readable,
// versions grow, a deleted user is gone) is asserted only where there is state.
import { expect } from 'vitest';
import type { User, UserInput } from '../../../src/client/index.js';
import { type CaseContext, type ContractCase, expectConforming, uniqueEmail } from './check.js';
import { exchangeOf } from './target.js';

async function createUser(ctx: CaseContext, input: UserInput): Promise<{ user: User; response: Response }> {
  const result = await ctx.client.POST('/users', { body: input });
  expectConforming('createUser', 201, exchangeOf(result));
  const user = result.data as User;
  if (ctx.target.stateful) ctx.created.users.push(user.userId);
  return { user, response: result.response };
}

async function getUser(ctx: CaseContext, userId: string) {
  const result = await ctx.client.GET('/users/{userId}', { params: { path: { userId } } });
  return { ...result, exchange: exchangeOf(result) };
}

const etagOf = (user: User) => `"${user.version}"`;

export const successCases: ContractCase[] = [
  {
    operationId: 'getHealth',
    status: 200,
    name: 'reports the service up with its version',
    async run(ctx) {
      const result = await ctx.client.GET('/health');
      expectConforming('getHealth', 200, exchangeOf(result));
      expect(result.data?.status).toBe('ok');
    },
  },
  {
    operationId: 'createUser',
    status: 201,
    name: 'creates a user: 201 with Location, ETag and the stored user',
    async run(ctx) {
      const input = { name: '  Ada Contract  ', email: uniqueEmail('create'), age: 36 };
      const { user, response } = await createUser(ctx, input);
      if (!ctx.target.stateful) return;
      expect(user).toMatchObject({ name: 'Ada Contract', email: input.email.toLowerCase(), age: 36, version: 1 });
      expect(response.headers.get('etag')).toBe(etagOf(user));
      expect(new URL(response.headers.get('location') ?? '', ctx.target.baseUrl).pathname).toMatch(
        new RegExp(`/users/${user.userId}$`),
      );
      const read = await getUser(ctx, user.userId);
      expectConforming('getUser', 200, read.exchange);
      expect(read.data).toEqual(user);
    },
  },
  {
    operationId: 'listUsers',
    status: 200,
    name: 'lists users a page at a time, following nextCursor',
    async run(ctx) {
      await createUser(ctx, { name: 'Page One', email: uniqueEmail('page') });
      await createUser(ctx, { name: 'Page Two', email: uniqueEmail('page') });
      const first = await ctx.client.GET('/users', { params: { query: { limit: 1 } } });
      expectConforming('listUsers', 200, exchangeOf(first));
      if (!ctx.target.stateful) return;
      expect(first.data?.items).toHaveLength(1);
      const cursor = first.data?.nextCursor;
      expect(cursor, 'a second page exists, so nextCursor is set').toBeTypeOf('string');
      const second = await ctx.client.GET('/users', { params: { query: { limit: 1, cursor } } });
      expectConforming('listUsers', 200, exchangeOf(second));
      expect(second.data?.items).toHaveLength(1);
      expect(second.data?.items[0]?.userId).not.toBe(first.data?.items[0]?.userId);
    },
  },
  {
    operationId: 'listUsers',
    status: 200,
    name: 'finds a user by email in any letter case',
    async run(ctx) {
      const { user } = await createUser(ctx, { name: 'Found By Email', email: uniqueEmail('lookup') });
      const email = ctx.target.stateful ? user.email.toUpperCase() : user.email;
      const result = await ctx.client.GET('/users', { params: { query: { email } } });
      expectConforming('listUsers', 200, exchangeOf(result));
      if (!ctx.target.stateful) return;
      expect(result.data?.items.map((u) => u.userId)).toEqual([user.userId]);
    },
  },
  {
    operationId: 'getUser',
    status: 200,
    name: 'reads a user with its version as ETag',
    async run(ctx) {
      const { user } = await createUser(ctx, { name: 'Read Me', email: uniqueEmail('read') });
      const read = await getUser(ctx, user.userId);
      expectConforming('getUser', 200, read.exchange);
      if (!ctx.target.stateful) return;
      expect(read.data).toEqual(user);
      expect(read.response.headers.get('etag')).toBe(etagOf(user));
    },
  },
  {
    operationId: 'updateUser',
    status: 200,
    name: "replaces a user's details when If-Match holds the current ETag",
    async run(ctx) {
      const { user } = await createUser(ctx, { name: 'Before', email: uniqueEmail('update'), age: 40 });
      const input = { name: 'After', email: uniqueEmail('updated') };
      const result = await ctx.client.PUT('/users/{userId}', {
        params: { path: { userId: user.userId }, header: { 'If-Match': etagOf(user) } },
        body: input,
      });
      expectConforming('updateUser', 200, exchangeOf(result));
      if (!ctx.target.stateful) return;
      const updated = result.data as User;
      expect(updated).toMatchObject({ userId: user.userId, name: 'After', email: input.email.toLowerCase() });
      expect(updated.version).toBe(user.version + 1);
      expect(updated).not.toHaveProperty('age');
      expect(result.response.headers.get('etag')).toBe(etagOf(updated));
    },
  },
  {
    operationId: 'deleteUser',
    status: 204,
    name: 'deletes a user, who is then gone',
    async run(ctx) {
      const { user } = await createUser(ctx, { name: 'Delete Me', email: uniqueEmail('delete') });
      const result = await ctx.client.DELETE('/users/{userId}', { params: { path: { userId: user.userId } } });
      expectConforming('deleteUser', 204, exchangeOf(result));
      if (!ctx.target.stateful) return;
      expectConforming('getUser', 404, (await getUser(ctx, user.userId)).exchange);
    },
  },
];
