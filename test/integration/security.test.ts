// Authentication, authorization, throttling and CORS through the real local
// gateway, the way API Gateway and Cognito would answer in AWS.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { call as anonymousCall, uniqueEmail, withToken } from '../support/http.js';
import { adminToken, tokenFor } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const admin = withToken(await adminToken(dataDir));
const SAMPLE_ID = '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f';
const concrete = (path: string) => path.replace('{userId}', SAMPLE_ID);
const secured = Object.entries(operations).filter(([, op]) => op.secured);

describe('authentication', () => {
  it.each(secured)('answers 401 with WWW-Authenticate: Bearer to %s without a token', async (_, op) => {
    const res = await anonymousCall(baseUrl, op.method.toUpperCase(), concrete(op.path));

    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ type: 'urn:problem:unauthorized', status: 401 });
  });

  it('lets getHealth through without a token', async () => {
    expect((await anonymousCall(baseUrl, 'GET', '/health')).status).toBe(200);
  });

  // The Cognito authorizer's messages: "The incoming token has expired", else "Unauthorized".
  it.each([
    [
      'an expired token',
      () => tokenFor(dataDir, { sub: 'a', admin: true, expiresIn: -60 }),
      'The incoming token has expired',
    ],
    [
      'a token signed by another key',
      () => tokenFor(`${dataDir}/elsewhere`, { sub: 'a', admin: true }),
      'Unauthorized',
    ],
    ['a malformed token', async () => 'abc.def.ghi', 'Unauthorized'],
  ])('answers 401 to %s, as the Cognito authorizer does', async (_, make, detail) => {
    const res = await anonymousCall(baseUrl, 'GET', '/users', { headers: { authorization: `Bearer ${await make()}` } });

    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.body).toMatchObject({ type: 'urn:problem:unauthorized', status: 401, detail });
  });

  it('takes the token with or without the Bearer prefix', async () => {
    const token = await adminToken(dataDir);

    const bare = await anonymousCall(baseUrl, 'GET', '/users?limit=1', { headers: { authorization: token } });
    const prefixed = await anonymousCall(baseUrl, 'GET', '/users?limit=1', {
      headers: { authorization: `Bearer ${token}` },
    });

    expect([bare.status, prefixed.status]).toEqual([200, 200]);
  });

  it('refuses a Basic credential as no bearer token', async () => {
    const res = await anonymousCall(baseUrl, 'GET', '/users', { headers: { authorization: 'Basic YTpi' } });
    expect(res.status).toBe(401);
  });

  it('issues working tokens from `npm run token`', () => {
    const token = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/local/token.ts', '--sub', 'cli-admin', '--admin'],
      {
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
      },
    ).trim();

    return withToken(token)(baseUrl, 'GET', '/users?limit=1').then((res) => expect(res.status).toBe(200));
  });
});

describe('authorization', () => {
  it('answers 403 to a caller outside the admins group on admin operations', async () => {
    const user = withToken(await tokenFor(dataDir, { sub: 'plain-user' }));

    const replies = await Promise.all([
      user(baseUrl, 'GET', '/users'),
      user(baseUrl, 'POST', '/users', { json: { name: 'X', email: uniqueEmail() } }),
      user(baseUrl, 'DELETE', `/users/${SAMPLE_ID}`),
      user(baseUrl, 'GET', `/users/${SAMPLE_ID}`),
    ]);

    expect(replies.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    for (const r of replies) expect(r.headers.get('content-type')).toBe('application/problem+json');
  });

  it('lets a caller read and replace the user whose userId is their sub, but not delete it', async () => {
    const created = await admin(baseUrl, 'POST', '/users', { json: { name: 'Self', email: uniqueEmail() } });
    const self = withToken(await tokenFor(dataDir, { sub: created.body.userId }));

    const read = await self(baseUrl, 'GET', `/users/${created.body.userId}`);
    const replaced = await self(baseUrl, 'PUT', `/users/${created.body.userId}`, {
      json: { name: 'Self Renamed', email: created.body.email },
    });
    const deleted = await self(baseUrl, 'DELETE', `/users/${created.body.userId}`);

    expect([read.status, replaced.status, deleted.status]).toEqual([200, 200, 403]);
    expect(replaced.body.name).toBe('Self Renamed');
  });

  it('marks authenticated responses Cache-Control: no-store', async () => {
    const res = await admin(baseUrl, 'GET', '/users?limit=1');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('CORS', () => {
  const origin = 'http://localhost:5173';
  const paths = [...new Set(Object.values(operations).map((op) => op.path))];

  it.each(paths)('answers the preflight for %s with the methods the spec lists', async (path) => {
    const res = await anonymousCall(baseUrl, 'OPTIONS', concrete(path), {
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    const methods = Object.values(operations)
      .filter((op) => op.path === path)
      .map((op) => op.method.toUpperCase());

    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')?.split(', ')).toEqual([...methods, 'OPTIONS']);
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('gives no CORS grant to an origin that is not allowed', async () => {
    const res = await anonymousCall(baseUrl, 'OPTIONS', '/users', { headers: { origin: 'https://evil.example.net' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('puts CORS headers on errors from the gateway and from the function', async () => {
    const unauthorized = await anonymousCall(baseUrl, 'GET', '/users', { headers: { origin } });
    const notFound = await admin(baseUrl, 'GET', `/users/${SAMPLE_ID}`, { headers: { origin } });

    expect(unauthorized.headers.get('access-control-allow-origin')).toBe(origin);
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('access-control-allow-origin')).toBe(origin);
    expect(notFound.headers.get('access-control-expose-headers')).toContain('x-correlation-id');
  });
});

describe('throttling', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway({
      THROTTLE_RATE: '1',
      THROTTLE_BURST: '3',
      DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    });
  });
  afterAll(() => gateway.stop());

  it('answers 429 with Retry-After past the burst of a method, to every caller of the stage', async () => {
    const alice = withToken(await tokenFor(gateway.dataDir, { sub: 'alice', admin: true }));
    const bob = withToken(await tokenFor(gateway.dataDir, { sub: 'bob', admin: true }));

    const burst = [];
    for (let i = 0; i < 3; i++) burst.push(await alice(gateway.baseUrl, 'GET', '/users?limit=1'));
    const other = await bob(gateway.baseUrl, 'GET', '/users?limit=1');
    const otherMethod = await anonymousCall(gateway.baseUrl, 'GET', '/health');

    expect(burst.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(other.status).toBe(429); // one bucket per method, shared by every caller, as API Gateway's stage throttle
    expect(other.headers.get('retry-after')).toBe('1');
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect(other.body).toMatchObject({ type: 'urn:problem:too-many-requests', status: 429 });
    expect(otherMethod.status).toBe(200); // another method has its own bucket
  });
});
