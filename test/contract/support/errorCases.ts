// The documented client errors, each provoked the way a client would: malformed
// JSON, a taken email, a stale ETag, an oversized body, the wrong media type, an
// unknown id. They need a real service (the mock answers them from examples).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { User } from '../../../src/client/index.js';
import { type CaseContext, type ContractCase, expectConforming, uniqueEmail } from './check.js';
import { exchangeOf, send } from './target.js';

async function newUser(ctx: CaseContext, name: string): Promise<User> {
  const result = await ctx.client.POST('/users', { body: { name, email: uniqueEmail('error') } });
  expectConforming('createUser', 201, exchangeOf(result));
  const user = result.data as User;
  ctx.created.users.push(user.userId);
  return user;
}

// Over the 100 KB body limit (docs/using-the-api.md), yet well-formed JSON.
const oversized = JSON.stringify({ name: 'Big', email: 'big@example.com', padding: 'x'.repeat(110 * 1024) });
const json = { 'content-type': 'application/json' };
const text = { 'content-type': 'text/plain' };

export const errorCases: ContractCase[] = [
  {
    operationId: 'createUser',
    status: 400,
    name: 'rejects malformed JSON with a 400 problem',
    async run(ctx) {
      const exchange = await send(ctx.target, { method: 'POST', path: '/users', headers: json, body: '{"name": "A",' });
      expectConforming('createUser', 400, exchange);
    },
  },
  {
    operationId: 'createUser',
    status: 409,
    name: 'refuses an email already taken in another letter case with 409',
    async run(ctx) {
      const taken = await newUser(ctx, 'First Owner');
      const result = await ctx.client.POST('/users', { body: { name: 'Second', email: taken.email.toUpperCase() } });
      expectConforming('createUser', 409, exchangeOf(result));
    },
  },
  {
    operationId: 'createUser',
    status: 413,
    name: 'refuses a body over 100 KB with 413',
    async run(ctx) {
      const exchange = await send(ctx.target, { method: 'POST', path: '/users', headers: json, body: oversized });
      expectConforming('createUser', 413, exchange);
    },
  },
  {
    operationId: 'createUser',
    status: 415,
    name: 'refuses a body not sent as JSON with 415',
    async run(ctx) {
      const exchange = await send(ctx.target, { method: 'POST', path: '/users', headers: text, body: 'name=Ada' });
      expectConforming('createUser', 415, exchange);
    },
  },
  {
    operationId: 'listUsers',
    status: 400,
    name: 'rejects a cursor it did not issue with a 400 problem, not a 500',
    async run(ctx) {
      const cursor = 'eyJ2IjoxLCJzIjoiMjAyNi0xMS0yNFQwODowMDowMC4wMDBaIn0Abc123';
      const result = await ctx.client.GET('/users', { params: { query: { cursor } } });
      expectConforming('listUsers', 400, exchangeOf(result));
    },
  },
  {
    operationId: 'getUser',
    status: 400,
    name: 'rejects an id that is not a UUID with a 400 problem',
    async run(ctx) {
      const result = await ctx.client.GET('/users/{userId}', { params: { path: { userId: 'not-a-uuid' } } });
      expectConforming('getUser', 400, exchangeOf(result));
    },
  },
  {
    operationId: 'getUser',
    status: 404,
    name: 'answers 404 for a user that does not exist',
    async run(ctx) {
      const result = await ctx.client.GET('/users/{userId}', { params: { path: { userId: randomUUID() } } });
      expectConforming('getUser', 404, exchangeOf(result));
    },
  },
  {
    operationId: 'updateUser',
    status: 400,
    name: 'rejects an age of 151 with a 400 problem',
    async run(ctx) {
      const user = await newUser(ctx, 'Too Old');
      const result = await ctx.client.PUT('/users/{userId}', {
        params: { path: { userId: user.userId } },
        body: { name: user.name, email: user.email, age: 151 },
      });
      expectConforming('updateUser', 400, exchangeOf(result));
    },
  },
  {
    operationId: 'updateUser',
    status: 404,
    name: 'answers 404 when replacing a user that does not exist',
    async run(ctx) {
      const result = await ctx.client.PUT('/users/{userId}', {
        params: { path: { userId: randomUUID() } },
        body: { name: 'Nobody', email: uniqueEmail('nobody') },
      });
      expectConforming('updateUser', 404, exchangeOf(result));
    },
  },
  {
    operationId: 'updateUser',
    status: 409,
    name: "refuses to take another user's email with 409",
    async run(ctx) {
      const [owner, other] = [await newUser(ctx, 'Owner'), await newUser(ctx, 'Other')];
      const result = await ctx.client.PUT('/users/{userId}', {
        params: { path: { userId: other.userId } },
        body: { name: other.name, email: owner.email.toUpperCase() },
      });
      expectConforming('updateUser', 409, exchangeOf(result));
    },
  },
  {
    operationId: 'updateUser',
    status: 412,
    name: 'refuses a stale If-Match with 412 and the current ETag',
    async run(ctx) {
      const user = await newUser(ctx, 'Versioned');
      const result = await ctx.client.PUT('/users/{userId}', {
        params: { path: { userId: user.userId }, header: { 'If-Match': `"${user.version + 7}"` } },
        body: { name: 'Stale', email: user.email },
      });
      expectConforming('updateUser', 412, exchangeOf(result));
      expect(result.response.headers.get('etag')).toBe(`"${user.version}"`);
    },
  },
  {
    operationId: 'updateUser',
    status: 413,
    name: 'refuses a replacement over 100 KB with 413',
    async run(ctx) {
      const path = `/users/${randomUUID()}`;
      expectConforming(
        'updateUser',
        413,
        await send(ctx.target, { method: 'PUT', path, headers: json, body: oversized }),
      );
    },
  },
  {
    operationId: 'updateUser',
    status: 415,
    name: 'refuses a replacement not sent as JSON with 415',
    async run(ctx) {
      const user = await newUser(ctx, 'Plain Text');
      const path = `/users/${user.userId}`;
      expectConforming('updateUser', 415, await send(ctx.target, { method: 'PUT', path, headers: text, body: 'x' }));
    },
  },
  {
    operationId: 'deleteUser',
    status: 400,
    name: 'rejects deleting by an id that is not a UUID with a 400 problem',
    async run(ctx) {
      const result = await ctx.client.DELETE('/users/{userId}', { params: { path: { userId: 'not-a-uuid' } } });
      expectConforming('deleteUser', 400, exchangeOf(result));
    },
  },
  {
    operationId: 'deleteUser',
    status: 404,
    name: 'answers 404 when deleting a user that does not exist',
    async run(ctx) {
      const result = await ctx.client.DELETE('/users/{userId}', { params: { path: { userId: randomUUID() } } });
      expectConforming('deleteUser', 404, exchangeOf(result));
    },
  },
];
