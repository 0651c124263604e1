// The dispatcher with an injected in-memory users repository: error mapping
// (500 without internals, 503), handler behaviour on races, and the proxy-event
// translation of the Lambda entry.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { type ApiRequest, createApi } from '../../src/http/dispatch.js';
import { toApiRequest, toProxyResult } from '../../src/lambda/adapter.js';
import { DatabaseUnavailableError, StaleVersionError } from '../../src/store/errors.js';
import type { IdempotencyStore } from '../../src/store/idempotency.js';
import type { ItemsRepository } from '../../src/store/items.js';
import type { User, UsersRepository } from '../../src/store/users.js';

function memoryUsers(): UsersRepository & { rows: Map<string, User> } {
  const rows = new Map<string, User>();
  return {
    rows,
    create: async (u) => void rows.set(u.userId, u),
    get: async (id) => rows.get(id),
    findByEmail: async (email) => [...rows.values()].find((u) => u.email === email),
    list: async ({ limit }) => ({ items: [...rows.values()].slice(0, limit) }),
    replace: async (_c, next) => void rows.set(next.userId, next),
    delete: async (c) => void rows.delete(c.userId),
  };
}

const ID = '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f';
const request = (over: Partial<ApiRequest>): ApiRequest => ({
  method: 'GET',
  path: '/health',
  query: {},
  headers: {},
  body: null,
  caller: { sub: 'an-admin', groups: ['admins'] },
  ...over,
});

function setup(users: UsersRepository = memoryUsers()) {
  const logger = { error: vi.fn() };
  const api = createApi({
    users,
    items: {} as ItemsRepository,
    idempotency: {} as IdempotencyStore,
    itemIds: () => ID,
    logger,
    clock: () => new Date('2026-11-24T08:00:00.000Z'),
    userIds: () => ID,
    version: '1.0.0',
  });
  return { api, logger };
}

describe('createApi', () => {
  it('creates a user from the injected clock and id generator', async () => {
    const { api } = setup();

    const res = await api.handle(
      request({
        method: 'POST',
        path: '/users',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"Ada","email":"ADA@example.com"}',
      }),
    );

    expect(res.statusCode).toBe(201);
    expect(JSON.parse(res.body)).toEqual({
      userId: ID,
      name: 'Ada',
      email: 'ada@example.com',
      createdAt: '2026-11-24T08:00:00.000Z',
      updatedAt: '2026-11-24T08:00:00.000Z',
      version: 1,
    });
  });

  it('answers an unexpected error with a bare 500 problem, logging the cause', async () => {
    const users = memoryUsers();
    users.get = async () => {
      throw new Error('ResourceNotFoundException: table users-prod-Table1234 at store/users.ts:42');
    };
    const { api, logger } = setup(users);

    const res = await api.handle(request({ path: `/users/${ID}`, headers: { 'x-correlation-id': 'c-1' } }));

    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toEqual({
      type: 'urn:problem:internal',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred. Quote the correlation id when reporting it.',
      instance: `/users/${ID}`,
      correlationId: 'c-1',
    });
    expect(res.body).not.toMatch(/users-prod|ResourceNotFound|\.ts/);
    expect(logger.error).toHaveBeenCalledWith(
      'Internal Server Error',
      expect.objectContaining({
        correlationId: 'c-1',
        error: expect.objectContaining({ message: expect.stringContaining('users-prod') }),
      }),
    );
  });

  it('answers 503 with Retry-After when the database is unavailable', async () => {
    const users = memoryUsers();
    users.get = async () => {
      throw new DatabaseUnavailableError();
    };
    const { api } = setup(users);

    const res = await api.handle(request({ path: `/users/${ID}` }));

    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
  });

  it('retries an update without If-Match when another writer got in between', async () => {
    const users = memoryUsers();
    const { api } = setup(users);
    users.rows.set(ID, { userId: ID, name: 'A', email: 'a@example.com', createdAt: 'x', updatedAt: 'x', version: 1 });
    const replace = users.replace;
    let calls = 0;
    users.replace = async (c, n, by) => {
      calls++;
      if (calls === 1) throw new StaleVersionError();
      return replace(c, n, by);
    };

    const res = await api.handle(
      request({
        method: 'PUT',
        path: `/users/${ID}`,
        headers: { 'content-type': 'application/json' },
        body: '{"name":"B","email":"a@example.com"}',
      }),
    );

    expect(res.statusCode).toBe(200);
    expect(calls).toBe(2);
  });

  it('answers 412 when a write races an update with If-Match', async () => {
    const users = memoryUsers();
    const { api } = setup(users);
    users.rows.set(ID, { userId: ID, name: 'A', email: 'a@example.com', createdAt: 'x', updatedAt: 'x', version: 1 });
    users.replace = async () => {
      throw new StaleVersionError();
    };

    const res = await api.handle(
      request({
        method: 'PUT',
        path: `/users/${ID}`,
        headers: { 'content-type': 'application/json', 'if-match': '"1"' },
        body: '{"name":"B","email":"a@example.com"}',
      }),
    );

    expect(res.statusCode).toBe(412);
    expect(res.headers.etag).toBe(`"1"`);
  });
});

