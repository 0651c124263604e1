// The REST API emulator on a small document of its own: routing, the Cognito
// authorizer, request validators and the Lambda proxy integration, each answered the
// way API Gateway answers.
import { describe, expect, it } from 'vitest';
import { TokenRejected, type TokenVerifier } from '../../../src/local/apiGateway/authorizers.js';
import { createRestApi, type ProxyHandler } from '../../../src/local/apiGateway/restApi.js';
import { StageThrottle } from '../../../src/local/apiGateway/stageThrottle.js';
import { FN, fixture, POOL, recordingFunction, request } from './fixture.js';

/** Cognito cannot run here: a pool whose tokens name their own fate. */
const pool: TokenVerifier = {
  async verify(token) {
    if (token === 'expired') throw new TokenRejected('The token has expired', true);
    const [, aud] = /^valid-(.+)$/.exec(token) ?? [];
    if (!aud) throw new TokenRejected("The token's signature is not valid");
    return {
      sub: 'u1',
      aud,
      token_use: 'id',
      exp: 1469814773,
      'cognito:groups': ['admins', 'x'],
      email_verified: true,
    };
  },
};

function emulator(fn: ProxyHandler = recordingFunction().fn, document = fixture(), burst = 1000) {
  return createRestApi({
    document,
    functions: new Map([[FN, fn]]),
    userPools: new Map([[POOL, pool]]),
    throttle: new StageThrottle({ rateLimit: 1, burstLimit: burst }, () => 0),
  });
}

const auth = { Authorization: 'valid-client-a', 'X-Tenant': 't' };
const json = { 'Content-Type': 'application/json' };

