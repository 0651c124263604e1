// Configuration is validated once, with messages that say what is missing.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { isTransient } from '../../src/store/errors.js';

const valid = { TABLE_NAME: 't-1', CURSOR_SECRET: 'x'.repeat(32), AWS_REGION: 'eu-west-1' };

describe('loadConfig', () => {
  it('reads a complete environment', () => {
    expect(loadConfig({ ...valid, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' })).toEqual({
      tableName: 't-1',
      region: 'eu-west-1',
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      cursorSecret: 'x'.repeat(32),
      allowedOrigins: [],
    });
  });

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
  ])('treats %s as unavailable', (err) => {
    expect(isTransient(err)).toBe(true);
  });

  it.each([withProps('ValidationException', { $metadata: { httpStatusCode: 400 } }), new Error('bug'), 'text'])(
    'does not treat %s as unavailable',
    (err) => {
      expect(isTransient(err)).toBe(false);
    },
  );
});
