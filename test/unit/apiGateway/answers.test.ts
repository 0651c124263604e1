// What the emulator answers itself: gateway responses rendered from the document's
// templates, mock integrations run as VTL, and the stage throttle's scope.
import { describe, expect, it } from 'vitest';
import { authorize } from '../../../src/local/apiGateway/authorizers.js';
import { loadRestApi } from '../../../src/local/apiGateway/document.js';
import { createRestApi } from '../../../src/local/apiGateway/restApi.js';
import { StageThrottle } from '../../../src/local/apiGateway/stageThrottle.js';
import { FN, fixture, POOL, recordingFunction, request } from './fixture.js';

const pool = { verify: async () => ({ sub: 'u1', aud: 'client-a' }) };

function emulator(document = fixture(), throttle = new StageThrottle({ rateLimit: 1, burstLimit: 100 }, () => 0)) {
  return createRestApi({
    document,
    functions: new Map([[FN, recordingFunction().fn]]),
    userPools: new Map([[POOL, pool]]),
    throttle,
  });
}

const gatewayResponses = {
  UNAUTHORIZED: {
    statusCode: '401',
    responseParameters: {
      'gatewayresponse.header.Content-Type': "'application/problem+json'",
      'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.Origin',
      'gatewayresponse.header.X-Echo': 'method.request.querystring.q',
      'gatewayresponse.header.WWW-Authenticate': "'Bearer'",
    },
    responseTemplates: {
      'application/json':
        '{"detail":$context.error.messageString,"id":"$context.requestId","type":"$context.error.responseType","raw":"$context.error.message"}',
    },
  },
  DEFAULT_4XX: {
    responseParameters: { 'gatewayresponse.header.X-Default': "'4xx'" },
    responseTemplates: { 'application/json': '{"fallback":$context.error.messageString}' },
  },
  MISSING_AUTHENTICATION_TOKEN: { statusCode: '404', responseTemplates: { 'application/json': '{"gone":true}' } },
};

describe('gateway responses', () => {
  it('renders the type’s template: status, static and mapped headers, $context substituted', async () => {
    const res = await emulator(fixture({ 'x-amazon-apigateway-gateway-responses': gatewayResponses }))(
      request('GET', '/things?q=quoted"q', { Origin: 'https://anyone.example', 'X-Tenant': 't' }),
    );

    expect(res.statusCode).toBe(401);
    expect(res.headers).toMatchObject({
      'Content-Type': 'application/problem+json',
      'Access-Control-Allow-Origin': 'https://anyone.example',
      'X-Echo': 'quoted"q',
      'WWW-Authenticate': 'Bearer',
    });
    expect(JSON.parse(res.body)).toEqual({
      detail: 'Unauthorized',
      id: res.headers['x-amzn-RequestId'],
      type: 'UNAUTHORIZED',
      raw: 'Unauthorized',
    });
  });

  it('leaves out a header mapped from a request header the request lacks', async () => {
    const res = await emulator(fixture({ 'x-amazon-apigateway-gateway-responses': gatewayResponses }))(
      request('GET', '/things?q=1', { 'X-Tenant': 't' }),
    );

    expect(Object.keys(res.headers)).not.toContain('Access-Control-Allow-Origin');
  });

  it('gives a type the document leaves out DEFAULT_4XX’s template with its own default status', async () => {
    const res = await emulator(fixture({ 'x-amazon-apigateway-gateway-responses': gatewayResponses }))(
      request('POST', '/things', { 'Content-Type': 'application/json' }, '{}'),
    );

    expect(res.statusCode).toBe(400);
    expect(res.headers['X-Default']).toBe('4xx');
    expect(JSON.parse(res.body)).toEqual({ fallback: 'Invalid request body' });
  });

  it('takes the status the document gives a type', async () => {
    const res = await emulator(fixture({ 'x-amazon-apigateway-gateway-responses': gatewayResponses }))(
      request('GET', '/nowhere'),
    );

    expect([res.statusCode, res.body]).toEqual([404, '{"gone":true}']);
  });
});

