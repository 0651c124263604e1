// Observability: the dispatcher reports each request's outcome to the injected observer, and
// the Powertools wiring turns outcomes into JSON log lines, EMF metrics and business counters.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApiRequest, createApi, type RequestOutcome } from '../../src/http/dispatch.js';
import { createObservability, type ObservabilityConfig } from '../../src/lambda/observability.js';
import { EmailTakenError } from '../../src/store/errors.js';
import type { IdempotencyStore } from '../../src/store/idempotency.js';
import type { ItemsRepository } from '../../src/store/items.js';
import type { User, UsersRepository } from '../../src/store/users.js';

const ID = '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f';
const config: ObservabilityConfig = {
  serviceName: 'users-api-test',
  metricsNamespace: 'UsersApiTest',
  logLevel: 'INFO',
  tracing: false,
  metrics: true,
};

function memoryUsers(): UsersRepository {
  const rows = new Map<string, User>();
  return {
    create: async (u) => {
      if (u.email === 'boom@example.com') throw new Error('the table is gone');
      if ([...rows.values()].some((r) => r.email === u.email)) throw new EmailTakenError(u.email);
      rows.set(u.userId, u);
    },
    get: async (id) => rows.get(id),
    findByEmail: async () => undefined,
    list: async () => ({ items: [] }),
    replace: async () => {},
    delete: async () => {},
  };
}

function apiWith(observer: { onRequestEnd(outcome: RequestOutcome): void }) {
  return createApi({
    users: memoryUsers(),
    items: {} as ItemsRepository,
    idempotency: {} as IdempotencyStore,
    itemIds: () => ID,
    logger: { error: vi.fn() },
    observer,
    clock: () => new Date('2026-11-24T08:00:00.000Z'),
    userIds: () => ID,
    version: '1.0.0',
  });
}

const admin = { sub: 'an-admin', groups: ['admins'] };
const createUserRequest = (email = 'ada@example.com'): ApiRequest => ({
  method: 'POST',
  path: '/users',
  query: {},
  headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
  body: JSON.stringify({ name: 'Ada', email }),
  caller: admin,
});

/** Everything written to stdout and stderr while `act` runs, one parsed JSON document per line. */
async function outputOf(act: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  const spies = [process.stdout, process.stderr].map((stream) => vi.spyOn(stream, 'write').mockImplementation(capture));
  try {
    await act();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

const emfMetrics = (doc: Record<string, unknown>) =>
  (doc._aws as { CloudWatchMetrics: { Metrics: { Name: string }[] }[] }).CloudWatchMetrics[0]?.Metrics.map(
    (m) => m.Name,
  );

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the observer hook of createApi', () => {
  it('reports the operation, status, duration and correlation id of each request', async () => {
    const onRequestEnd = vi.fn();

    await apiWith({ onRequestEnd }).handle(createUserRequest());

    expect(onRequestEnd).toHaveBeenCalledOnce();
    const outcome = onRequestEnd.mock.calls[0]?.[0] as RequestOutcome;
    expect(outcome).toMatchObject({ operationId: 'createUser', method: 'POST', path: '/users', status: 201 });
    expect(outcome.correlationId).toBe('corr-1');
    expect(outcome.durationMs).toBeGreaterThan(0);
  });

  it('attributes a 400 to the operation whose input failed validation', async () => {
    const onRequestEnd = vi.fn();

    await apiWith({ onRequestEnd }).handle(createUserRequest('not-an-email'));

    expect(onRequestEnd.mock.calls[0]?.[0]).toMatchObject({ operationId: 'createUser', status: 400 });
  });

  it('reports no operation for a path that matches none', async () => {
    const onRequestEnd = vi.fn();

    await apiWith({ onRequestEnd }).handle({ ...createUserRequest(), method: 'GET', path: '/nowhere', body: null });

    expect(onRequestEnd.mock.calls[0]?.[0]).toMatchObject({ operationId: undefined, status: 404 });
  });
});

