// API keys and usage plans in the emulator, on a small document of its own: a method
// whose security names the api_key scheme needs a known, enabled key (403 "Forbidden"
// otherwise), then each key has its plan's throttle (429 "Too Many Requests") and quota
// (429 "Limit Exceeded"), reset at the start of each DAY, WEEK or MONTH (UTC).
import { describe, expect, it } from 'vitest';
import type { UsagePlanTier } from '../../../infra/usagePlans.js';
import type { JsonObject } from '../../../src/local/apiGateway/document.js';
import { loadRestApi } from '../../../src/local/apiGateway/document.js';
import { createRestApi } from '../../../src/local/apiGateway/restApi.js';
import { StageThrottle } from '../../../src/local/apiGateway/stageThrottle.js';
import { type LocalApiKey, periodEnd, UsagePlanEnforcer } from '../../../src/local/apiGateway/usagePlans.js';
import { FN, fixture, POOL, recordingFunction, request } from './fixture.js';

const proxy = { type: 'aws_proxy', httpMethod: 'POST', uri: FN, passthroughBehavior: 'when_no_match' };
const apiKeyScheme = { type: 'apiKey', name: 'x-api-key', in: 'header' };
const pool = (fixture().components as JsonObject).securitySchemes as JsonObject;

/** The fixture plus /keyed (key only), /both (authorizer and key) and /open, with the key scheme. */
function keyedDocument(gatewayResponses: JsonObject = {}): JsonObject {
  const base = fixture();
  return {
    ...base,
    'x-amazon-apigateway-api-key-source': 'HEADER',
    paths: {
      ...(base.paths as JsonObject),
      '/keyed': { get: { security: [{ api_key: [] }], responses: {}, 'x-amazon-apigateway-integration': proxy } },
      '/both': {
        get: { security: [{ pool: [] }, { api_key: [] }], responses: {}, 'x-amazon-apigateway-integration': proxy },
      },
      '/open': { get: { security: [], responses: {}, 'x-amazon-apigateway-integration': proxy } },
    },
    components: { ...(base.components as JsonObject), securitySchemes: { ...pool, api_key: apiKeyScheme } },
    'x-amazon-apigateway-gateway-responses': gatewayResponses,
  };
}

const tiny: UsagePlanTier = { throttle: { rateLimit: 1, burstLimit: 2 }, quota: { limit: 3, period: 'DAY' } };
const roomy: UsagePlanTier = { throttle: { rateLimit: 1000, burstLimit: 1000 }, quota: { limit: 3, period: 'DAY' } };
const KEY = 'k'.repeat(24);
const keys = (plan: UsagePlanTier, enabled = true): LocalApiKey[] => [{ name: 'acme', value: KEY, plan, enabled }];

function emulator(enforcer: UsagePlanEnforcer, document = keyedDocument()) {
  const { fn, events } = recordingFunction();
  const api = createRestApi({
    document,
    functions: new Map([[FN, fn]]),
    userPools: new Map([[POOL, { verify: async () => ({ sub: 'u1', aud: 'client-a', token_use: 'id' }) }]]),
    throttle: new StageThrottle({ rateLimit: 1, burstLimit: 1000 }, () => 0),
    usagePlans: enforcer,
  });
  return { api, events };
}

/** A clock that stands still unless moved. */
function clock(start = Date.UTC(2026, 10, 30, 12)) {
  const at = { wall: start, mono: 0 };
  return { at, clock: { now: () => at.wall, monotonic: () => at.mono } };
}

describe('reading the document', () => {
  it('requires a key exactly where the security names the api_key scheme', () => {
    const api = loadRestApi(keyedDocument());
    const method = (path: string) => api.resources.find((r) => r.path === path)?.methods.get('GET');

    expect(
      [method('/keyed'), method('/both'), method('/open'), method('/things')].map((m) => m?.apiKeyRequired),
    ).toEqual([true, true, false, false]);
    expect(method('/both')?.authorizer?.name).toBe('pool');
  });

  it('refuses a key source it cannot honour and key schemes outside the x-api-key header', () => {
    expect(() => loadRestApi({ ...keyedDocument(), 'x-amazon-apigateway-api-key-source': 'AUTHORIZER' })).toThrow(
      'API key source AUTHORIZER is not emulated',
    );
    const doc = keyedDocument();
    ((doc.components as JsonObject).securitySchemes as JsonObject).api_key = { ...apiKeyScheme, in: 'query' };
    expect(() => loadRestApi(doc)).toThrow('API keys come in the x-api-key header');
  });
});

