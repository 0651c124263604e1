// API keys and usage plans through the real local gateway (API_KEYS=on, keys from a file):
// what API Gateway answers a partner without a key, with a wrong one, over its plan's
// throttle and over its quota, rendered as the document's problem+json gateway responses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { call } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const keys = {
  partner: 'partner-key-0123456789abcdef',
  burst: 'burst-key-0123456789abcdef',
  quota: 'quota-key-0123456789abcdef',
  disabled: 'disabled-key-0123456789abcdef',
};
const keysFile = {
  // Tiny tiers of the test's own, so throttle and quota are reached in a few requests.
  tiers: {
    burst: { throttle: { rateLimit: 0.001, burstLimit: 2 }, quota: { limit: 1000, period: 'DAY' } },
    quota: { throttle: { rateLimit: 1000, burstLimit: 1000 }, quota: { limit: 3, period: 'MONTH' } },
  },
  keys: [
    { name: 'acme', tier: 'partner', value: keys.partner },
    { name: 'burst', tier: 'burst', value: keys.burst },
    { name: 'quota', tier: 'quota', value: keys.quota },
    { name: 'gone', tier: 'partner', value: keys.disabled, enabled: false },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'users-api-keys-'));
let gateway: RunningGateway;
let token: string;
beforeAll(async () => {
  writeFileSync(join(dir, 'api-keys.json'), JSON.stringify(keysFile));
  gateway = await startGateway({
    API_KEYS: 'on',
    API_KEYS_FILE: join(dir, 'api-keys.json'),
    THROTTLE_RATE: '100000',
    THROTTLE_BURST: '100000',
    DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
  });
  token = await adminToken(gateway.dataDir);
});
afterAll(async () => {
  await gateway.stop();
  rmSync(dir, { recursive: true, force: true });
});

const listUsers = (headers: Record<string, string>) =>
  call(gateway.baseUrl, 'GET', '/users?limit=1', { headers: { authorization: `Bearer ${token}`, ...headers } });

describe('keys on (API_KEYS=on)', () => {
  it('says at start where the keys file is and how to add a key', () => {
    expect(gateway.output()).toContain(`keys:  API keys required (x-api-key), 4 in ${join(dir, 'api-keys.json')}`);
  });

  it.each([
    ['without a key', {}],
    ['with a wrong key', { 'x-api-key': 'not-a-key-0123456789abcdef' }],
    ['with a disabled key', { 'x-api-key': keys.disabled }],
  ])('answers 403 Forbidden %s (INVALID_API_KEY)', async (_, headers) => {
    const res = await listUsers(headers);

    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({
      type: 'urn:problem:forbidden',
      title: 'Forbidden',
      status: 403,
      detail: 'Forbidden',
    });
    expect(res.body.correlationId).toBe(res.headers.get('x-amzn-requestid'));
  });

  it('lets a request with the right key and a token through', async () => {
    const res = await listUsers({ 'x-api-key': keys.partner });

    expect(res.status).toBe(200);
    expect(res.body.items).toBeInstanceOf(Array);
  });

  it('asks for the token before the key', async () => {
    const res = await call(gateway.baseUrl, 'GET', '/users', { headers: { 'x-api-key': keys.partner } });

    expect(res.status).toBe(401);
  });

  it("throttles a key past its plan's burst: 429 Too Many Requests with Retry-After", async () => {
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await listUsers({ 'x-api-key': keys.burst }));
    const other = await listUsers({ 'x-api-key': keys.partner });

    expect(replies.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(replies[2]?.headers.get('retry-after')).toBe('1');
    expect(replies[2]?.body).toMatchObject({
      type: 'urn:problem:too-many-requests',
      status: 429,
      detail: 'Too Many Requests',
    });
    expect(other.status).toBe(200); // each key has its own bucket
  });

  it('answers 429 Limit Exceeded once the quota is spent (QUOTA_EXCEEDED)', async () => {
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await listUsers({ 'x-api-key': keys.quota }));

    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(replies[3]?.body).toMatchObject({
      type: 'urn:problem:too-many-requests',
      status: 429,
      detail: 'Limit Exceeded',
    });
  });

  it('answers preflights and the health check without a key, and lets browsers send one', async () => {
    const preflight = await call(gateway.baseUrl, 'OPTIONS', '/users', {
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    const health = await call(gateway.baseUrl, 'GET', '/health');

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/, x-api-key$/);
    expect(health.status).toBe(200);
  });
});

describe('keys off (the default)', () => {
  it('needs no key', async () => {
    const res = await call(inject('baseUrl'), 'GET', '/users?limit=1', {
      headers: { authorization: `Bearer ${await adminToken(inject('dataDir'))}` },
    });

    expect(res.status).toBe(200);
  });
});

describe('a malformed keys file', () => {
  it('stops the start with the reason', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ keys: [{ name: 'short', tier: 'partner', value: 'tooshort' }] }));

    await expect(
      startGateway({ API_KEYS: 'on', API_KEYS_FILE: bad, DYNAMODB_ENDPOINT: inject('dynamodbEndpoint') }),
    ).rejects.toThrow(
      `API keys file ${bad} is not valid: keys[0] (short): "value" must be 20–128 printable ASCII characters`,
    );
  });
});