describe('createObservability', () => {
  it('at DEBUG, logs one JSON line per request with correlation id, operation, status, duration and cold start', async () => {
    const observability = createObservability({ ...config, logLevel: 'DEBUG' });
    const api = apiWith(observability.observer);

    const docs = await outputOf(async () => {
      await api.handle(createUserRequest());
      await api.handle(createUserRequest('grace@example.com'));
    });

    const requests = docs.filter((d) => d.message === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      level: 'DEBUG',
      service: 'users-api-test',
      correlation_id: 'corr-1',
      operation: 'createUser',
      status: 201,
      cold_start: true,
    });
    expect(requests[0]?.duration_ms).toEqual(expect.any(Number));
    expect(requests[1]?.cold_start).toBe(false);
  });

  it('at INFO, writes no line for an answered request (2xx, 4xx) but always one for a 5xx, at ERROR', async () => {
    const observability = createObservability(config);
    const api = apiWith(observability.observer);

    const docs = await outputOf(async () => {
      await api.handle(createUserRequest()); // 201
      await api.handle(createUserRequest()); // 409: the email is taken
      await api.handle(createUserRequest('boom@example.com')); // 500
    });

    const requests = docs.filter((d) => d.message === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ level: 'ERROR', operation: 'createUser', status: 500, correlation_id: 'corr-1' }),
    ]);
  });

  it('logs the request lines of a sampled invocation (POWERTOOLS_LOGGER_SAMPLE_RATE) at INFO', async () => {
    vi.stubEnv('POWERTOOLS_LOGGER_SAMPLE_RATE', '1');
    const observability = createObservability(config);
    const api = apiWith(observability.observer);
    const handler = observability.instrument(() => api.handle(createUserRequest()));
    const context = { functionName: 'users-api-dev', awsRequestId: 'aws-req-1' } as Context;

    const docs = await outputOf(async () => {
      await handler({}, context);
      await handler({}, context);
    });

    expect(docs.filter((d) => d.message === 'request').map((d) => d.status)).toEqual([201, 409]);
  });

  it('publishes EMF only for a business counter: UsersCreated on a 201 of createUser', async () => {
    const observability = createObservability(config);
    const api = apiWith(observability.observer);

    const docs = await outputOf(async () => {
      await api.handle(createUserRequest()); // 201
      await api.handle(createUserRequest()); // 409: the email is taken
      await api.handle({ ...createUserRequest(), method: 'GET', path: '/health', body: null });
    });

    const emf = docs.filter((d) => d._aws !== undefined);
    expect(emf.map((d) => [d.operation, d.UsersCreated])).toEqual([['createUser', 1]]);
    expect(emfMetrics(emf[0] as Record<string, unknown>)).toEqual(['UsersCreated']);
    expect(emf[0]?._aws).toMatchObject({ CloudWatchMetrics: [{ Namespace: 'UsersApiTest' }] });
  });

  it('puts correlation_id on the error lines of the dispatcher', async () => {
    const observability = createObservability(config);

    const [line] = await outputOf(async () =>
      observability.logger.error('Internal Server Error', { correlationId: 'corr-9', path: '/users' }),
    );

    expect(line).toMatchObject({ level: 'ERROR', message: 'Internal Server Error', correlation_id: 'corr-9' });
  });

  it('adds the Lambda context and a ColdStart metric when invoked by Lambda', async () => {
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    const observability = createObservability(config);
    const handler = observability.instrument(async () => ({ statusCode: 200 }));
    const context = { functionName: 'users-api-dev', awsRequestId: 'aws-req-1' } as Context;

    const docs = await outputOf(() => handler({}, context));

    expect(docs.some((d) => d.ColdStart === 1 && d.function_name === 'users-api-dev')).toBe(true);
  });

  it('publishes no EMF when metrics are off (outside Lambda)', async () => {
    const api = apiWith(createObservability({ ...config, logLevel: 'DEBUG', metrics: false }).observer);

    const docs = await outputOf(() => api.handle(createUserRequest()));

    expect(docs.map((d) => d.message)).toEqual(['request']);
  });

  it('leaves the client alone when tracing is off', () => {
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));

    createObservability(config).traceClient(client);

    expect(client.middlewareStack.identify().join()).not.toMatch(/XRay/i);
  });

  it('loads the tracer only when tracing is on, and captures the client in X-Ray', async () => {
    // What Lambda sets; the trace header is not sampled and the daemon address is a closed
    // local port, so nothing is sent anywhere.
    vi.stubEnv('AWS_EXECUTION_ENV', 'AWS_Lambda_nodejs22.x');
    vi.stubEnv('AWS_XRAY_DAEMON_ADDRESS', '127.0.0.1:9');
    vi.stubEnv('AWS_XRAY_CONTEXT_MISSING', 'IGNORE_ERROR');
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
    const observability = createObservability({ ...config, tracing: true });

    observability.traceClient(client);
    await observability.instrument(async () => 'answered')({});

    expect(client.middlewareStack.identify().join()).toMatch(/XRay/i);
  });
});