describe('the key check', () => {
  it.each([
    ['no key', {}],
    ['an unknown key', { 'x-api-key': 'z'.repeat(24) }],
  ])('answers %s with 403 {"message":"Forbidden"} by default (INVALID_API_KEY)', async (_, headers) => {
    const { api, events } = emulator(new UsagePlanEnforcer(keys(roomy)));

    const res = await api(request('GET', '/keyed', headers));

    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ message: 'Forbidden' });
    expect(events).toHaveLength(0);
  });

  it('refuses a disabled key', async () => {
    const { api } = emulator(new UsagePlanEnforcer(keys(roomy, false)));

    expect((await api(request('GET', '/keyed', { 'x-api-key': KEY }))).statusCode).toBe(403);
  });

  it('renders the refusal through the document INVALID_API_KEY gateway response', async () => {
    const responses = {
      INVALID_API_KEY: {
        statusCode: '403',
        responseParameters: { 'gatewayresponse.header.Content-Type': "'application/problem+json'" },
        responseTemplates: { 'application/json': '{"title":"Forbidden","detail":$context.error.messageString}' },
      },
    };
    const { api } = emulator(new UsagePlanEnforcer(keys(roomy)), keyedDocument(responses));

    const res = await api(request('GET', '/keyed'));

    expect(res.headers['Content-Type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toEqual({ title: 'Forbidden', detail: 'Forbidden' });
  });

  it('lets a known key through (header name in any case) and hands it to the function', async () => {
    const { api, events } = emulator(new UsagePlanEnforcer(keys(roomy)));

    const res = await api(request('GET', '/keyed', { 'X-API-Key': KEY }));

    expect(res.statusCode).toBe(200);
    expect(events[0]?.requestContext.identity).toMatchObject({ apiKey: KEY, apiKeyId: 'acme' });
  });

  it('checks the authorizer first, then the key', async () => {
    const { api } = emulator(new UsagePlanEnforcer(keys(roomy)));

    expect((await api(request('GET', '/both'))).statusCode).toBe(401);
    expect((await api(request('GET', '/both', { Authorization: 'token' }))).statusCode).toBe(403);
    expect((await api(request('GET', '/both', { Authorization: 'token', 'x-api-key': KEY }))).statusCode).toBe(200);
  });

  it('asks no key of methods that do not require one', async () => {
    const { api } = emulator(new UsagePlanEnforcer([]));

    expect((await api(request('GET', '/open'))).statusCode).toBe(200);
  });
});

describe('the usage plan', () => {
  it('throttles each key with its own bucket: 429 {"message":"Too Many Requests"} past the burst', async () => {
    const { at, clock: c } = clock();
    const enforcer = new UsagePlanEnforcer(
      [...keys(tiny), { name: 'beta', value: 'b'.repeat(24), plan: tiny, enabled: true }],
      c,
    );
    const { api } = emulator(enforcer);
    const call = (key: string) => api(request('GET', '/keyed', { 'x-api-key': key }));

    const statuses = [await call(KEY), await call(KEY), await call(KEY)].map((r) => r.statusCode);
    const other = await call('b'.repeat(24));
    const throttled = await call(KEY);
    at.mono += 1; // one token back at 1 per second
    const refilled = await call(KEY);

    expect(statuses).toEqual([200, 200, 429]);
    expect(other.statusCode).toBe(200);
    expect(JSON.parse(throttled.body)).toEqual({ message: 'Too Many Requests' });
    expect(refilled.statusCode).toBe(200);
  });

  it('answers 429 {"message":"Limit Exceeded"} past the quota, until the next period', async () => {
    const { at, clock: c } = clock(Date.UTC(2026, 10, 30, 23, 59));
    const { api } = emulator(new UsagePlanEnforcer(keys(roomy), c));
    const call = () => api(request('GET', '/keyed', { 'x-api-key': KEY }));

    const within = [await call(), await call(), await call()].map((r) => r.statusCode);
    const over = await call();
    at.wall = Date.UTC(2026, 11, 1, 0, 0); // midnight UTC: a new DAY
    const next = await call();

    expect(within).toEqual([200, 200, 200]);
    expect(over.statusCode).toBe(429);
    expect(JSON.parse(over.body)).toEqual({ message: 'Limit Exceeded' });
    expect(next.statusCode).toBe(200);
  });

  it.each([
    ['DAY', Date.UTC(2026, 10, 30, 12), Date.UTC(2026, 11, 1)],
    ['WEEK', Date.UTC(2026, 10, 30, 12), Date.UTC(2026, 11, 6)], // Monday 30 Nov → Sunday 6 Dec
    ['WEEK', Date.UTC(2026, 11, 6, 0), Date.UTC(2026, 11, 13)], // a Sunday starts a week
    ['MONTH', Date.UTC(2026, 11, 31, 23), Date.UTC(2027, 0, 1)],
  ] as const)('ends a %s period at the next UTC boundary', (period, at, end) => {
    expect(periodEnd(period, new Date(at)).getTime()).toBe(end);
  });
});