describe('mock integrations', () => {
  it.each([
    ['an allowed Origin', { Origin: 'https://b.example' }, 'https://b.example'],
    ['an allowed origin in a lower-case header', { origin: 'https://a.example' }, 'https://a.example'],
    ['a refused Origin', { Origin: 'https://evil.example' }, undefined],
    ['no Origin', {}, undefined],
  ])('runs the preflight’s VTL for %s', async (_, headers, allowed) => {
    const res = await emulator()(request('OPTIONS', '/things', headers));

    expect(res.statusCode).toBe(204);
    expect(res.headers['Access-Control-Allow-Origin']).toBe(allowed);
    expect(res.headers['Access-Control-Allow-Methods']).toBe('GET, POST, OPTIONS');
    expect(res.headers['Content-Type']).toBe('application/json'); // API Gateway's default
    expect(res.body).toBe('');
  });

  it('gives get() of a header the request lacks null, as a Java Map does, not ""', async () => {
    const doc = fixture();
    const integration = (
      ((doc.paths as Record<string, Record<string, unknown>>)['/things'] as Record<string, unknown>).options as {
        'x-amazon-apigateway-integration': { responses: { default: { responseTemplates: Record<string, string> } } };
      }
    )['x-amazon-apigateway-integration'];
    // The template before the fix: a fallback that runs only when get() gives "".
    integration.responses.default.responseTemplates['application/json'] = [
      '#set($origin = $input.params().header.get("Origin"))',
      '#if($origin == "")#set($origin = $input.params().header.get("origin"))#end',
      '#set($context.responseOverride.header.Access-Control-Allow-Origin = "$!origin")',
    ].join('\n');

    const res = await emulator(doc)(request('OPTIONS', '/things', { origin: 'https://a.example' }));

    expect(res.headers['Access-Control-Allow-Origin']).toBe('');
  });

  it('refuses a document that maps a response header its method response does not declare, as the import does', () => {
    const doc = fixture();
    const options = ((doc.paths as Record<string, Record<string, unknown>>)['/things'] as Record<string, unknown>)
      .options as { responses: Record<string, { headers: Record<string, unknown> }> };
    delete options.responses['204']?.headers.Vary;

    expect(() => loadRestApi(doc)).toThrow(/maps header Vary it does not declare/);
  });
});

describe('stage throttle', () => {
  it('keeps one bucket per method, shared by every caller, refilled at the rate', async () => {
    let now = 0;
    const api = emulator(fixture(), new StageThrottle({ rateLimit: 2, burstLimit: 2 }, () => now));
    const get = (ip: string) => api({ ...request('GET', '/things/special'), sourceIp: ip });

    const burst = [await get('10.0.0.1'), await get('10.0.0.2'), await get('10.0.0.3')].map((r) => r.statusCode);
    const otherMethod = (await api(request('GET', '/things/x'))).statusCode;
    now = 0.5;
    const refilled = (await get('10.0.0.4')).statusCode;
    const again = await get('10.0.0.5');

    expect(burst).toEqual([200, 200, 429]);
    expect(otherMethod).toBe(200);
    expect(refilled).toBe(200);
    expect(again.statusCode).toBe(429);
    expect(JSON.parse(again.body)).toEqual({ message: 'Too Many Requests' });
  });
});

describe('authorize', () => {
  const authorizer = {
    name: 'pool',
    type: 'cognito_user_pools',
    identityHeader: 'Authorization',
    providerARNs: ['arn:unknown', 'arn:pool'],
    identityValidationExpression: /^(client-a)$/,
  };

  it('tries each user pool it has a verifier for, skipping the others', async () => {
    const verifiers = new Map([['arn:pool', { verify: async () => ({ sub: 'u1', aud: 'client-a' }) }]]);
    expect(await authorize(authorizer, 'Bearer t', verifiers)).toEqual({ claims: { sub: 'u1', aud: 'client-a' } });
  });

  it('refuses a token whose aud is not a string (an access token has none)', async () => {
    const verifiers = new Map([['arn:pool', { verify: async () => ({ sub: 'u1', aud: ['client-a'] }) }]]);
    expect(await authorize(authorizer, 't', verifiers)).toEqual({
      error: { responseType: 'UNAUTHORIZED', message: 'Unauthorized' },
    });
  });

  it('answers AUTHORIZER_FAILURE (500) when a user pool cannot verify at all', async () => {
    const verifiers = new Map([['arn:pool', { verify: () => Promise.reject(new Error('keys unreachable')) }]]);
    expect(await authorize(authorizer, 't', verifiers)).toEqual({
      error: { responseType: 'AUTHORIZER_FAILURE', message: 'Authorizer error' },
    });
  });

  it('refuses an authorizer type it does not emulate as a configuration error', async () => {
    const result = await authorize(
      { name: 'x', type: 'token', identityHeader: 'Authorization', providerARNs: [] },
      'abc',
      new Map(),
    );
    expect(result).toEqual({
      error: { responseType: 'AUTHORIZER_CONFIGURATION_ERROR', message: 'Authorizer type not emulated' },
    });
  });
});