describe('API Gateway proxy events', () => {
  const event = (over: Partial<APIGatewayProxyEvent>): APIGatewayProxyEvent =>
    ({
      httpMethod: 'POST',
      path: '/users',
      headers: { 'Content-Type': 'application/json', 'X-Correlation-Id': 'abc' },
      queryStringParameters: null,
      body: '{}',
      isBase64Encoded: false,
      requestContext: { requestId: 'req-1', path: '/prod/users' },
      ...over,
    }) as APIGatewayProxyEvent;

  it('become requests with lower-case header names and decoded bodies', () => {
    const req = toApiRequest(event({ body: Buffer.from('{"a":1}').toString('base64'), isBase64Encoded: true }));

    expect(req).toMatchObject({
      method: 'POST',
      path: '/users',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'abc' },
      query: {},
      body: '{"a":1}',
      requestId: 'req-1',
    });
  });

  it('get a Location under the stage path the client called', () => {
    const response = { statusCode: 201, headers: { location: '/users/1' }, body: '' };

    expect(toProxyResult(response, event({})).headers?.location).toBe('/prod/users/1');
    expect(toProxyResult(response, event({ requestContext: { path: '/users' } as never })).headers?.location).toBe(
      '/users/1',
    );
  });
});

describe('authorization', () => {
  const alice = { sub: ID, groups: [] };
  const bob = { sub: 'bob', groups: ['readers'] };

  it('answers 401 with WWW-Authenticate on a secured operation without a caller', async () => {
    const { api } = setup();

    const res = await api.handle(request({ path: '/users', caller: undefined }));

    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('lets anyone call getHealth', async () => {
    const { api } = setup();
    expect((await api.handle(request({ caller: undefined }))).statusCode).toBe(200);
  });

  it.each([
    ['GET', '/users'],
    ['POST', '/users'],
    ['DELETE', `/users/${ID}`],
    ['GET', '/users/0b5f5b1e-3c2a-4d8e-9f3b-000000000000'],
  ])('answers 403 to a non-admin for %s %s, before validating input', async (method, path) => {
    const { api } = setup();

    const res = await api.handle(request({ method, path, caller: bob, body: 'not json' }));

    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'urn:problem:forbidden', status: 403 });
  });

  it('lets callers read and replace the user whose id is their sub', async () => {
    const users = memoryUsers();
    users.rows.set(ID, { userId: ID, name: 'A', email: 'a@example.com', createdAt: 'x', updatedAt: 'x', version: 1 });
    const { api } = setup(users);

    const read = await api.handle(request({ path: `/users/${ID}`, caller: alice }));
    const replace = await api.handle(
      request({
        method: 'PUT',
        path: `/users/${ID}`,
        caller: alice,
        headers: { 'content-type': 'application/json' },
        body: '{"name":"Alice","email":"a@example.com"}',
      }),
    );
    const remove = await api.handle(request({ method: 'DELETE', path: `/users/${ID}`, caller: alice }));

    expect([read.statusCode, replace.statusCode, remove.statusCode]).toEqual([200, 200, 403]);
  });
});

describe('CORS', () => {
  it('adds CORS headers for an allowed origin, on success and on problems', async () => {
    const api = createApi({
      users: memoryUsers(),
      items: {} as ItemsRepository,
      idempotency: {} as IdempotencyStore,
      itemIds: () => ID,
      logger: { error: vi.fn() },
      clock: () => new Date(),
      userIds: () => ID,
      version: '1',
      allowedOrigins: ['https://app.example.com'],
    });

    const ok = await api.handle(request({ headers: { origin: 'https://app.example.com' } }));
    const problem = await api.handle(request({ path: '/nope', headers: { origin: 'https://app.example.com' } }));
    const other = await api.handle(request({ headers: { origin: 'https://evil.example.net' } }));

    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(problem.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers.vary).toBe('Origin');
  });
});
