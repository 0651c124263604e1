// Fidelity: for a table of requests, the local gateway answers what the imported API
// document says API Gateway answers. The expectation is computed from the document
// (fidelity/oracle.ts): a gateway response rendered from its template, a mock
// integration's answer, or the function's own answer to the proxy event API Gateway
// would send (the Lambda handler, run here in process on the same DynamoDB).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { UNCOMPARED_HEADERS } from '../../infra/verify/compare.js';
import { toAuthorizerClaims } from '../../src/local/apiGateway/authorizers.js';
import { toApiGatewayEvent } from '../../src/local/apiGateway/proxyEvent.js';
import { localApiDocument } from '../../src/local/localStage.js';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { call, type Reply, uniqueEmail } from '../support/http.js';
import { tokenFor } from '../support/tokens.js';
import { type FidelityTarget, fidelityCases, plain, withToken } from './fidelity/cases.js';
import {
  type Answer,
  AWS_MESSAGES,
  expectedAnswer,
  gatewayAnswer,
  type OracleRequest,
  type TokenKind,
} from './fidelity/oracle.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const ALLOWED = 'http://localhost:5173';
const EVIL = 'https://evil.example';
const document = localApiDocument([ALLOWED, 'http://127.0.0.1:5173']); // as `npm start` makes it

// The function in process, configured as `npm start` configures it.
Object.assign(process.env, {
  TABLE_NAME: 'users-api',
  DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
  CURSOR_SECRET: readFileSync(join(dataDir, 'cursor-secret'), 'utf8').trim(),
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  ALLOWED_ORIGINS: `${ALLOWED},http://127.0.0.1:5173`,
  POWERTOOLS_LOG_LEVEL: 'SILENT',
});
const { handler } = await import('../../src/lambda/handler.js');

const sub = `fidelity-${randomUUID().slice(0, 8)}`;
const tokens = {
  valid: await tokenFor(dataDir, { sub, admin: true }),
  expired: await tokenFor(dataDir, { sub, admin: true, expiresIn: -60 }),
  forged: await tokenFor(join(dataDir, 'elsewhere'), { sub, admin: true }),
};

async function send(req: OracleRequest): Promise<Reply> {
  return call(baseUrl, req.method, req.path, { headers: req.headers, ...(req.body ? { body: req.body } : {}) });
}

/** The local gateway under test, with a valid, an expired and a forged token, as `npm start` allows origins. */
const target: FidelityTarget = { send, tokens, email: uniqueEmail, allowedOrigin: ALLOWED, refusedOrigin: EVIL };

const sorted = (entries: [string, string][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

function headersOf(reply: Reply): Record<string, string> {
  return sorted([...reply.headers].filter(([k]) => !UNCOMPARED_HEADERS.has(k)));
}
const lower = (headers: Record<string, string | number | boolean> | undefined) =>
  sorted(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));

/** Ids, dates and emails differ between a request and its twin. */
const normalise = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<date>')
    .replace(/[\w.+-]+@example\.com/g, '<email>');

async function functionAnswer(
  req: OracleRequest,
  route: { resource: string; pathParameters: Record<string, string> },
  requestId: string,
  token: TokenKind,
): Promise<APIGatewayProxyResult> {
  const url = new URL(req.path, 'http://localhost');
  const event = toApiGatewayEvent(
    {
      method: req.method,
      path: url.pathname,
      query: [...url.searchParams],
      headers: Object.entries(req.headers),
      body: req.body ?? null,
      sourceIp: '127.0.0.1',
      protocol: 'HTTP/1.1',
    },
    {
      requestId,
      stage: 'local',
      resource: route.resource,
      pathParameters: route.pathParameters,
      claims: token === 'valid' && req.headers.authorization ? toAuthorizerClaims(decodeJwt(tokens.valid)) : undefined,
    },
  );
  return handler(event, {} as never) as Promise<APIGatewayProxyResult>;
}

describe('fidelity: the local gateway answers as the imported document says API Gateway does', () => {
  it('has a valid call of every operation in its table (npm run verify replays the same table)', () => {
    const calls = fidelityCases.map((c) => c.behaviour).filter((b) => Object.hasOwn(operations, b));
    expect(calls).toEqual(Object.keys(operations));
  });

  it.each(fidelityCases.map((c) => [c.behaviour, c] as const))('%s', async (_, row) => {
    const token = row.token;
    const { req: bare, twin: bareTwin } = await row.make(target);
    const req = withToken(target, bare, token);
    const expected = expectedAnswer(document, req, token);

    const reply = await send(req);
    const requestId = reply.headers.get('x-amzn-requestid') as string;

    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    if (expected.by !== 'function') {
      const answer: Answer = expected.render(requestId);
      expect({ status: reply.status, headers: headersOf(reply), body: reply.text }).toEqual({
        status: answer.status,
        headers: lower(answer.headers),
        body: answer.body,
      });
      return;
    }
    const twin = bareTwin ? withToken(target, bareTwin, token) : undefined;
    const result = await functionAnswer(twin ?? req, expected, requestId, token);
    const actual = { status: reply.status, headers: headersOf(reply), body: reply.text };
    const wanted = { status: result.statusCode, headers: lower(result.headers), body: result.body };
    if (twin) expect(normalise(JSON.stringify(actual))).toBe(normalise(JSON.stringify(wanted)));
    else expect(actual).toEqual(wanted);
  });
});

describe('fidelity: the stage throttle', () => {
  const limits = { rateLimit: 0.001, burstLimit: 2 }; // no refill within the test
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway({
      THROTTLE_RATE: String(limits.rateLimit),
      THROTTLE_BURST: String(limits.burstLimit),
      DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    });
  });
  afterAll(() => gateway.stop());

  it('lets a method’s burst through, then answers THROTTLED to every caller, as one stage bucket per method', async () => {
    const callers = [
      await tokenFor(gateway.dataDir, { sub: 'alice', admin: true }),
      await tokenFor(gateway.dataDir, { sub: 'bob', admin: true }),
    ];
    const req = (i: number) =>
      plain('GET', `/users?email=${uniqueEmail('t')}`, { authorization: `Bearer ${callers[i % 2]}` });

    const replies: Reply[] = [];
    for (let i = 0; i < 4; i++) {
      const r = req(i);
      replies.push(await call(gateway.baseUrl, r.method, r.path, { headers: r.headers }));
    }
    const last = replies[3] as Reply;
    const throttled = gatewayAnswer(
      document,
      'THROTTLED',
      AWS_MESSAGES.THROTTLED,
      req(3),
    )(last.headers.get('x-amzn-requestid') as string);

    // The first burstLimit requests of the method pass, whoever sends them; then every caller is refused.
    expect(replies.map((r) => r.status)).toEqual([
      ...Array(limits.burstLimit).fill(200),
      ...Array(4 - limits.burstLimit).fill(throttled.status),
    ]);
    expect({ status: replies[3]?.status, headers: headersOf(replies[3] as Reply), body: replies[3]?.text }).toEqual({
      status: throttled.status,
      headers: lower(throttled.headers),
      body: throttled.body,
    });
  });
});
