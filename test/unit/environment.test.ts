// Configuration is validated once, with messages that say what is missing.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/lambda/environment.js';
import { isTransient } from '../../src/store/errors.js';
import { failedCondition } from '../../src/store/itemRecords.js';

const valid = { TABLE_NAME: 't-1', CURSOR_SECRET: 'x'.repeat(32), AWS_REGION: 'eu-west-1' };

describe('loadConfig', () => {
  it('reads a complete environment', () => {
    expect(loadConfig({ ...valid, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' })).toEqual({
      tableName: 't-1',
      region: 'eu-west-1',
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      cursorSecret: 'x'.repeat(32),
      allowedOrigins: [],
      serviceName: 'users-api',
      metricsNamespace: 'UsersApi',
      logLevel: 'INFO',
      tracing: false,
      metrics: false,
    });
  });

  it('reads the Powertools settings by their documented names', () => {
    const config = loadConfig({
      ...valid,
      POWERTOOLS_SERVICE_NAME: 'orders',
      POWERTOOLS_METRICS_NAMESPACE: 'Shop/Orders',
      POWERTOOLS_LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ serviceName: 'orders', metricsNamespace: 'Shop/Orders', logLevel: 'DEBUG' });
  });

  it('falls back to LOG_LEVEL when POWERTOOLS_LOG_LEVEL is unset', () => {
    expect(loadConfig({ ...valid, LOG_LEVEL: 'warn' }).logLevel).toBe('WARN');
  });

  const lambda = { AWS_LAMBDA_FUNCTION_NAME: 'users-api-dev', AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' };

  it('traces only inside Lambda', () => {
    expect(loadConfig({ ...valid, ...lambda }).tracing).toBe(true);
    expect(loadConfig(valid).tracing).toBe(false);
    expect(loadConfig({ ...valid, POWERTOOLS_TRACE_ENABLED: 'true' }).tracing).toBe(false);
  });

  it('publishes EMF metrics inside Lambda, and elsewhere only when asked to', () => {
    expect(loadConfig({ ...valid, ...lambda }).metrics).toBe(true);
    expect(loadConfig({ ...valid, ...lambda, POWERTOOLS_METRICS_DISABLED: 'true' }).metrics).toBe(false);
    expect(loadConfig(valid).metrics).toBe(false);
    expect(loadConfig({ ...valid, POWERTOOLS_METRICS_DISABLED: 'false' }).metrics).toBe(true);
  });

  it.each([{ POWERTOOLS_TRACE_ENABLED: 'false' }, { POWERTOOLS_TRACE_ENABLED: '0' }, { AWS_SAM_LOCAL: 'true' }])(
    'does not trace in Lambda with %j',
    (change) => {
      expect(loadConfig({ ...valid, ...lambda, ...change }).tracing).toBe(false);
    },
  );

  it('reads allowed origins as a comma-separated list', () => {
    const config = loadConfig({ ...valid, ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:5173' });
    expect(config.allowedOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
  });

  it.each([
    [{ TABLE_NAME: undefined }, /TABLE_NAME/],
    [{ CURSOR_SECRET: 'short' }, /at least 32/],
    [{ AWS_REGION: undefined }, /AWS_REGION/],
    [{ DYNAMODB_ENDPOINT: 'not a url' }, /not a URL/],
    [{ ALLOWED_ORIGINS: 'https://app.example.com/path' }, /ALLOWED_ORIGINS/],
    [{ ALLOWED_ORIGINS: 'app.example.com' }, /ALLOWED_ORIGINS/],
    [{ POWERTOOLS_LOG_LEVEL: 'loud' }, /POWERTOOLS_LOG_LEVEL/],
    [{ POWERTOOLS_METRICS_NAMESPACE: 'AWS/Lambda' }, /POWERTOOLS_METRICS_NAMESPACE/],
    [{ POWERTOOLS_METRICS_NAMESPACE: 'has spaces' }, /POWERTOOLS_METRICS_NAMESPACE/],
  ])('refuses %j', (change, message) => {
    expect(() => loadConfig({ ...valid, ...change })).toThrow(ConfigError);
    expect(() => loadConfig({ ...valid, ...change })).toThrow(message);
  });
});

describe('isTransient', () => {
  const withProps = (name: string, props: object) => Object.assign(new Error('x'), { name }, props);

  it.each([
    withProps('Error', { code: 'ECONNREFUSED' }),
    withProps('TimeoutError', {}),
    withProps('ProvisionedThroughputExceededException', {}),
    withProps('InternalServerError', { $metadata: { httpStatusCode: 500 } }),
    new Error('wrapped', { cause: withProps('Error', { code: 'ECONNRESET' }) }),
    // A hot key throttles a transaction by cancelling it, not with a throughput error.
    withProps('TransactionCanceledException', { CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }] }),
    withProps('TransactionCanceledException', { CancellationReasons: [{ Code: 'TransactionConflict' }] }),
  ])('treats %s as unavailable', (err) => {
    expect(isTransient(err)).toBe(true);
  });

  it.each([
    withProps('ValidationException', { $metadata: { httpStatusCode: 400 } }),
    withProps('TransactionCanceledException', { CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }),
    withProps('TransactionCanceledException', {}),
    new Error('bug'),
    'text',
  ])('does not treat %s as unavailable', (err) => {
    expect(isTransient(err)).toBe(false);
  });
});

describe('failedCondition (the item stores)', () => {
  const cancelled = (code: string) =>
    Object.assign(new Error('x'), { name: 'TransactionCanceledException', CancellationReasons: [{ Code: code }] });

  it('reads a cancelled transaction as a failed condition unless it was throttled or conflicted', () => {
    expect(failedCondition(cancelled('ConditionalCheckFailed'))).toBe(true);
    expect(failedCondition(Object.assign(new Error('x'), { name: 'ConditionalCheckFailedException' }))).toBe(true);
    expect(failedCondition(cancelled('ThrottlingError'))).toBe(false);
    expect(failedCondition(cancelled('TransactionConflict'))).toBe(false);
  });
});

describe('loadConfig, multi-region', () => {
  it('takes HOME_REGION when it is another region than this one', () => {
    expect(loadConfig({ ...valid, HOME_REGION: 'us-east-1' })).toMatchObject({
      region: 'eu-west-1',
      homeRegion: 'us-east-1',
      dynamodbHomeEndpoint: undefined,
    });
  });

  it('has no home region in the home region itself, so one client serves reads and writes', () => {
    expect(loadConfig({ ...valid, HOME_REGION: 'eu-west-1' }).homeRegion).toBeUndefined();
    expect(loadConfig(valid).homeRegion).toBeUndefined();
  });

  it('takes a home endpoint only with a home region elsewhere', () => {
    const config = loadConfig({ ...valid, HOME_REGION: 'us-east-1', DYNAMODB_HOME_ENDPOINT: 'http://127.0.0.1:8001' });
    expect(config.dynamodbHomeEndpoint).toBe('http://127.0.0.1:8001');
    expect(() => loadConfig({ ...valid, DYNAMODB_HOME_ENDPOINT: 'http://127.0.0.1:8001' })).toThrow(
      'DYNAMODB_HOME_ENDPOINT needs HOME_REGION',
    );
  });

  it('refuses a local DynamoDB for reads with AWS for writes', () => {
    expect(() =>
      loadConfig({ ...valid, HOME_REGION: 'us-east-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }),
    ).toThrow('DYNAMODB_ENDPOINT is set, so HOME_REGION needs DYNAMODB_HOME_ENDPOINT too');
  });

  it('refuses a HOME_REGION that is not a region name, and a home endpoint that is not a URL', () => {
    expect(() => loadConfig({ ...valid, HOME_REGION: 'home' })).toThrow('HOME_REGION is not an AWS region name: home');
    expect(() => loadConfig({ ...valid, HOME_REGION: 'us-east-1', DYNAMODB_HOME_ENDPOINT: 'nowhere' })).toThrow(
      'DYNAMODB_HOME_ENDPOINT is not a URL',
    );
  });
});