describe('routing', () => {
  it('prefers a literal segment to a {param}, for the methods the literal resource has', async () => {
    const { fn, events } = recordingFunction();
    const api = emulator(fn);

    await api(request('GET', '/things/special'));
    await api(request('DELETE', '/things/special'));
    await api(request('GET', '/things/a%20b'));

    expect(events.map((e) => [e.resource, e.pathParameters])).toEqual([
      ['/things/special', null],
      ['/things/{id}', { id: 'special' }],
      ['/things/{id}', { id: 'a%20b' }], // still percent-encoded, as API Gateway hands it over
    ]);
  });

  it('gives a greedy {param+} the rest of the path', async () => {
    const { fn, events } = recordingFunction();

    await emulator(fn)(request('GET', '/files/a/b/c.txt'));

    expect(events[0]?.pathParameters).toEqual({ path: 'a/b/c.txt' });
  });

  it.each([
    ['an unknown path', 'GET', '/nothing'],
    ['a method the resource lacks', 'PUT', '/things/special/x'],
    ['a method no matching resource has', 'PATCH', '/things'],
    ['a trailing slash', 'GET', '/things/special/'],
  ])('answers %s with MISSING_AUTHENTICATION_TOKEN (403, AWS default body)', async (_, method, path) => {
    const res = await emulator()(request(method, path));

    expect(res.statusCode).toBe(403);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual({ message: 'Missing Authentication Token' });
    expect(res.headers['x-amzn-RequestId']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Cognito authorizer', () => {
  it.each([
    ['no Authorization header', {}, 'Unauthorized'],
    ['an invalid token', { Authorization: 'forged' }, 'Unauthorized'],
    ['an expired token', { Authorization: 'expired' }, 'The incoming token has expired'],
    ['an aud the identityValidationExpression refuses', { Authorization: 'valid-client-z' }, 'Unauthorized'],
    ['a Basic credential', { Authorization: 'Basic YTpi' }, 'Unauthorized'],
  ])('answers %s with UNAUTHORIZED (401) before the function runs', async (_, headers, message) => {
    const { fn, events } = recordingFunction();

    const res = await emulator(fn)(request('GET', '/things?q=1', { 'X-Tenant': 't', ...headers }));

    expect(res.statusCode).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ message });
    expect(events).toEqual([]);
  });

  it('takes the token bare or after Bearer, and hands the claims over as strings', async () => {
    const { fn, events } = recordingFunction();
    const api = emulator(fn);

    const bare = await api(request('GET', '/things?q=1', auth));
    const bearer = await api(request('GET', '/things?q=1', { ...auth, Authorization: 'Bearer valid-client-b' }));

    expect([bare.statusCode, bearer.statusCode]).toEqual([200, 200]);
    expect(events[0]?.requestContext.authorizer).toEqual({
      principalId: 'u1',
      claims: {
        sub: 'u1',
        aud: 'client-a',
        token_use: 'id',
        exp: 'Fri Jul 29 17:52:53 UTC 2016',
        'cognito:groups': 'admins,x',
        email_verified: 'true',
      },
    });
  });

  it('refuses at start a document whose authorizer names a user pool it cannot verify', () => {
    expect(() =>
      createRestApi({
        document: fixture(),
        functions: new Map([[FN, recordingFunction().fn]]),
        userPools: new Map(),
        throttle: new StageThrottle({ rateLimit: 1, burstLimit: 1 }),
      }),
    ).toThrow(/no user pool/);
  });
});

describe('request validators', () => {
  it('lists missing required parameters, headers first, and checks presence only', async () => {
    const api = emulator();

    const missing = await api(request('GET', '/things?page=2', { Authorization: 'valid-client-a' }));
    const present = await api(request('GET', '/things?q=', { ...auth, 'x-tenant': 'any case' }));

    expect(missing.statusCode).toBe(400);
    expect(JSON.parse(missing.body)).toEqual({ message: 'Missing required request parameters: [X-Tenant, q]' });
    expect(present.statusCode).toBe(200);
  });

  it.each([
    ['a wrong type', '{"name":5}'],
    ['a missing required property', '{}'],
    ['a string over maxLength', '{"name":"toolong"}'],
    ['an extra property', '{"name":"a","x":1}'],
    ['a draft-4 exclusiveMinimum', '{"name":"a","size":0}'],
    ['malformed JSON', '{"name":'],
  ])('answers BAD_REQUEST_BODY (400) to %s in the model of the content type', async (_, body) => {
    const { fn, events } = recordingFunction();

    const res = await emulator(fn)(request('POST', '/things', json, body));

    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ message: 'Invalid request body' });
    expect(events).toEqual([]);
  });

  it('validates a body without Content-Type as application/json, and skips content types without a model', async () => {
    const api = emulator();

    const untyped = await api(request('POST', '/things', {}, '{"name":5}'));
    const text = await api(request('POST', '/things', { 'Content-Type': 'text/plain' }, '{"name":5}'));
    const valid = await api(request('POST', '/things', json, '{"name":"ok","size":1}'));

    expect([untyped.statusCode, text.statusCode, valid.statusCode]).toEqual([400, 200, 200]);
  });
});

describe('Lambda proxy integration', () => {
  it('builds the REST proxy event (v1) with the request id it answers with', async () => {
    const { fn, events } = recordingFunction();

    const res = await emulator(fn)(request('GET', '/things?q=1&q=2', { ...auth, 'User-Agent': 'ua' }));
    const event = events[0];

    expect(event).toMatchObject({
      resource: '/things',
      path: '/things',
      httpMethod: 'GET',
      queryStringParameters: { q: '2' },
      multiValueQueryStringParameters: { q: ['1', '2'] },
      headers: { 'X-Tenant': 't', 'User-Agent': 'ua' },
      body: null,
      requestContext: { resourcePath: '/things', stage: 'local', identity: { sourceIp: '127.0.0.1', userAgent: 'ua' } },
    });
    expect(res.headers['x-amzn-RequestId']).toBe(event?.requestContext.requestId);
  });

  it('answers 502 when the function throws, as API Gateway does', async () => {
    const res = await emulator(() => Promise.reject(new Error('boom')))(request('GET', '/things/special'));

    expect(res.statusCode).toBe(502);
    expect(JSON.parse(res.body)).toEqual({ message: 'Internal server error' });
  });

  it('refuses at start a document that names a function it does not have', () => {
    expect(() =>
      createRestApi({
        document: fixture(),
        functions: new Map(),
        userPools: new Map([[POOL, pool]]),
        throttle: new StageThrottle({ rateLimit: 1, burstLimit: 1 }),
      }),
    ).toThrow(/no function/);
  });
});
