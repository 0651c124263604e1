// The mock integrations' VTL (infra/spec/mockOperations.ts) run by the local gateway's engine
// (velocityjs, src/local/apiGateway/mockIntegration.ts): a preflight, and the 405 of a method a
// path lacks, with a list of allowed origins, for an Origin header spelled as HTTP/1.1 browsers
// send it (`Origin`) and as HTTP/2 requires (`origin`, RFC 9113 section 8.2.2), or absent.
//
// What AWS documents: `$input.params()` "returns a map of all the request parameters" (mapping
// template reference), and for Lambda and HTTP integrations "header names and query parameters
// are processed in a case-sensitive way" (known issues). Whether `$input.params().header.get()`
// finds `origin` under `Origin` is not documented, nor what it returns for a header the request
// lacks (a Java Map's get: null). So the template reads both spellings, each into a fresh
// string, and works whichever way AWS answers.
import { describe, expect, it } from 'vitest';
import { type JsonObject, type OpenApiDocument, toApiGatewaySpec } from '../../infra/spec/apiGatewaySpec.js';
import { createRestApi } from '../../src/local/apiGateway/restApi.js';
import { StageThrottle } from '../../src/local/apiGateway/stageThrottle.js';
import { options } from './specWalk.js';

const allowed = ['https://a.example', 'https://b.example'];
const spec: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: { '/things': { get: { operationId: 'listThings', responses: { '200': { description: 'ok' } } } } },
};

function gateway(allowedOrigins: readonly string[]) {
  const document = toApiGatewaySpec(spec, { ...options, allowedOrigins }) as JsonObject;
  return createRestApi({
    document,
    functions: new Map([[options.integrationUri, async () => ({ statusCode: 200, body: '' })]]),
    userPools: new Map(),
    throttle: new StageThrottle({ rateLimit: 1000, burstLimit: 1000 }),
  });
}

const send = (method: string, headers: Record<string, string>) =>
  gateway(allowed)({
    method,
    path: '/things',
    query: [],
    headers: Object.entries(headers),
    body: null,
    sourceIp: '127.0.0.1',
    protocol: 'HTTP/2.0',
  });

const cases: Array<[string, Record<string, string>, string | undefined]> = [
  ['an allowed Origin (HTTP/1.1 spelling)', { Origin: 'https://a.example' }, 'https://a.example'],
  ['an allowed origin (HTTP/2 spelling)', { origin: 'https://b.example' }, 'https://b.example'],
  ['a refused Origin', { Origin: 'https://evil.example' }, undefined],
  ['a refused origin', { origin: 'https://evil.example' }, undefined],
  ['no Origin header', {}, undefined],
  [
    'a refused Origin beside an allowed origin',
    { Origin: 'https://evil.example', origin: 'https://a.example' },
    undefined,
  ],
];

describe('the CORS preflight of a path, with a list of allowed origins', () => {
  it.each(cases)('answers %s with Access-Control-Allow-Origin only when it is allowed', async (_, headers, granted) => {
    const res = await send('OPTIONS', { ...headers, 'access-control-request-method': 'GET' });

    expect(res.statusCode).toBe(204);
    expect(res.headers['Access-Control-Allow-Origin']).toBe(granted);
    expect(res.headers.Vary).toBe('Origin');
  });
});

describe('the 405 of a method the path lacks, with a list of allowed origins', () => {
  it.each(cases)('lets %s read it only when it is allowed', async (_, headers, granted) => {
    const res = await send('PATCH', headers);

    expect(res.statusCode).toBe(405);
    expect(res.headers['Access-Control-Allow-Origin']).toBe(granted);
    expect(res.headers['Access-Control-Expose-Headers'] !== undefined).toBe(granted !== undefined);
  });

  it.each([
    ['X-Correlation-Id', { 'X-Correlation-Id': 'cid-1' }, 'cid-1'],
    ['x-correlation-id', { 'x-correlation-id': 'cid-2' }, 'cid-2'],
  ])('echoes the caller’s %s', async (_, headers, echoed) => {
    const res = await send('PATCH', headers);

    expect(res.headers['X-Correlation-Id']).toBe(echoed);
  });

  it('answers with its request id when the caller sends no correlation id', async () => {
    const res = await send('PATCH', {});

    expect(res.headers['X-Correlation-Id']).toBe(res.headers['x-amzn-RequestId']);
    expect(JSON.parse(res.body).correlationId).toBe(res.headers['x-amzn-RequestId']);
  });
});
